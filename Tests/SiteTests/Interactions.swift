import Foundation

/// The controls of the site tried from the keyboard, as a reader without a mouse would: the
/// arrow keys between chapters, the theme button (and that the choice survives a reload), the
/// contents button on a phone, the search field, a copy button, a folded cell, the slider of
/// every explorable figure, and the print layout of the whole book's page (saved as book.pdf
/// beside the screenshots, with pictures of the open sidebar on a phone and of search results).
struct Interactions {
    let check: SiteCheck
    let browser: Chromium

    /// Everything that did not work, as sentences; empty when all is well.
    func tryEverything() -> [String] {
        var problems: [String] = []
        let attempts: [(String, () throws -> [String])] = [
            ("arrow keys", arrowKeys), ("theme button", themeButton), ("contents button", contentsButton),
            ("search", search), ("copy button", copyButton), ("folded cell", foldedCell),
            ("explorable figures", explorableFigures), ("print layout", printLayout),
        ]
        for (name, attempt) in attempts {
            do {
                problems += try attempt().map { "\(name): \($0)" }
            } catch {
                problems.append("\(name): \(error)")
            }
        }
        return problems
    }

    var chapterPages: [String] { check.pages.filter { $0 != "book.html" } }

    private func tab(width: Int = 1440) throws -> BrowserTab {
        try BrowserTab(browser, viewport: .init(width: width, dark: false))
    }

    private func string(_ tab: BrowserTab, _ expression: String) throws -> String {
        "\(try tab.evaluate(expression) ?? "")"
    }

    private func arrowKeys() throws -> [String] {
        guard chapterPages.count >= 2 else { return [] }
        let tab = try tab()
        defer { tab.close() }
        let start = try tab.open(check.site.appending(path: chapterPages[0]))
        try tab.waitForNavigation { try tab.press("ArrowRight", code: 39) }
        var problems: [String] = []
        let afterRight = try string(tab, "location.pathname")
        if !afterRight.hasSuffix("/" + chapterPages[1]) { problems.append("→ on \(chapterPages[0]) led to \(afterRight)") }
        try tab.waitForNavigation { try tab.press("ArrowLeft", code: 37) }
        let afterLeft = try string(tab, "location.pathname")
        if !afterLeft.hasSuffix("/" + chapterPages[0]) { problems.append("← on \(chapterPages[1]) led to \(afterLeft)") }
        return problems + tab.problemsReported(since: start)
    }

    private func themeButton() throws -> [String] {
        let tab = try tab()
        defer { tab.close() }
        let page = check.site.appending(path: chapterPages[0])
        let start = try tab.open(page)
        var problems: [String] = []
        _ = try tab.evaluate("document.querySelector('.theme-toggle').focus()")
        try tab.press("Enter", code: 13)
        let background = "getComputedStyle(document.body).backgroundColor"
        if try string(tab, "document.documentElement.dataset.theme") != "dark" { problems.append("Enter did not switch to dark") }
        if try string(tab, "document.querySelector('.theme-toggle').getAttribute('aria-pressed')") != "true" {
            problems.append("the button does not say it is pressed")
        }
        if try string(tab, background) != "rgb(13, 17, 23)" { problems.append("the page did not turn dark: \(try string(tab, background))") }
        try tab.open(page)
        if try string(tab, "document.documentElement.dataset.theme") != "dark" || string(tab, background) != "rgb(13, 17, 23)" {
            problems.append("the choice of dark was not remembered after a reload")
        }
        return problems + tab.problemsReported(since: start)
    }

    private func contentsButton() throws -> [String] {
        let tab = try tab(width: 390)
        defer { tab.close() }
        let start = try tab.open(check.site.appending(path: chapterPages[0]))
        let shown = "(() => { const b = document.getElementById('sidebar').getBoundingClientRect(); "
            + "return getComputedStyle(document.getElementById('sidebar')).visibility === 'visible' && b.left >= 0 && b.right <= innerWidth; })()"
        var problems: [String] = []
        if try tab.evaluate(shown) as? Bool == true { problems.append("the sidebar covers the text before it is opened") }
        _ = try tab.evaluate("document.querySelector('.menu-toggle').focus()")
        try tab.press("Enter", code: 13)
        _ = try tab.evaluate("new Promise(r => setTimeout(r, 400))")
        if try tab.evaluate(shown) as? Bool != true { problems.append("Enter on the contents button did not show the sidebar") }
        if try string(tab, "document.activeElement.id") != "search-input" {
            problems.append("opening the sidebar did not move the focus into it")
        }
        try tab.screenshotOfWindow().write(to: check.screenshots.appending(path: "contents-open-390-light.png"))
        try tab.press("Escape", code: 27)
        _ = try tab.evaluate("new Promise(r => setTimeout(r, 400))")
        if try tab.evaluate(shown) as? Bool == true { problems.append("Escape did not close the sidebar") }
        if try tab.evaluate("document.activeElement.classList.contains('menu-toggle')") as? Bool != true {
            problems.append("closing the sidebar did not return the focus to the contents button")
        }
        return problems + tab.problemsReported(since: start)
    }

    private func search() throws -> [String] {
        guard chapterPages.count >= 2 else { return [] }
        let tab = try tab()
        defer { tab.close() }
        let start = try tab.open(check.site.appending(path: chapterPages[0]))
        // The longest word of the second chapter's title must find that chapter.
        let title = try String(contentsOf: check.site.appending(path: chapterPages[1]), encoding: .utf8)
        let heading = title.components(separatedBy: "<h1").dropFirst().first?.components(separatedBy: ">").dropFirst().first ?? ""
        let words: [Substring] = heading.split(whereSeparator: { (character: Character) in !character.isLetter })
        let word = words.max { $0.count < $1.count }.map(String.init) ?? "random"
        try tab.press("/", code: 191)
        if try string(tab, "document.activeElement.id") != "search-input" { return ["/ did not move the focus to the search field"] }
        try tab.type(word)
        let found = try tab.evaluate("""
            new Promise((resolve) => {
              const started = Date.now();
              const look = () => {
                const links = [...document.querySelectorAll('#search-results a')].map(a => a.getAttribute('href'));
                if (links.length > 0 || Date.now() - started > 20000) resolve(links); else setTimeout(look, 100);
              };
              look();
            })
            """) as? [String] ?? []
        var problems: [String] = []
        try tab.screenshotOfWindow().write(to: check.screenshots.appending(path: "search-results-1440-light.png"))
        if !found.contains(where: { $0.hasPrefix(chapterPages[1]) }) {
            problems.append("searching for “\(word)” did not find \(chapterPages[1]); results: \(found)")
        }
        try tab.press("ArrowDown", code: 40)
        if try tab.evaluate("document.activeElement.closest('#search-results') !== null") as? Bool != true {
            problems.append("↓ in the search field did not move to the first result")
        }
        return problems + tab.problemsReported(since: start)
    }

    private func copyButton() throws -> [String] {
        let tab = try tab()
        defer { tab.close() }
        let page = chapterPages.first { (try? String(contentsOf: check.site.appending(path: $0), encoding: .utf8).contains("cell-code")) ?? false }
        guard let page else { return [] }
        let start = try tab.open(check.site.appending(path: page))
        _ = try tab.evaluate("document.querySelector('.copy-button').focus()")
        try tab.press("Enter", code: 13)
        let label = try tab.evaluate("new Promise(r => setTimeout(() => r(document.querySelector('.copy-button').textContent), 200))") as? String
        var problems: [String] = []
        if label == "Copy" { problems.append("Enter on a copy button did nothing") }
        return problems + tab.problemsReported(since: start)
    }

    /// A folded cell's summary is reached with Tab and opens with Enter, showing its code; the
    /// printed page keeps it closed.
    private func foldedCell() throws -> [String] {
        let page = chapterPages.first { (try? String(contentsOf: check.site.appending(path: $0), encoding: .utf8).contains("cell-fold")) ?? false }
        guard let page else { return ["no page of the book has a folded cell"] }
        let tab = try tab()
        defer { tab.close() }
        let start = try tab.open(check.site.appending(path: page))
        var problems: [String] = []
        let hiddenBefore = try tab.evaluate("!document.querySelector('.cell-fold .cell-code').checkVisibility()") as? Bool
        if hiddenBefore != true { problems.append("the folded code of \(page) shows before it is opened") }
        _ = try tab.evaluate("document.querySelector('.cell-fold > summary').focus()")
        if try string(tab, "document.activeElement.tagName") != "SUMMARY" { problems.append("the summary of a folded cell takes no focus") }
        try tab.press("Enter", code: 13)
        let open = try tab.evaluate("new Promise(r => setTimeout(() => r(document.querySelector('.cell-fold').open && document.querySelector('.cell-fold .cell-code').checkVisibility()), 100))") as? Bool
        if open != true { problems.append("Enter on the summary of a folded cell did not show its code") }
        return problems + tab.problemsReported(since: start)
    }

    private func printLayout() throws -> [String] {
        let tab = try tab()
        defer { tab.close() }
        let start = try tab.open(check.site.appending(path: "book.html"))
        // Every explorable figure moved off its default value, as a reader may leave it.
        _ = try tab.evaluate("""
            document.querySelectorAll('.figure-slider').forEach((s) => {
              s.value = s.value === s.max ? s.min : s.max; s.dispatchEvent(new Event('input'));
            })
            """)
        try tab.send("Emulation.setEmulatedMedia", ["media": "print"])
        var problems: [String] = []
        for selector in [".sidebar", ".topbar"] {
            if try string(tab, "getComputedStyle(document.querySelector('\(selector)')).display") != "none" {
                problems.append("\(selector) is printed")
            }
        }
        // An animated figure prints its last frame only: every frame group shows as its
        // visibility attribute says, whatever time its animation is at.
        let moving = try tab.evaluate(
            "[...document.querySelectorAll('svg .frame')].filter(g => getComputedStyle(g).visibility !== g.getAttribute('visibility')).length"
        ) as? Int ?? 0
        if moving > 0 { problems.append("\(moving) frames of animated figures print as their animation is now, not as the last frame") }
        // An explorable figure prints its default value's frame, and names that value.
        let notDefault = try tab.evaluate(
            "[...document.querySelectorAll('svg .choice')].filter(g => (getComputedStyle(g).visibility === 'visible') !== g.classList.contains('default')).length"
        ) as? Int ?? 0
        if notDefault > 0 { problems.append("\(notDefault) frames of explorable figures print other than their default value's") }
        let namedValues = try tab.evaluate(
            "[...document.querySelectorAll('.figure-explorer')].every(e => getComputedStyle(e, '::after').content === JSON.stringify(e.dataset.defaultValue))"
        ) as? Bool
        if namedValues != true { problems.append("an explorable figure does not print the name of its default value") }
        let chapters = try tab.evaluate("document.querySelectorAll('.book-chapter').length") as? Int ?? 0
        if chapters != chapterPages.count { problems.append("book.html holds \(chapters) chapters, not \(chapterPages.count)") }
        let pdf = try tab.send("Page.printToPDF", ["printBackground": true, "preferCSSPageSize": true])
        if let base64 = pdf["data"] as? String, let data = Data(base64Encoded: base64), data.count > 1000 {
            try data.write(to: check.screenshots.appending(path: "book.pdf"))
        } else {
            problems.append("printing book.html gave no PDF")
        }
        return problems + tab.problemsReported(since: start)
    }
}
