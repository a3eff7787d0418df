/*
 * Datelines embed loader: include it once in an article next to one or more
 * <iframe data-datelines> embeds; it sets each iframe's height to its content's.
 * It accepts a height only from the iframe's own window (event.source) at the origin of the
 * iframe's address (event.origin), so no other frame or page can resize anything.
 * Without it the iframe keeps its height attribute and scrolls.
 */
(function () {
  if (window.datelinesEmbed) return;
  window.datelinesEmbed = true;
  addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.datelines !== "height" || typeof data.height !== "number" || !(data.height > 0)) return;
    var frames = document.querySelectorAll("iframe[data-datelines]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && new URL(frame.src, location.href).origin === event.origin) {
        frame.style.height = Math.min(Math.ceil(data.height), 10000) + "px";
      }
    }
  });
})();
