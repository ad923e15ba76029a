import Diagnostics
import Markdown
import XCTest

/// Finding `{name}` fenced blocks and replacing them with HTML fragments.
final class DirectiveBlockTests: XCTestCase {
    private let page = """
        Intro.

        ```{chain} worked
        input: 1
        weights: [2, 3, 0.5]
        ```

        ```{factors} worked dC/dw1
        ```

        ~~~{forward}
        ~~~

        ```python
        print("not a directive")
        ```

            {chain} indented code has no info string

        > ```{ graph }  worked
        > x: 1
        > ```
        """

    func testFindsFencedBlocksWhoseInfoStringStartsWithABracedName() {
        let document = MarkdownDocument(text: page, file: "content/t/p.md", firstLine: 4)
        XCTAssertEqual(
            document.directiveBlocks,
            [
                DirectiveBlock(
                    name: "chain", arguments: ["worked"], body: "input: 1\nweights: [2, 3, 0.5]\n",
                    location: SourceLocation(file: "content/t/p.md", line: 6, column: 1), bodyFirstLine: 7, index: 0),
                DirectiveBlock(
                    name: "factors", arguments: ["worked", "dC/dw1"], body: "",
                    location: SourceLocation(file: "content/t/p.md", line: 11, column: 1), bodyFirstLine: 12, index: 1),
                DirectiveBlock(
                    name: "forward", arguments: [], body: "",
                    location: SourceLocation(file: "content/t/p.md", line: 14, column: 1), bodyFirstLine: 15, index: 2),
                DirectiveBlock(
                    name: "graph", arguments: ["worked"], body: "x: 1\n",
                    location: SourceLocation(file: "content/t/p.md", line: 23, column: 3), bodyFirstLine: 24, index: 3),
            ])
    }

    func testArgumentsMayFollowTheBraceWithoutASpaceAndUnclosedBracesAreNotDirectives() {
        let document = MarkdownDocument(text: "```{chain}worked\n```\n\n```{chain\n```\n\n```{}\n```", file: "p.md")
        XCTAssertEqual(document.directiveBlocks.map(\.name), ["chain", ""])
        XCTAssertEqual(document.directiveBlocks.map(\.arguments), [["worked"], []])
    }

    func testUnreplacedDirectivesRenderAsCodeBlocks() {
        let document = MarkdownDocument(text: "```{forward}\na < b\n```", file: "p.md")
        XCTAssertEqual(document.render(), "<pre><code class=\"language-{forward}\">a &lt; b\n</code></pre>\n")
    }

    func testReplacementFragmentsAreEmittedVerbatimInSafeMode() {
        let document = MarkdownDocument(
            text: "Before <i>raw</i>\n\n```{chain} worked\ninput: 1\n```\n\nAfter", file: "p.md")
        let fragment = "<figure class=\"chain\"><style>.x{}</style><data class=\"num\" value=\"1\">1</data></figure>"
        document.replace(document.directiveBlocks[0], withHTML: fragment)
        XCTAssertEqual(
            document.render(),
            "<p>Before <!-- raw HTML omitted -->raw<!-- raw HTML omitted --></p>\n" + fragment + "\n<p>After</p>\n")
    }

    func testReplacingTwiceKeepsTheLastFragmentAndRenderingTwiceGivesTheSameHTML() {
        let document = MarkdownDocument(text: "```{forward}\n```\n\n> ```{graph}\n> ```", file: "p.md")
        document.replace(document.directiveBlocks[0], withHTML: "<p>first</p>")
        document.replace(document.directiveBlocks[0], withHTML: "<p>second</p>")
        document.replace(document.directiveBlocks[1], withHTML: "<svg></svg>")
        let expected = "<p>second</p>\n<blockquote>\n<svg></svg>\n</blockquote>\n"
        XCTAssertEqual(document.render(), expected)
        XCTAssertEqual(document.render(), expected)
    }

    func testBlocksFromAnotherDocumentAreIgnored() {
        let other = MarkdownDocument(text: "```{a}\n```\n\n```{b}\n```", file: "q.md")
        let document = MarkdownDocument(text: "```{forward}\n```", file: "p.md")
        document.replace(other.directiveBlocks[1], withHTML: "<p>x</p>")
        XCTAssertEqual(document.render(), "<pre><code class=\"language-{forward}\"></code></pre>\n")
    }

    func testCRLFLineEndingsKeepLinesAndBodies() {
        let document = MarkdownDocument(text: "Intro\r\n\r\n```{chain} w\r\ninput: 1\r\n```\r\n", file: "p.md")
        XCTAssertEqual(document.directiveBlocks.map(\.location.line), [3])
        XCTAssertEqual(document.directiveBlocks.map(\.body), ["input: 1\n"])
    }
}
