import Foundation

extension Interactions {
    /// Every explorable figure's slider, driven from the keyboard at both widths in both schemes:
    /// focused, Home goes to the first value and → steps through every value to the last and no
    /// further (and never to the next chapter). At each value the figure must be a valid one,
    /// showing that value's frame in every panel and no other frame, something drawn in it, and
    /// the value named beside the slider and to screen readers (`aria-valuetext`). A picture of
    /// each figure at its last value is saved as `explore-<page>-<n>-<width>-<scheme>.png`.
    func explorableFigures() throws -> [String] {
        let pages = chapterPages.filter {
            (try? String(contentsOf: check.site.appending(path: $0), encoding: .utf8).contains("figure-slider")) ?? false
        }
        guard !pages.isEmpty else { return ["no page of the book has an explorable figure"] }
        var problems: [String] = []
        for viewport in SiteCheck.viewports {
            let tab = try BrowserTab(browser, viewport: viewport)
            defer { tab.close() }
            for page in pages {
                let start = try tab.open(check.site.appending(path: page))
                let count = try tab.evaluate("document.querySelectorAll('.figure-slider').length") as? Int ?? 0
                for slider in 0..<count {
                    problems += try drive(slider, on: page, in: tab).map { "\(page) at \(viewport), slider \(slider + 1): \($0)" }
                }
                problems += tab.problemsReported(since: start).map { "\(page) at \(viewport): \($0)" }
            }
        }
        return problems
    }

    private func drive(_ slider: Int, on page: String, in tab: BrowserTab) throws -> [String] {
        let select = "document.querySelectorAll('.figure-slider')[\(slider)]"
        _ = try tab.evaluate("\(select).closest('figure').scrollIntoView({block: 'center'}); \(select).focus()")
        guard try tab.evaluate("document.activeElement === \(select)") as? Bool == true else { return ["takes no focus"] }
        let path = try tab.evaluate("location.pathname") as? String
        try tab.press("Home", code: 36)
        var problems: [String] = []
        let last = try tab.evaluate("Number(\(select).max)") as? Int ?? 0
        for index in 0...last + 1 {
            let state = try tab.evaluate(Self.state(of: select)) as? [String: Any] ?? [:]
            let expected = min(index, last)
            let value = state["value"] as? Int
            if value != expected { problems.append("after Home and \(index) × → it is at \(value.map(String.init) ?? "?"), not \(expected)") }
            if state["shown"] as? [String] != [String(expected)] {
                problems.append("at value \(expected) the figure shows frames \(state["shown"] ?? "?")")
            }
            if state["everyPanel"] as? Bool != true { problems.append("at value \(expected) a panel shows no frame") }
            if state["drawn"] as? Bool != true { problems.append("at value \(expected) a shown frame is empty") }
            if state["sized"] as? Bool != true { problems.append("at value \(expected) the figure has no size") }
            let label = state["valueLabel"] as? String
            if label == nil || label != state["frameValue"] as? String || label != state["valueText"] as? String {
                problems.append("at value \(expected) it is labelled \(label ?? "nothing"), aria-valuetext "
                    + "\(state["valueText"] ?? "none"), but shows the frame of \(state["frameValue"] ?? "none")")
            }
            if (state["name"] as? String ?? "").isEmpty { problems.append("it has no label naming its parameter") }
            if index == last {
                let name = "explore-\(page.replacingOccurrences(of: ".html", with: ""))-\(slider + 1)-"
                    + "\(tab.viewport.width)-\(tab.viewport.dark ? "dark" : "light").png"
                try tab.screenshotOfWindow().write(to: check.screenshots.appending(path: name))
            }
            if index <= last { try tab.press("ArrowRight", code: 39) }
        }
        if try tab.evaluate("location.pathname") as? String != path { problems.append("→ on the slider left the page") }
        return problems
    }

    /// What the slider and its figure show, as the page's script left them.
    private static func state(of select: String) -> String {
        """
        (() => {
          const slider = \(select), figure = slider.closest('figure'), svg = figure.querySelector('svg.figure');
          const visible = (g) => getComputedStyle(g).visibility === 'visible';
          const shown = [...svg.querySelectorAll('.choice')].filter(visible);
          const box = svg.getBoundingClientRect();
          return {
            value: Number(slider.value),
            shown: [...new Set(shown.map((g) => g.dataset.choice))],
            everyPanel: [...svg.querySelectorAll('.panel')].every((p) => [...p.querySelectorAll('.choice')].some(visible)),
            drawn: shown.every((g) => { const b = g.getBBox(); return g.childElementCount > 0 && b.width > 0 && b.height > 0; }),
            sized: box.width > 0 && box.height > 0 && svg.querySelector('title').textContent.trim().length > 0,
            valueLabel: figure.querySelector('.figure-value').textContent,
            valueText: slider.getAttribute('aria-valuetext'),
            frameValue: shown.length ? shown[0].dataset.value : null,
            name: document.querySelector(`label[for="${CSS.escape(slider.id)}"]`)?.textContent.trim() ?? '',
          };
        })()
        """
    }
}
