import Testing

/// The parse-error check itself: each kind of error the browser would repair silently is found.
@Suite("Finding HTML parse errors")
struct HTMLSyntaxTests {
    func messages(_ body: String) -> [String] {
        HTMLSyntax.problems(in: "<!DOCTYPE html>\n<html lang=\"en\"><body>\(body)</body></html>").map(\.message)
    }

    @Test func wellFormedPageHasNoProblems() {
        #expect(messages(#"<p>a &amp; b <br /> <img src="x.png" alt=""> <code>&lt;</code></p><svg><path d="M0 0"/></svg>"#).isEmpty)
    }

    @Test func blockInsideParagraphIsFound() {
        #expect(messages("<p>text <div>block</div></p>") == ["<div> inside <p> ends the paragraph early"])
    }

    @Test func misnestedAndUnclosedElementsAreFound() {
        #expect(messages("<em><strong>x</em></strong>").first == "</em> while <strong> is still open")
        #expect(messages("<div><span>x</div>").contains("</div> while <span> is still open"))
        #expect(messages("<section>") == ["</body> while <section> is still open"])
        #expect(HTMLSyntax.problems(in: "<!DOCTYPE html>\n<div>").map(\.message) == ["<div> is never closed"])
    }

    @Test func strayLessThanUnknownEntityAndDuplicateAttributeAreFound() {
        #expect(messages("<p>a < b</p>") == ["a < that starts no tag; write &lt; for a less-than sign"])
        #expect(messages("<p>&nope;</p>") == ["unknown character reference &nope;"])
        #expect(messages(#"<p class="a" class="b">x</p>"#) == ["<p> has the attribute class twice"])
    }

    @Test func selfClosingNonVoidElementAndNestedLinkAreFound() {
        #expect(messages("<div/>") == ["<div/> is not a void element; close it with </div>"])
        #expect(messages(#"<a href="a">x <a href="b">y</a></a>"#) == ["a link inside a link"])
    }

    @Test func missingDoctypeIsFound() {
        #expect(HTMLSyntax.problems(in: "<html></html>").map(\.message) == ["the page does not start with <!DOCTYPE html>"])
    }
}
