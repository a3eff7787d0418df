/*
 * The embed page's script (layouts/embed.njk). The page works without it; with it:
 * ?theme=dark|light overrides the reader's setting, ?event=<id> opens at an event (an event
 * not on this page opens its own embed page), and the page tells the article framing it its
 * height, for the loader (embed.js) to size the iframe.
 *
 * The height goes to `parent` with targetOrigin "*": the embed cannot know the article's
 * origin (document.referrer may be stripped by the article's referrer policy), and the message
 * holds only the height of a public page, nothing the framing page could not see anyway, so
 * there is nothing to keep from a wrong recipient. The loader, which does trust what it
 * receives, checks both the sender's origin and that the sender is its own iframe.
 */
(function () {
  var params = new URLSearchParams(location.search);
  var root = document.documentElement;
  var theme = params.get("theme");
  if (theme === "dark" || theme === "light") root.setAttribute("data-theme", theme);

  document.addEventListener("DOMContentLoaded", function () {
    var id = params.get("event") || decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (params.get("event") && !target && /^[\w-]+$/.test(id)) {
      params.delete("event");
      var query = params.toString();
      location.replace(root.getAttribute("data-event-embed").replace("{id}", id) + (query ? "?" + query : "") + "#" + id);
      return;
    }
    var scroller = document.querySelector(".embed-scroller");
    // Scroll the box, never the article around the iframe (which scrollIntoView could).
    if (target && scroller) scroller.scrollTop += target.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    if (window.parent === window || !window.ResizeObserver) return;
    var last = 0;
    new ResizeObserver(function () {
      var height = Math.ceil(root.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ datelines: "height", height: height }, "*");
    }).observe(root);
  });
})();
