import Diagnostics
import Markdown
import XCTest

/// Code spans starting with `=` are computed values: found with the position of their `=`, replaced by HTML.
final class InlineValueTests: XCTestCase {
    private func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: "p.md", line: line, column: column)
    }

    func testFindsValuesWithTrimmedNamesAndThePositionOfTheEqualsSign() {
        let document = MarkdownDocument(
            text: """
                Cost `=C`, gradient `= dC/dw1 `, new ``=worked:w1_new``.
                Empty `=` counts; `a=b` and ` =x` are code; `==` is a value named =.
                """, file: "p.md")
        XCTAssertEqual(
            document.inlineValues,
            [
                InlineValue(name: "C", location: at(1, 7), index: 0),
                InlineValue(name: "dC/dw1", location: at(1, 22), index: 1),
                InlineValue(name: "worked:w1_new", location: at(1, 40), index: 2),
                InlineValue(name: "", location: at(2, 8), index: 3),
                InlineValue(name: "=", location: at(2, 46), index: 4),
            ])
    }

    func testCodeInsideCodeBlocksIsNotAValue() {
        let document = MarkdownDocument(text: "```\n`=C`\n```\n\n    `=D`", file: "p.md")
        XCTAssertEqual(document.inlineValues, [])
    }

    func testValuesInLinksTablesListsAndQuotesAreFound() {
        let document = MarkdownDocument(
            text: "[`=a`](x)\n\n| h |\n|---|\n| `=b` |\n\n- [ ] `=c`\n\n> `=d`", file: "p.md")
        XCTAssertEqual(document.inlineValues.map(\.name), ["a", "b", "c", "d"])
        XCTAssertEqual(document.inlineValues.map(\.location), [at(1, 3), at(5, 4), at(7, 8), at(9, 4)])
    }

    func testReplacementIsVerbatimAndOtherCodeStays() {
        let document = MarkdownDocument(text: "C is `=C` and `code` <b>x</b>.", file: "p.md")
        let data = #"<data class="num" value="1" data-ref="worked:C">1</data>"#
        document.replace(document.inlineValues[0], withHTML: data)
        XCTAssertEqual(
            document.render(),
            "<p>C is " + data + " and <code>code</code> <!-- raw HTML omitted -->x<!-- raw HTML omitted -->.</p>\n")
    }

    func testUnreplacedValuesRenderAsCode() {
        let document = MarkdownDocument(text: "`=C`", file: "p.md")
        XCTAssertEqual(document.render(), "<p><code>=C</code></p>\n")
    }
}
