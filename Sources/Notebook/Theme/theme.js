// The colour scheme. This file runs in the page's head, before anything is drawn, so a reader
// who chose dark never sees a white flash: it applies the choice remembered in localStorage,
// if any (otherwise the stylesheet follows the system's setting). Once the page is parsed, the
// theme button switches between light and dark and remembers the choice for every page.
(function () {
  "use strict";
  var root = document.documentElement;
  var key = "ganbook-theme";
  root.classList.remove("no-js");
  root.classList.add("js");
  try {
    var stored = localStorage.getItem(key);
    if (stored === "dark" || stored === "light") root.dataset.theme = stored;
  } catch (error) { /* storage can be unavailable; the system's setting applies */ }

  var system = window.matchMedia("(prefers-color-scheme: dark)");
  function isDark() {
    return root.dataset.theme ? root.dataset.theme === "dark" : system.matches;
  }
  function showState() {
    var dark = isDark();
    document.querySelectorAll(".theme-toggle").forEach(function (button) {
      button.setAttribute("aria-pressed", dark ? "true" : "false");
      button.title = dark ? "Dark mode is on; switch to light" : "Dark mode is off; switch to dark";
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    showState();
    document.querySelectorAll(".theme-toggle").forEach(function (button) {
      button.addEventListener("click", function () {
        var next = isDark() ? "light" : "dark";
        root.dataset.theme = next;
        try { localStorage.setItem(key, next); } catch (error) { /* remembered for this page only */ }
        showState();
      });
    });
  });
  system.addEventListener("change", showState);
})();
