// Search across every chapter, in the browser and offline. The index is a script written by
// `ganbook build` (assets/search-index.js: one entry per section, with its text), loaded the
// first time the reader uses the search field; a script rather than JSON because pages opened
// from the file system may not fetch files.
//
// A section matches when every word of the query occurs in it (accents and case ignored);
// matches in the section's title count more than matches in its text.
document.addEventListener("DOMContentLoaded", () => {
  "use strict";
  const input = document.getElementById("search-input");
  const results = document.getElementById("search-results");
  const maximum = 12;
  let entries = null;
  let loading = null;

  const fold = (text) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

  function load() {
    if (loading) return loading;
    loading = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = "assets/search-index.js";
      script.onload = () => {
        entries = window.ganbookSearchIndex.map((entry) => ({
          ...entry, foldedTitle: fold(entry.title), foldedText: fold(entry.text),
        }));
        resolve();
      };
      script.onerror = () => reject(new Error("the search index assets/search-index.js did not load"));
      document.head.appendChild(script);
    });
    return loading;
  }

  function count(haystack, term) {
    let n = 0;
    for (let at = haystack.indexOf(term); at !== -1 && n < 20; at = haystack.indexOf(term, at + term.length)) n += 1;
    return n;
  }

  function search(query) {
    const terms = fold(query).split(/[^\p{L}\p{N}]+/u).filter((term) => term.length > 0);
    if (terms.length === 0) return null;
    const scored = [];
    for (const entry of entries) {
      let score = 0;
      for (const term of terms) {
        const inTitle = count(entry.foldedTitle, term), inText = count(entry.foldedText, term);
        if (inTitle + inText === 0) { score = 0; break; }
        score += 10 * inTitle + inText;
      }
      if (score > 0) scored.push({ entry, score });
    }
    scored.sort((a, b) => b.score - a.score);
    return { terms, hits: scored.slice(0, maximum).map((hit) => hit.entry), total: scored.length };
  }

  // About 160 characters of the text around the first match, with the matches marked.
  function snippet(entry, terms, into) {
    const text = entry.text;
    let at = entry.foldedText.indexOf(terms[0]);
    if (at < 0) at = 0;
    let start = Math.max(0, at - 60);
    if (start > 0) {
      const space = text.indexOf(" ", start);
      if (space !== -1 && space < at) start = space + 1;
    }
    const piece = (start > 0 ? "…" : "") + text.slice(start, start + 160) + (start + 160 < text.length ? "…" : "");
    const folded = fold(piece);
    let position = 0;
    while (position < piece.length) {
      let next = -1, length = 0;
      for (const term of terms) {
        const found = folded.indexOf(term, position);
        if (found !== -1 && (next === -1 || found < next)) { next = found; length = term.length; }
      }
      if (next === -1) { into.append(piece.slice(position)); break; }
      into.append(piece.slice(position, next));
      const mark = document.createElement("mark");
      mark.textContent = piece.slice(next, next + length);
      into.append(mark);
      position = next + length;
    }
  }

  function show(query) {
    results.replaceChildren();
    const found = search(query);
    if (!found) return;
    const status = document.createElement("p");
    status.textContent = found.total === 0 ? `No section contains “${query.trim()}”.`
      : found.total > found.hits.length ? `The best ${found.hits.length} of ${found.total} sections:`
      : `${found.total} section${found.total === 1 ? "" : "s"}:`;
    results.append(status);
    if (found.hits.length === 0) return;
    const list = document.createElement("ol");
    for (const entry of found.hits) {
      const link = document.createElement("a");
      link.href = entry.url;
      const title = document.createElement("span");
      title.className = "result-title";
      title.textContent = entry.title;
      const chapter = document.createElement("span");
      chapter.className = "result-chapter";
      chapter.textContent = entry.chapter;
      const text = document.createElement("span");
      text.className = "result-text";
      snippet(entry, found.terms, text);
      link.append(title, chapter, text);
      const item = document.createElement("li");
      item.append(link);
      list.append(item);
    }
    results.append(list);
  }

  input.addEventListener("focus", () => { load().catch(() => {}); });
  input.addEventListener("input", () => {
    const query = input.value;
    load().then(() => { if (input.value === query) show(query); }, (error) => {
      results.textContent = error.message;
    });
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && input.value !== "") {
      event.stopPropagation();
      input.value = "";
      results.replaceChildren();
    } else if (event.key === "ArrowDown") {
      const first = results.querySelector("a");
      if (first) { event.preventDefault(); first.focus(); }
    }
  });
  results.addEventListener("keydown", (event) => {
    const links = [...results.querySelectorAll("a")];
    const index = links.indexOf(document.activeElement);
    if (index === -1) return;
    if (event.key === "ArrowDown" && index + 1 < links.length) { event.preventDefault(); links[index + 1].focus(); }
    if (event.key === "ArrowUp") { event.preventDefault(); (index > 0 ? links[index - 1] : input).focus(); }
  });
});
