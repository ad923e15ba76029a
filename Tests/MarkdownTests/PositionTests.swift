import Diagnostics
import Markdown
import XCTest

/// Positions are file positions: `firstLine` added, columns in Unicode scalars although cmark counts bytes.
final class PositionTests: XCTestCase {
    private let page = """
        # Überblick

        Größe `=C` und [Link](a.md) ![Bild](b.png)
          ```{forward} worked
          x: 1
          ```

        > Zitat: ü `=dC/dw1` <https://x.org>

        - Punkt ✓ ` =w1 `
        """

    private func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: "content/track-11/p.md", line: line, column: column)
    }

    private var document: MarkdownDocument {
        MarkdownDocument(text: page, file: "content/track-11/p.md", firstLine: 10)
    }

    func testHeadingAndDirectivePositions() {
        XCTAssertEqual(document.headings.map(\.location), [at(10, 1)])
        XCTAssertEqual(document.directiveBlocks.map(\.location), [at(13, 3)])
        XCTAssertEqual(document.directiveBlocks.map(\.bodyFirstLine), [14])
    }

    func testInlineValuePositionsCountCharactersNotBytes() {
        XCTAssertEqual(document.inlineValues.map(\.name), ["C", "dC/dw1", "w1"])
        XCTAssertEqual(document.inlineValues.map(\.location), [at(12, 8), at(17, 13), at(19, 13)])
    }

    func testLinkPositionsCountCharactersNotBytes() {
        XCTAssertEqual(document.links.map(\.destination), ["a.md", "b.png", "https://x.org"])
        XCTAssertEqual(document.links.map(\.location), [at(12, 16), at(12, 29), at(17, 22)])
    }

    func testTabIndentedContinuationLinesAreCorrected() {
        // cmark 0.29 reports these columns one to three bytes off; the `=` and `[` are found nearby.
        let document = MarkdownDocument(text: "a\n\ttab `=t` [x](y)\n\nb\n  \t`=u`", file: "p.md")
        XCTAssertEqual(
            document.inlineValues.map(\.location),
            [SourceLocation(file: "p.md", line: 2, column: 7), SourceLocation(file: "p.md", line: 5, column: 5)])
        XCTAssertEqual(document.links.map(\.location), [SourceLocation(file: "p.md", line: 2, column: 11)])
    }

    func testNULBecomesAReplacementCharacterWithoutShiftingColumns() {
        let document = MarkdownDocument(text: "a\0b `=C`", file: "p.md")
        XCTAssertEqual(document.inlineValues.map(\.location), [SourceLocation(file: "p.md", line: 1, column: 6)])
        XCTAssertEqual(document.render(), "<p>a\u{FFFD}b <code>=C</code></p>\n")
    }
}
