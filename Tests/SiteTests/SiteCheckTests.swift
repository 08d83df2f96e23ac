import Foundation
import Testing

/// The built site in a real browser (see `SiteCheck`): each test names one property every page
/// must have at every width and in both colour schemes, and lists each place it fails.
@Suite("The site in a browser")
struct SiteCheckTests {
    func check() throws -> SiteCheck { try SiteCheck.shared.get() }

    func expectNone(_ problems: [String], _ what: String) {
        #expect(problems.isEmpty, Comment(rawValue: "\(problems.count) \(what):\n" + problems.prefix(40).joined(separator: "\n")))
    }

    @Test func everyPageParsesWithoutHTMLErrors() throws {
        let check = try check()
        expectNone(check.pages.flatMap { page in (check.syntax[page] ?? []).map { "\(page) \($0)" } }, "HTML parse errors")
    }

    @Test func noPageHasAScriptErrorOrAFailedLoad() throws {
        let check = try check()
        var seen = Set<String>()
        let reported = check.results.flatMap { result in result.reported.map { "\(result.page) at \(result.viewport): \($0)" } }
        expectNone(reported.filter { seen.insert($0).inserted }, "script errors or failed loads")
    }

    @Test func noPageIsOverItsSizeLimit() throws {
        let check = try check()
        #expect(check.sizes.count == check.pages.count && check.sizes.values.allSatisfy { $0 > 0 })
        expectNone(check.oversizedPages(), "pages over their size limit")
    }

    @Test func everyFormulaIsTypesetByKaTeX() throws {
        expectNone(try check().problems(ofKind: "katex"), "formulas KaTeX did not typeset")
    }

    @Test func everyFigureHasAWidthAndAHeight() throws {
        expectNone(try check().problems(ofKind: "figure"), "figures without a size")
    }

    @Test func everySwiftCellIsHighlighted() throws {
        expectNone(try check().problems(ofKind: "highlight"), "cells without highlighting")
    }

    @Test func everyInternalLinkAndAnchorResolves() throws {
        let check = try check()
        expectNone(check.problems(ofKind: "anchor") + check.brokenLinks(), "broken links or anchors")
    }

    @Test func nothingIsWiderThanThePhoneOrDesktopWindow() throws {
        expectNone(try check().problems(ofKind: "layout"), "pages wider than the window")
    }

    @Test func nothingIsLoadedFromOutsideTheSite() throws {
        expectNone(try check().problems(ofKind: "offline"), "resources from outside the site")
    }

    @Test func pagesHaveALanguageOrderedHeadingsAndNamedImagesAndControls() throws {
        expectNone(try check().problems(ofKind: "access"), "accessibility problems")
    }

    @Test func textHasAAContrastInTheLightAndTheDarkScheme() throws {
        expectNone(try check().problems(ofKind: "contrast"), "texts with too little contrast")
    }

    @Test func arrowKeysThemeButtonContentsSearchCopyAndPrintWorkFromTheKeyboard() throws {
        expectNone(try check().interactionProblems, "controls that did not work")
    }

    @Test func everyPageIsPhotographedAtBothWidthsInBothSchemes() throws {
        let check = try check()
        #expect(check.pages.contains("index.html") && check.pages.contains("book.html"))
        var missing: [String] = []
        for page in check.pages {
            for viewport in SiteCheck.viewports {
                let name = SiteCheck.screenshotName(page, viewport, part: 1)
                let size = (try? FileManager.default.attributesOfItem(atPath: check.screenshots.appending(path: name).path)[.size] as? Int) ?? 0
                if size < 1000 { missing.append(name) }
            }
        }
        expectNone(missing, "screenshots missing")
    }
}
