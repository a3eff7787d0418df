/*
 * The embed code page (pages/embed-code.njk): shows the options, and changes the code to copy
 * and the preview as they change. The code in the page (the timeline's latest events, the
 * reader's theme) is right without this script; here only its address and title change.
 */
(function () {
  var options = document.getElementById("embed-options");
  var code = document.getElementById("embed-code");
  var copy = document.getElementById("embed-copy");
  var preview = document.getElementById("embed-preview");
  if (!options || !code || !preview) return;
  var start = document.getElementById("embed-start");
  var theme = document.getElementById("embed-theme");
  var template = code.textContent;
  var escape = function (text) {
    return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  };

  function update() {
    var option = start.options[start.selectedIndex];
    var src = new URL(option.value);
    if (theme.value) src.searchParams.set("theme", theme.value);
    code.textContent = template
      .replace(/src="[^"]*"/, 'src="' + escape(src.href) + '"')
      .replace(/title="[^"]*"/, 'title="' + escape(option.getAttribute("data-title")) + '"');
    // The preview loads the same page from this site (the code names the site's public address).
    preview.src = src.pathname + src.search + src.hash;
  }
  options.hidden = false;
  options.addEventListener("change", update);

  if (copy && navigator.clipboard) {
    copy.hidden = false;
    var status = copy.querySelector("[role=status]");
    copy.querySelector("button").addEventListener("click", function () {
      navigator.clipboard.writeText(code.textContent).then(function () {
        status.textContent = status.getAttribute("data-copied");
      });
    });
  }
})();
