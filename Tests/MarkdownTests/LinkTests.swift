import Diagnostics
import Markdown
import XCTest

/// Every link and image is listed with its destination and position, and can be pointed elsewhere.
final class LinkTests: XCTestCase {
    private let page = """
        See [the rule](chain-rule.md#factors "Title") and ![graph](img/g.png).
        Reference [r][ref], <https://example.org/x>, www.example.com.

        [ref]: other.md#sec
        """

    private func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: "p.md", line: line, column: column)
    }

    func testListsInlineReferenceAutolinkAndImageDestinations() {
        let document = MarkdownDocument(text: page, file: "p.md")
        XCTAssertEqual(
            document.links,
            [
                Link(destination: "chain-rule.md#factors", location: at(1, 5), index: 0, isImage: false),
                Link(destination: "img/g.png", location: at(1, 51), index: 1, isImage: true),
                Link(destination: "other.md#sec", location: at(2, 11), index: 2, isImage: false),
                Link(destination: "https://example.org/x", location: at(2, 21), index: 3, isImage: false),
                Link(destination: "http://www.example.com", location: at(2, 46), index: 4, isImage: false),
            ])
    }

    func testAngleAutolinksOnContinuationLinesInAQuoteArePositionedAtTheirBracket() {
        // cmark 0.29 adds the earlier lines' lengths to these columns; the bracket is found on the line instead.
        let document = MarkdownDocument(text: "> a\n> b <https://e.org/x> <me@x.org>", file: "p.md")
        XCTAssertEqual(document.links.map(\.destination), ["https://e.org/x", "mailto:me@x.org"])
        XCTAssertEqual(document.links.map(\.location), [at(2, 5), at(2, 23)])
    }

    func testSetDestinationRewritesTheRenderedHrefWithEscaping() {
        let document = MarkdownDocument(text: page, file: "p.md")
        document.setDestination(of: document.links[0], to: "../chain-rule/#factors")
        document.setDestination(of: document.links[2], to: #"../a b/"x""#)
        XCTAssertEqual(document.links.map(\.destination)[0], "../chain-rule/#factors")
        XCTAssertEqual(document.links.map(\.destination)[2], #"../a b/"x""#)
        XCTAssertEqual(
            document.render(),
            ##"<p>See <a href="../chain-rule/#factors" title="Title">the rule</a> and "##
                + #"<img src="img/g.png" alt="graph" />."# + "\n"
                + #"Reference <a href="../a%20b/%22x%22">r</a>, "#
                + #"<a href="https://example.org/x">https://example.org/x</a>, "#
                + #"<a href="http://www.example.com">www.example.com</a>.</p>"# + "\n")
    }

    func testImageSourcesCanBeRewrittenToo() {
        let document = MarkdownDocument(text: "![g](g.png)", file: "p.md")
        document.setDestination(of: document.links[0], to: "../g.png")
        XCTAssertEqual(document.render(), "<p><img src=\"../g.png\" alt=\"g\" /></p>\n")
    }

    func testSafeModeStillDropsUnsafeSchemesSetLater() {
        let document = MarkdownDocument(text: "[x](a.md)", file: "p.md")
        document.setDestination(of: document.links[0], to: "javascript:alert(1)")
        XCTAssertEqual(document.render(), "<p><a href=\"\">x</a></p>\n")
    }

    func testLinksInsideHeadingsKeepWorkingAfterTheHeadingIsWrapped() {
        let document = MarkdownDocument(text: "## See [other](other.md#x)", file: "p.md")
        document.setDestination(of: document.links[0], to: "../other/#x")
        XCTAssertTrue(document.render().contains(#"<h2 id="see-other">See <a href="../other/#x">other</a></h2>"#))
    }
}
