// Moving around the book from the keyboard and on small screens:
// - the left and right arrow keys go to the previous and next chapter (not while typing, and
//   not with a modifier key, so the browser's own shortcuts still work);
// - "/" jumps to the search field;
// - on a narrow screen the contents button opens and closes the sidebar, and Escape closes it;
// - the sidebar marks the section being read.
document.addEventListener("DOMContentLoaded", () => {
  "use strict";
  const root = document.documentElement;
  const toggle = document.querySelector(".menu-toggle");
  const sidebar = document.getElementById("sidebar");
  const search = document.getElementById("search-input");

  function setOpen(open, focusTarget) {
    root.classList.toggle("sidebar-open", open);
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    if (focusTarget) focusTarget.focus();
  }
  const isOpen = () => root.classList.contains("sidebar-open");
  const isNarrow = () => getComputedStyle(toggle).display !== "none";

  toggle.addEventListener("click", () => {
    const open = !isOpen();
    setOpen(open, open ? search : null);
  });
  sidebar.addEventListener("click", (event) => {
    if (event.target.closest("a") && isNarrow()) setOpen(false);
  });

  function isTyping(target) {
    return target.closest("input, textarea, select, [contenteditable]") !== null;
  }

  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "Escape" && isOpen()) {
      setOpen(false, toggle);
      return;
    }
    if (isTyping(event.target)) return;
    if (event.key === "/" && !event.shiftKey) {
      event.preventDefault();
      if (isNarrow() && !isOpen()) setOpen(true);
      search.focus();
      return;
    }
    if (event.shiftKey) return;
    const rel = event.key === "ArrowLeft" ? "prev" : event.key === "ArrowRight" ? "next" : null;
    if (!rel) return;
    // An element that scrolls sideways (a long line of code) keeps its arrow keys.
    const scroller = event.target.closest && event.target.closest("pre, .math.display, .plot-frame, table");
    if (scroller && scroller.scrollWidth > scroller.clientWidth) return;
    const link = document.querySelector(`link[rel="${rel}"]`);
    if (link) {
      event.preventDefault();
      window.location.href = link.href;
    }
  });

  // The section being read: the last heading above the upper third of the window.
  const links = new Map();
  for (const link of document.querySelectorAll(".sections a")) {
    const id = decodeURIComponent(link.hash.slice(1));
    if (id) links.set(id, link);
  }
  const headings = [...links.keys()].map((id) => document.getElementById(id)).filter(Boolean);
  if (headings.length === 0) return;
  let current = null;
  function mark() {
    let active = null;
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top < window.innerHeight / 3) active = heading;
    }
    const link = active ? links.get(active.id) : null;
    if (link === current) return;
    if (current) current.removeAttribute("aria-current");
    if (link) link.setAttribute("aria-current", "location");
    current = link;
  }
  window.addEventListener("scroll", mark, { passive: true });
  mark();
});
