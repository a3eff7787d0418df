// Click-to-load players (_includes/partials/media.njk). Each facade is a link to the video or sound
// page, which works without JavaScript; pressing it loads the provider's player here instead.
// Nothing is requested from the provider before that press.
(() => {
  for (const figure of document.querySelectorAll("figure[data-player]")) {
    const link = figure.querySelector("a.facade");
    if (!link) continue;
    link.addEventListener("click", (event) => {
      // A new tab or window (modifier keys, middle button): let the link do it.
      if (event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      const frame = document.createElement("iframe");
      frame.className = "player";
      frame.title = figure.dataset.title || link.textContent.trim();
      frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
      frame.allowFullscreen = true;
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      frame.src = figure.dataset.player;
      link.replaceWith(frame);
      figure.querySelector(".facade-note")?.remove();
      frame.focus();
    });
  }
})();
