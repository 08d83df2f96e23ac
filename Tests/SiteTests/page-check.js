// The site check's look at one loaded page, run in the page by the DevTools protocol after its
// load event. It waits for the fonts, then reports what a reader would run into, each problem
// with a kind the Swift side groups by:
//   katex        a formula KaTeX could not parse, or math left untypeset
//   figure       a figure, SVG or image with no width or height
//   highlight    a Swift cell that highlight.js did not colour
//   anchor       an in-page link to an id the page does not have, or an id used twice
//   layout       the page scrolls sideways (something is too wide for the screen)
//   offline      a resource from outside the site
//   access       language, heading order, alt text and SVG labels, names of controls
//   contrast     text with less contrast against its background than WCAG AA asks
// and every id and link of the page, so the Swift side can check links between pages.
(async () => {
  "use strict";
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  const problems = [];
  const report = (kind, message) => { if (problems.length < 400) problems.push({ kind, message }); };
  const describe = (element) => {
    let text = element.tagName.toLowerCase();
    if (element.id) text += "#" + element.id;
    if (element.classList && element.classList.length) text += "." + [...element.classList].join(".");
    const words = (element.textContent || "").trim().replace(/\s+/g, " ").slice(0, 60);
    return words ? `${text} “${words}”` : text;
  };
  const visible = (element) => {
    const style = getComputedStyle(element);
    return element.getClientRects().length > 0 && style.visibility !== "hidden" && style.display !== "none";
  };

  // Math.
  for (const error of document.querySelectorAll(".katex-error")) {
    report("katex", `KaTeX could not typeset “${error.textContent.slice(0, 80)}”: ${error.title}`);
  }
  for (const math of document.querySelectorAll(".math")) {
    if (!math.querySelector(".katex")) report("katex", `math left untypeset: ${describe(math)}`);
  }

  // Figures.
  for (const element of document.querySelectorAll("main figure, main svg.figure, main img")) {
    const box = element.getBoundingClientRect();
    if (!(box.width > 0 && box.height > 0)) report("figure", `${describe(element)} is ${box.width}×${box.height}`);
  }

  // Code.
  for (const code of document.querySelectorAll("pre code.language-swift")) {
    if (!code.classList.contains("hljs") || (code.textContent.trim().length > 20 && !code.querySelector("span"))) {
      report("highlight", `Swift code not highlighted: ${describe(code.parentElement)}`);
    }
  }
  for (const cell of document.querySelectorAll(".cell-code")) {
    if (!cell.querySelector("button.copy-button")) report("access", `cell without a copy button: ${describe(cell)}`);
  }

  // Ids and links.
  const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
  const seen = new Set();
  for (const id of ids) {
    if (seen.has(id)) report("anchor", `the id “${id}” is used twice`);
    seen.add(id);
  }
  const links = [];
  for (const element of document.querySelectorAll("a[href], link[href], script[src], img[src]")) {
    const url = element.href || element.src;
    links.push(url);
    const target = new URL(url, location.href);
    if (target.protocol !== "file:" && element.tagName !== "A") report("offline", `${element.tagName.toLowerCase()} loads ${url}`);
    if (element.tagName === "A" && target.protocol === "file:" && target.pathname === location.pathname && target.hash.length > 1) {
      const id = decodeURIComponent(target.hash.slice(1));
      if (!document.getElementById(id)) report("anchor", `${describe(element)} links to #${id}, which is not on the page`);
    }
  }
  for (const entry of performance.getEntriesByType("resource")) {
    if (!entry.name.startsWith("file:") && !entry.name.startsWith("data:")) report("offline", `the page loaded ${entry.name}`);
  }

  // Layout: nothing may make the page wider than the window.
  const overflow = document.documentElement.scrollWidth - window.innerWidth;
  if (overflow > 1) {
    const culprits = [...document.querySelectorAll("body *")].filter((element) => {
      const box = element.getBoundingClientRect();
      return visible(element) && box.right > window.innerWidth + 1 && !element.closest(".sidebar");
    }).slice(0, 3).map(describe);
    report("layout", `the page is ${overflow}px wider than the ${window.innerWidth}px window: ${culprits.join("; ")}`);
  }

  // Accessibility.
  if (!document.documentElement.lang) report("access", "the html element has no lang");
  if (!document.title.trim()) report("access", "the page has no title");
  let previous = 0;
  for (const heading of document.querySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6")) {
    const level = Number(heading.tagName[1]);
    if (previous === 0 ? level !== 1 : level > previous + 1) {
      report("access", `${describe(heading)} is an h${level} after an h${previous || "(none)"}`);
    }
    previous = level;
  }
  for (const image of document.querySelectorAll("img")) {
    if (!image.hasAttribute("alt")) report("access", `image without alt text: ${image.src}`);
  }
  for (const svg of document.querySelectorAll("svg")) {
    if (svg.closest("[aria-hidden='true']") || svg.parentElement.closest("svg")) continue;
    const labelled = (svg.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
    const named = svg.getAttribute("aria-label") || labelled.map((id) => document.getElementById(id)?.textContent || "").join("").trim();
    if (svg.getAttribute("role") !== "img" || !named) report("access", `SVG without role="img" and a title: ${describe(svg)}`);
    if (svg.classList.contains("figure") && !svg.querySelector("desc")?.textContent.trim()) {
      report("access", `figure SVG without a description: ${describe(svg)}`);
    }
  }
  const nameOf = (element) => {
    const labelledBy = (element.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent || "").join(" ");
    const label = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent : "";
    return (element.getAttribute("aria-label") || labelledBy || label || element.textContent || element.title || "").trim();
  };
  for (const control of document.querySelectorAll("a[href], button, input, select, textarea")) {
    if (!nameOf(control)) report("access", `control without a name: ${control.outerHTML.slice(0, 120)}`);
  }
  for (const element of document.querySelectorAll("[tabindex]")) {
    if (Number(element.getAttribute("tabindex")) > 0) report("access", `positive tabindex breaks the tab order: ${describe(element)}`);
  }
  for (const element of document.querySelectorAll("[onclick], div[role='button'], span[role='button']")) {
    report("access", `a control that is not a button or link: ${describe(element)}`);
  }

  // Contrast: every piece of visible text against the colour behind it, WCAG AA (4.5:1, or
  // 3:1 for large text). Text in figures and decorative (aria-hidden) text is not measured.
  const parse = (colour) => {
    const match = colour.match(/rgba?\(([^)]+)\)/);
    if (!match) return null;
    const parts = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1 };
  };
  const over = (top, bottom) => {
    const a = top.a + bottom.a * (1 - top.a);
    if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
    const mix = (x, y) => (x * top.a + y * bottom.a * (1 - top.a)) / a;
    return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
  };
  const luminance = (c) => {
    const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  };
  const backgroundCache = new Map();
  const backgroundOf = (element) => {
    if (!element) return { r: 255, g: 255, b: 255, a: 1 };
    if (backgroundCache.has(element)) return backgroundCache.get(element);
    const own = parse(getComputedStyle(element).backgroundColor) || { r: 0, g: 0, b: 0, a: 0 };
    const result = own.a >= 1 ? own : over(own, backgroundOf(element.parentElement));
    backgroundCache.set(element, result);
    return result;
  };
  const opacityOf = (element) => {
    let opacity = 1;
    for (let e = element; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
    return opacity;
  };
  const measured = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!node.textContent.trim() || measured.has(element)) continue;
    measured.add(element);
    if (element.closest("svg, [aria-hidden='true'], .visually-hidden, script, style, noscript")) continue;
    if (!visible(element)) continue;
    const box = element.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) continue;
    const opacity = opacityOf(element);
    if (opacity === 0) continue;
    const style = getComputedStyle(element);
    const colour = parse(style.color);
    if (!colour) continue;
    const background = backgroundOf(element);
    const text = over({ ...colour, a: colour.a * opacity }, background);
    const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a);
    const ratio = (light + 0.05) / (dark + 0.05);
    const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
    const needed = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
    if (ratio < needed) {
      const rgb = (c) => `rgb(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)})`;
      report("contrast", `${describe(element)}: ${ratio.toFixed(2)}:1 (${rgb(text)} on ${rgb(background)}), needs ${needed}:1`);
    }
  }

  return {
    url: location.href,
    problems,
    ids,
    links,
    height: document.documentElement.scrollHeight,
  };
})()
