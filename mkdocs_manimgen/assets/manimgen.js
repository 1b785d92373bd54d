/* mkdocs-manimgen: play animations only while visible, never against prefers-reduced-motion.
   Videos are preload="none": nothing but the poster is fetched until a video is near the view. */
(function () {
  "use strict";
  var reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)");
  var observer = null;

  function onVisibility(entries) {
    entries.forEach(function (entry) {
      var video = entry.target;
      if (entry.isIntersecting) {
        if (video.preload === "none") video.preload = "metadata";
        if (video.dataset.manimgenUserPaused || (reduced && reduced.matches)) return;
        var playing = video.play();
        if (playing && playing.catch) playing.catch(function () { /* autoplay refused: the reader presses play */ });
      } else if (!video.paused) {
        video.dataset.manimgenAutoPaused = "1";
        video.pause();
      }
    });
  }

  // The page carries the scene code plain; its highlighted version loads when a reader opens the panel.
  function setupCode(root) {
    (root || document).querySelectorAll("details[data-manimgen-code]").forEach(function (panel) {
      if (panel.dataset.manimgenCodeReady) return;
      panel.dataset.manimgenCodeReady = "1";
      panel.addEventListener("toggle", function () {
        if (!panel.open || panel.dataset.manimgenCodeLoaded) return;
        panel.dataset.manimgenCodeLoaded = "1";
        fetch(panel.dataset.manimgenCode).then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.text();
        }).then(function (html) {
          var plain = panel.querySelector(".highlight");
          var holder = document.createElement("div");
          holder.innerHTML = html;
          if (plain && holder.firstElementChild) plain.replaceWith(holder.firstElementChild);
        }).catch(function () { /* the plain code stays */ });
      });
    });
  }

  function setup(root) {
    setupCode(root);
    var videos = (root || document).querySelectorAll("video[data-manimgen-autoplay]");
    if (!videos.length) return;
    if (!observer && "IntersectionObserver" in window) {
      observer = new IntersectionObserver(onVisibility, { threshold: 0.5 });
    }
    videos.forEach(function (video) {
      if (video.dataset.manimgenReady) return;
      video.dataset.manimgenReady = "1";
      // a reader's own pause wins over autoplay
      video.addEventListener("pause", function () {
        if (!video.dataset.manimgenAutoPaused) video.dataset.manimgenUserPaused = "1";
        delete video.dataset.manimgenAutoPaused;
      });
      video.addEventListener("play", function () { delete video.dataset.manimgenUserPaused; });
      if (observer) observer.observe(video);
    });
  }

  // Material's instant navigation swaps the page without a reload: it offers document$.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(function () { setup(document); });
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { setup(document); });
  } else {
    setup(document);
  }
})();
