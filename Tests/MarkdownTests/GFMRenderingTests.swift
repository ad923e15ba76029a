import Markdown
import XCTest

/// The GFM extensions and the two HTML modes, checked against the GFM spec's expected output.
final class GFMRenderingTests: XCTestCase {
    func testTablesStrikethroughAutolinksAndTaskListsRenderAsGFM() {
        let document = MarkdownDocument(
            text: """
                Intro with ~~old~~ text and https://example.com/a.

                | x | y |
                |:--|--:|
                | 1 | 2 |

                - [ ] todo
                - [x] done
                """, file: "p.md")
        XCTAssertEqual(
            document.render(),
            """
            <p>Intro with <del>old</del> text and <a href="https://example.com/a">https://example.com/a</a>.</p>
            <table>
            <thead>
            <tr>
            <th align="left">x</th>
            <th align="right">y</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td align="left">1</td>
            <td align="right">2</td>
            </tr>
            </tbody>
            </table>
            <ul>
            <li><input type="checkbox" disabled="" /> todo</li>
            <li><input type="checkbox" checked="" disabled="" /> done</li>
            </ul>

            """)
    }

    func testWwwAndEmailAutolinksGetSchemes() {
        let document = MarkdownDocument(text: "See www.example.org or mail me@example.org", file: "p.md")
        XCTAssertEqual(
            document.render(),
            "<p>See <a href=\"http://www.example.org\">www.example.org</a> or mail "
                + "<a href=\"mailto:me@example.org\">me@example.org</a></p>\n")
    }

    private let rawHTML = """
        <div class="note">Hi</div>

        A <em>b</em> <script>alert(1)</script> [x](javascript:alert(2))
        """

    func testSafeModeOmitsAuthorsRawHTMLAndUnsafeLinks() {
        let document = MarkdownDocument(text: rawHTML, file: "p.md")
        XCTAssertEqual(
            document.render(),
            """
            <!-- raw HTML omitted -->
            <p>A <!-- raw HTML omitted -->b<!-- raw HTML omitted --> <!-- raw HTML omitted -->alert(1)\
            <!-- raw HTML omitted --> <a href="">x</a></p>

            """)
    }

    func testUnsafeModeKeepsRawHTMLButTheTagFilterStillDisarmsScript() {
        let document = MarkdownDocument(text: rawHTML, file: "p.md", allowRawHTML: true)
        XCTAssertEqual(
            document.render(),
            """
            <div class="note">Hi</div>
            <p>A <em>b</em> &lt;script>alert(1)&lt;/script> <a href="javascript:alert(2)">x</a></p>

            """)
    }

    func testTagFilterCoversEveryTagGFMLists() {
        let tags = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]
        let text = tags.map { "<\($0)>" }.joined(separator: " ")
        let document = MarkdownDocument(text: "a " + text, file: "p.md", allowRawHTML: true)
        XCTAssertEqual(document.render(), "<p>a " + tags.map { "&lt;\($0)>" }.joined(separator: " ") + "</p>\n")
    }

    func testSmartPunctuationAndFootnotesAreOff() {
        // Without footnotes, `[^1]: note` is an ordinary link reference definition with the label `^1`.
        let document = MarkdownDocument(text: "a' -- \"q\" [^1]\n\n[^1]: note", file: "p.md")
        XCTAssertEqual(document.render(), "<p>a' -- &quot;q&quot; <a href=\"note\">^1</a></p>\n")
    }

    func testEmptyTextRendersNothing() {
        let document = MarkdownDocument(text: "", file: "p.md")
        XCTAssertEqual(document.render(), "")
        XCTAssertEqual(document.directiveBlocks, [])
        XCTAssertEqual(document.inlineValues, [])
        XCTAssertEqual(document.headings, [])
        XCTAssertEqual(document.links, [])
    }
}
