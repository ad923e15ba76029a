import Diagnostics
import Markdown
import XCTest

/// Heading ids (GitHub-style slugs, deduplicated) and Starlight's accessible anchor-link markup.
final class HeadingTests: XCTestCase {
    private func ids(_ text: String) -> [String] {
        MarkdownDocument(text: text, file: "p.md").headings.map(\.id)
    }

    func testSlugsLowercaseDropPunctuationAndTurnEachSpaceIntoAHyphen() {
        XCTAssertEqual(ids("## Hello World"), ["hello-world"])
        XCTAssertEqual(ids("## Install & configure"), ["install--configure"])
        XCTAssertEqual(ids("## snake_case and kebab-case"), ["snake_case-and-kebab-case"])
        XCTAssertEqual(ids("## Ordered Lists (`<ol>`)"), ["ordered-lists-ol"])
        XCTAssertEqual(ids("## Done ✅"), ["done-"])
    }

    func testSlugsKeepUnicodeLettersMarksAndDigits() {
        XCTAssertEqual(ids("## Über Größe"), ["über-größe"])
        // Burmese: the combining vowel signs stay, the sentence mark ၊ goes (as on Starlight sites).
        XCTAssertEqual(ids("### ဘာတွေကို တိုင်းတာလဲ၊ ဘာကြောင့်လဲ"), ["ဘာတွေကို-တိုင်းတာလဲ-ဘာကြောင့်လဲ"])
        XCTAssertEqual(ids("## The `=C` cost: C = (a3 − y)²"), ["the-c-cost-c--a3--y²"])
    }

    func testEmptySlugsBecomeSection() {
        XCTAssertEqual(ids("## !!!\n\n## ???\n\n##"), ["section", "section-1", "section-2"])
    }

    func testRepeatsGetNumberedSuffixesThatSkipTakenIds() {
        XCTAssertEqual(
            ids("## Intro\n## Intro\n## Intro-1\n## Intro"), ["intro", "intro-1", "intro-1-1", "intro-2"])
        XCTAssertEqual(ids("## a-1\n## a\n## a"), ["a-1", "a", "a-2"])
    }

    private func at(_ line: Int) -> SourceLocation {
        SourceLocation(file: "content/p.md", line: line, column: 1)
    }

    func testEveryLevelIsListedWithPlainTextAndLocation() {
        let document = MarkdownDocument(
            text: """
                # The *chain* rule, **fast** [link](x) `code`

                Title
                =====

                Sub
                ---

                #### Four <b>raw</b>
                ###### Six
                """, file: "content/p.md", firstLine: 5)
        XCTAssertEqual(
            document.headings,
            [
                Heading(
                    level: 1, text: "The chain rule, fast link code", id: "the-chain-rule-fast-link-code",
                    location: at(5)),
                Heading(level: 1, text: "Title", id: "title", location: at(7)),
                Heading(level: 2, text: "Sub", id: "sub", location: at(10)),
                Heading(level: 4, text: "Four raw", id: "four-raw", location: at(13)),
                Heading(level: 6, text: "Six", id: "six", location: at(14)),
            ])
    }

    private let icon =
        #"<svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentcolor" stroke-width="2" "#
        + #"stroke-linecap="round" stroke-linejoin="round">"#
        + #"<path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1">"#
        + #"</path><path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1"></path></svg>"#

    func testHeadingIsWrappedWithAnAccessibleAnchorLink() {
        let document = MarkdownDocument(text: "Intro\n\n## Install & *configure*\n\nText", file: "p.md")
        XCTAssertEqual(
            document.render(),
            "<p>Intro</p>\n"
                + #"<div class="sl-heading-wrapper level-h2"><h2 id="install--configure">"#
                + ##"Install &amp; <em>configure</em></h2><a class="sl-anchor-link" href="#install--configure">"##
                + #"<span aria-hidden="true" class="sl-anchor-icon">"# + icon + "</span>"
                + #"<span class="sr-only">Section titled “Install &amp; configure”</span></a></div>"# + "\n"
                + "<p>Text</p>\n")
    }

    func testAnchorLabelEscapesTheHeadingText() {
        let document = MarkdownDocument(text: #"### `a<b` & "c""#, file: "p.md")
        XCTAssertEqual(document.headings.map(\.text), [#"a<b & "c""#])
        XCTAssertEqual(document.headings.map(\.id), ["ab--c"])
        XCTAssertTrue(
            document.render().contains(
                #"<span class="sr-only">Section titled “a&lt;b &amp; &quot;c&quot;”</span>"#))
    }

    func testHeadingsInsideContainersAreWrappedToo() {
        let document = MarkdownDocument(text: "> ## Quoted", file: "p.md")
        XCTAssertEqual(
            document.render(),
            "<blockquote>\n"
                + #"<div class="sl-heading-wrapper level-h2"><h2 id="quoted">Quoted</h2><a class="sl-anchor-link" "#
                + ##"href="#quoted"><span aria-hidden="true" class="sl-anchor-icon">"## + icon + "</span>"
                + #"<span class="sr-only">Section titled “Quoted”</span></a></div>"# + "\n</blockquote>\n")
    }

    func testIdsDoNotDependOnReplacedInlineValues() {
        let document = MarkdownDocument(text: "## Cost `=C`", file: "p.md")
        document.replace(document.inlineValues[0], withHTML: "<data>1</data>")
        XCTAssertEqual(document.headings.map(\.id), ["cost-c"])
        XCTAssertTrue(
            document.render().hasPrefix(
                #"<div class="sl-heading-wrapper level-h2"><h2 id="cost-c">Cost <data>1</data></h2>"#))
    }
}
