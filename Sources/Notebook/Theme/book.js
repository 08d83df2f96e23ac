// What the page's content needs once it is parsed: math typeset by KaTeX, Swift highlighted
// by highlight.js, a copy button on every cell's code, the sliders of explorable figures, and
// a note under a figure too wide for the screen (on a phone a figure of several panels keeps a legible size and scrolls sideways).
//
// A formula KaTeX cannot parse is shown as a red .katex-error element, which the site check
// looks for; every other failure here surfaces as a script error, which it looks for too.
document.addEventListener("DOMContentLoaded", () => {
  "use strict";
  for (const element of document.querySelectorAll(".math")) {
    katex.render(element.textContent, element, {
      displayMode: element.classList.contains("display"),
      throwOnError: false,
    });
  }

  // Debian ships highlight.js 9; its end-of-life notice would only clutter the console.
  hljs.configure({ hideUpgradeWarningAcceptNoSupportOrSecurityUpdates: true });
  for (const code of document.querySelectorAll("pre code.language-swift")) {
    hljs.highlightBlock(code);
  }

  for (const bar of document.querySelectorAll(".cell-code .code-bar")) {
    const code = bar.parentElement.querySelector("code");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy the code");
    button.addEventListener("click", () => copy(code.textContent, button));
    bar.appendChild(button);
  }

  // An explorable figure's slider shows the frame of the value it is on: every frame is
  // already in the SVG, one group per value in each panel, so moving it only switches which
  // groups are visible.
  for (const slider of document.querySelectorAll(".figure-slider")) {
    const figure = slider.closest("figure");
    const groups = [...figure.querySelectorAll("svg .choice")];
    const shown = figure.querySelector(".figure-value");
    slider.addEventListener("input", () => {
      const choice = slider.value;
      for (const group of groups) {
        group.setAttribute("visibility", group.dataset.choice === choice ? "visible" : "hidden");
      }
      const value = groups.find((group) => group.dataset.choice === choice).dataset.value;
      shown.textContent = value;
      slider.setAttribute("aria-valuetext", value);
    });
  }

  // A figure that scrolls sideways says so, and can be scrolled from the keyboard.
  function markWideFigures() {
    for (const frame of document.querySelectorAll(".plot-frame")) {
      const wide = frame.scrollWidth > frame.clientWidth + 1;
      const hint = frame.nextElementSibling && frame.nextElementSibling.classList.contains("scroll-hint")
        ? frame.nextElementSibling : null;
      if (wide && !hint) {
        const note = document.createElement("p");
        note.className = "scroll-hint";
        note.textContent = "← Scroll the figure sideways to see all of it →";
        frame.after(note);
        frame.tabIndex = 0;
        frame.setAttribute("role", "group");
        frame.setAttribute("aria-label", "Figure, scrolls sideways");
      } else if (!wide && hint) {
        hint.remove();
        frame.removeAttribute("tabindex");
        frame.removeAttribute("role");
        frame.removeAttribute("aria-label");
      }
    }
  }
  markWideFigures();
  let resizing = null;
  window.addEventListener("resize", () => {
    clearTimeout(resizing);
    resizing = setTimeout(markWideFigures, 200);
  });

  function copy(text, button) {
    const done = (message) => {
      button.textContent = message;
      setTimeout(() => { button.textContent = "Copy"; }, 1600);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(() => done("Copied"), () => fallback(text, done));
    } else {
      fallback(text, done);
    }
  }

  // Pages opened from the file system may not reach the clipboard API; a selected, hidden
  // text area and the copy command work there.
  function fallback(text, done) {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    let copied = false;
    try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
    area.remove();
    done(copied ? "Copied" : "Select and copy");
  }
});
