// Served by `ganbook serve` and added to every page it serves (never written into site/):
// reloads the page when the preview writes a newer site, shows what the chapters are doing,
// and lays this page's problems (a compile error, a trap, a time-out, a malformed chapter)
// over the last good content until they are fixed.
(function () {
  "use strict";
  var version = Number(document.currentScript.dataset.version);
  var page = location.pathname.split("/").pop() || "index.html";

  function box(id, css) {
    var element = document.getElementById(id);
    if (!element) {
      element = document.createElement("div");
      element.id = id;
      element.setAttribute("role", "status");
      element.style.cssText = "position:fixed;z-index:1000;font:14px/1.4 ui-monospace,monospace;" +
        "white-space:pre-wrap;overflow:auto;box-sizing:border-box;" + css;
      document.body.appendChild(element);
    }
    return element;
  }

  function show(id, css, text) {
    if (text) {
      box(id, css).textContent = text;
    } else {
      var element = document.getElementById(id);
      if (element) element.remove();
    }
  }

  function render(state) {
    var problems = state.problems
      .filter(function (p) { return p.page === page || p.page === "*" || page === "book.html"; })
      .map(function (p) { return p.text; });
    if (state.libraryChanged) {
      problems.unshift("The library's sources changed since ganbook was built, so the chapters still " +
        "run against the old library.\nRebuild and restart: swift run -c release ganbook serve");
    }
    show("ganbook-live-problems",
      "left:1rem;right:1rem;bottom:1rem;max-height:60vh;padding:1rem;background:#3b0a0a;color:#fff;" +
      "border:2px solid #ff6b6b;border-radius:6px;",
      problems.join("\n\n"));
    var activity = Object.keys(state.activity).sort().map(function (chapter) {
      return chapter + ": " + state.activity[chapter];
    }).join("   ");
    show("ganbook-live-progress",
      "top:0;left:50%;transform:translateX(-50%);padding:.4rem .8rem;background:#0b3d91;color:#fff;" +
      "border-radius:0 0 6px 6px;",
      activity && "Rebuilding… " + activity);
  }

  function connect() {
    var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/_ganbook/live");
    socket.onmessage = function (event) {
      var state = JSON.parse(event.data);
      if (state.version > 0 && state.version !== version) {
        location.reload();
        return;
      }
      render(state);
    };
    // The server restarted or went away: try again, and reload if it is back with a new site.
    socket.onclose = function () { setTimeout(connect, 1000); };
  }

  connect();
})();
