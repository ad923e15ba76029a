import Dispatch
import Markdown
import Synchronization
import XCTest

/// Hostile or huge input finishes and never crashes; documents are safe to use on several threads.
/// (How fast is measured by bench/, never asserted here: tests do not fail on wall-clock time.)
final class RobustnessTests: XCTestCase {
    /// Parses, replaces every directive and value, and renders; the document must come out non-empty.
    private func assertFast(
        _ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        let document = MarkdownDocument(text: text, file: "p.md")
        for block in document.directiveBlocks { document.replace(block, withHTML: "<div></div>") }
        for value in document.inlineValues { document.replace(value, withHTML: "<data></data>") }
        for link in document.links { document.setDestination(of: link, to: "x") }
        XCTAssertFalse(document.render().isEmpty, name, file: file, line: line)
    }

    private func repeated(_ piece: String, _ count: Int) -> String {
        String(repeating: piece, count: count)
    }

    func testPathologicalNestingAndDelimitersFinishQuickly() {
        assertFast(repeated("[", 50_000), "open brackets")
        assertFast(repeated("[a](", 20_000), "unclosed links")
        assertFast(repeated("![[](", 20_000), "nested images")
        assertFast(repeated("*a_", 20_000), "mixed emphasis")
        assertFast(repeated("**a*", 20_000), "unbalanced strong")
        assertFast(repeated("a~", 20_000), "tildes")
        assertFast(repeated("`a``", 20_000), "backtick runs")
        assertFast(repeated("> ", 10_000) + "x", "deep block quotes")
        assertFast(repeated("<a", 20_000), "unclosed tags")
        assertFast("| a |\n| --- |\n" + repeated("x\n", 20_000), "long table")
    }

    func testManyNodesOnOneLongLineAreLinear() {
        assertFast(repeated("`=a` ", 50_000), "values on one line")
        assertFast(repeated("[é](b.md) ", 30_000), "links on one line")
        assertFast("x\n" + repeated("<https://e.org/x> ", 20_000), "autolinks on a continuation line")
    }

    func testManyHeadingsAndDirectivesAreLinear() {
        assertFast(repeated("## Same\n", 20_000), "repeated headings")
        assertFast(repeated("```{chain} w\ninput: 1\n```\n", 20_000), "directive blocks")
    }

    func testRepeatedHeadingsGetDistinctIds() {
        let document = MarkdownDocument(text: repeated("## Same\n", 1000), file: "p.md")
        XCTAssertEqual(Set(document.headings.map(\.id)).count, 1000)
        XCTAssertEqual(document.headings.last?.id, "same-999")
    }

    func testParallelParsesGiveTheSameHTMLAsOneParse() {
        // cmark-gfm 0.29.0.gfm.6 toggles process-wide tables while parsing inlines; the parse lock keeps the
        // extensions' special characters (~ for strikethrough, : and w for autolinks) from vanishing mid-parse.
        let text =
            (1...50).map { "Line \($0) ~~old~~ www.example.com/\($0) `=v\($0)` ~~x~~ a@b.org" }
            .joined(separator: "\n") + "\n\n| a | b |\n|---|:-:|\n| ~~1~~ | [x](y.md) |\n\n- [x] done"
        let expected = MarkdownDocument(text: text, file: "p.md").render()
        let results = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            let html = MarkdownDocument(text: text, file: "p.md").render()
            results.withLock { $0.append(html) }
        }
        XCTAssertEqual(results.withLock { $0.count }, 64)
        XCTAssertTrue(results.withLock { $0.allSatisfy { $0 == expected } })
    }

    func testDocumentsOutliveTheirReplacedNodes() {
        // Replaced nodes are freed with the document, after rendering; run under AddressSanitizer to check.
        for _ in 0..<100 {
            let document = MarkdownDocument(
                text: "## Cost `=C` [x](y)\n\n```{forward}\n```\n\n- `=D` ~~z~~", file: "p.md")
            document.replace(document.inlineValues[0], withHTML: "<data>1</data>")
            document.replace(document.inlineValues[0], withHTML: "<data>2</data>")
            document.replace(document.inlineValues[1], withHTML: "<data>3</data>")
            document.replace(document.directiveBlocks[0], withHTML: "<figure></figure>")
            document.setDestination(of: document.links[0], to: "../y/")
            XCTAssertTrue(document.render().contains("Cost <data>2</data> <a href=\"../y/\">x</a></h2>"))
        }
    }
}
