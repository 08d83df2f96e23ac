// Typesets every piece of math the renderer lifted out of the Markdown. A formula KaTeX
// cannot parse is shown as a red .katex-error element, which the site check looks for.
document.addEventListener("DOMContentLoaded", () => {
  for (const element of document.querySelectorAll(".math")) {
    katex.render(element.textContent, element, {
      displayMode: element.classList.contains("display"),
      throwOnError: false,
    });
  }
});
