/* mkdocs-manimgen: play animations only while visible, never against prefers-reduced-motion.
   Videos are preload="none": nothing but the poster is fetched until a video is near the view.
   Each figure follows the page's colour scheme (Material's palette toggle, else the system's),
   its beat list seeks the video and shows the playing beat, and step-through pauses at the end
   of each beat (Space or → next, ← replay, S on/off). */
(function () {
  "use strict";
  var reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)");
  var observer = null;

  function onVisibility(entries) {
    entries.forEach(function (entry) {
      var video = entry.target;
      if (entry.isIntersecting) {
        if (video.preload === "none") video.preload = "metadata";
        if (video.dataset.manimgenUserPaused || (reduced && reduced.matches) || stepping(video)) return;
        var playing = video.play();
        if (playing && playing.catch) playing.catch(function () { /* autoplay refused: the reader presses play */ });
      } else if (!video.paused && !stepping(video)) {
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

  // -- colour scheme: the rendition that matches the page ---------------------------------
  function pageScheme() {
    var md = document.body && document.body.getAttribute("data-md-color-scheme");
    if (md) return md === "slate" ? "dark" : "light";  // Material: its toggle, or its palette's media query
    var dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)");
    return dark && dark.matches ? "dark" : "light";
  }

  function applyScheme(figure, scheme) {
    if (figure.dataset.manimgenScheme === scheme) return;
    var video = figure.querySelector(".manimgen-media video");
    var img = figure.querySelector(".manimgen-media img[data-src-" + scheme + "]");
    if (video && video.getAttribute("data-poster-" + scheme)) {
      var time = video.currentTime, playing = !video.paused, started = video.readyState > 0;
      video.poster = video.getAttribute("data-poster-" + scheme);
      video.querySelectorAll("source").forEach(function (source) {
        source.src = source.getAttribute("data-src-" + scheme);
      });
      var link = video.querySelector("a");
      if (link) link.href = video.querySelector("source").src;
      // a <source> chosen already (even unloaded, preload="none") stays chosen until load()
      if (video.networkState !== video.NETWORK_EMPTY) {
        video.dataset.manimgenAutoPaused = "1";
        video.load();
        delete video.dataset.manimgenAutoPaused;
      }
      if (started) {  // the same moment of the other rendition, playing if it was
        video.addEventListener("loadedmetadata", function () {
          video.currentTime = time;
          if (playing) { var p = video.play(); if (p && p.catch) p.catch(function () {}); }
        }, { once: true });
      }
    } else if (img) {
      img.src = img.getAttribute("data-src-" + scheme);
    } else {
      return;  // this figure was rendered in one scheme only
    }
    figure.dataset.manimgenScheme = scheme;
  }

  function followScheme() {
    var scheme = pageScheme();
    document.querySelectorAll("figure.manimgen[data-manimgen-scheme]").forEach(function (figure) {
      applyScheme(figure, scheme);
    });
  }

  var watchingScheme = false;
  function watchScheme() {
    if (watchingScheme) return;
    watchingScheme = true;
    if ("MutationObserver" in window && document.body) {
      new MutationObserver(followScheme).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
    }
    var dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)");
    if (dark && dark.addEventListener) dark.addEventListener("change", followScheme);
  }

  // -- beats: seek, show the playing one, step through ---------------------------------------
  function stepping(video) {
    var figure = video.closest("figure.manimgen");
    return !!figure && figure.dataset.manimgenStep === "on";
  }

  function setupBeats(figure) {
    var video = figure.querySelector(".manimgen-media video");
    var list = figure.querySelector(".manimgen-beats");
    if (!video || !list || list.dataset.manimgenReady) return;
    list.dataset.manimgenReady = "1";
    var buttons = [].slice.call(list.querySelectorAll("button[data-start]"));
    var beats = buttons.map(function (b) { return { start: +b.dataset.start, end: +b.dataset.end, title: b.textContent.trim() }; });
    var toggle = list.querySelector(".manimgen-step");
    var announcer = list.querySelector(".manimgen-announce");
    var fps = +(video.closest("figure").dataset.manimgenFps || 15);
    var half = 0.5 / fps;
    var stopAt = null, shown = -1, looping = video.loop;

    function beatAt(t) {
      for (var i = beats.length - 1; i >= 0; i--) if (t >= beats[i].start - 1e-3) return i;
      return 0;
    }
    function announce(i) {
      announcer.textContent = list.dataset.beatOf.replace("{n}", i + 1).replace("{total}", beats.length)
        .replace("{title}", beats[i].title.replace(/^\d+:\d\d\s*/, ""));
    }
    function show(i) {
      if (i === shown) return;
      shown = i;
      buttons.forEach(function (b, k) { if (k === i) b.setAttribute("aria-current", "step"); else b.removeAttribute("aria-current"); });
    }
    function seek(t, then) {
      if (video.readyState === 0) {
        video.preload = "auto";
        video.addEventListener("loadedmetadata", function () { video.currentTime = t; if (then) then(); }, { once: true });
        video.load();
      } else {
        video.currentTime = t;
        if (then) then();
      }
    }
    function play() { var p = video.play(); if (p && p.catch) p.catch(function () {}); }
    function tick() {
      var t = video.currentTime;
      if (stopAt !== null && t >= stopAt - half) {  // the beat's last frame, not the next beat's first
        var end = stopAt;
        stopAt = null;
        video.dataset.manimgenAutoPaused = "1";
        video.pause();
        video.currentTime = Math.max(0, end - half);
        show(beatAt(end - half));
        return;
      }
      show(beatAt(t));
      if (!video.paused) requestAnimationFrame(tick);
    }
    video.addEventListener("play", function () {
      if (stepping(video) && stopAt === null) {
        var i = beatAt(video.currentTime + half);
        if (video.currentTime >= beats[i].end - 2 * half && i + 1 < beats.length) i += 1;
        stopAt = beats[i].end;
        announce(i);
      }
      requestAnimationFrame(tick);
    });
    video.addEventListener("seeked", function () { show(beatAt(video.currentTime)); });

    // Step-through: from where the video stands, the next beat (or, ←, the one that just ended).
    function next() {
      var t = video.currentTime, i = beatAt(t + half);
      if (t >= beats[i].end - 2 * half) go(Math.min(i + 1, beats.length - 1));
      else go(i, t > beats[i].start + half);  // paused mid-beat: on to this beat's end
    }
    function replay() {
      var i = beatAt(video.currentTime - half);
      if (video.currentTime < beats[i].end - 2 * half) i = Math.max(i - 1, 0);  // mid-beat: the one before
      go(i);
    }
    function go(i, fromHere) {
      stopAt = null;
      announce(i);
      if (reduced && reduced.matches) {  // no motion: the beat's end state, at once
        video.pause();
        seek(Math.max(0, beats[i].end - half));
        show(i);
        return;
      }
      seek(fromHere ? video.currentTime : beats[i].start, function () { stopAt = beats[i].end; play(); });
    }
    function setStep(on) {
      figure.dataset.manimgenStep = on ? "on" : "off";
      toggle.setAttribute("aria-pressed", on ? "true" : "false");
      video.loop = on ? false : looping;
      if (!on) stopAt = null;
    }
    setStep(figure.dataset.manimgenStep === "on");
    toggle.addEventListener("click", function () { setStep(figure.dataset.manimgenStep !== "on"); });
    buttons.forEach(function (button, i) {
      button.addEventListener("click", function () {
        if (stepping(video)) { go(i); return; }
        stopAt = null;
        seek(beats[i].start);
        show(i);
        announce(i);
      });
    });
    function ours(event) {  // a key step-through takes: not typed text, not a button's own Space
      var target = event.target, tag = target.tagName;
      if (tag === "INPUT" || tag === "TEXTAREA" || target.isContentEditable || event.altKey || event.ctrlKey || event.metaKey) return false;
      if (event.key === "s" || event.key === "S") return true;
      if (!stepping(video)) return false;
      // Space on the video is its own play/pause (Chromium's controls act on it whatever we do):
      // the "play" listener above then stops at the beat's end
      return event.key === "ArrowRight" || event.key === "ArrowLeft" ||
        (event.key === " " && tag !== "BUTTON" && tag !== "SUMMARY" && tag !== "VIDEO");
    }
    // capture: before the video's own controls (in its shadow tree) seek 5 s on an arrow key
    figure.addEventListener("keydown", function (event) {
      if (!ours(event)) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.key === "s" || event.key === "S") setStep(figure.dataset.manimgenStep !== "on");
      else if (event.key === "ArrowLeft") replay();
      else next();
    }, true);

  }

  function setup(root) {
    setupCode(root);
    watchScheme();
    followScheme();
    (root || document).querySelectorAll("figure.manimgen").forEach(setupBeats);
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
