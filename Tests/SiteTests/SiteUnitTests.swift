import Diagnostics
import XCTest

@testable import Site

/// The small pieces of the Site module, each against hand-worked cases.
final class SiteUnitTests: XCTestCase {
    func testRelativeLinksBetweenPrettyURLs() {
        XCTAssertEqual(RelativeURL.root(from: ""), "./")
        XCTAssertEqual(RelativeURL.root(from: "track-11/"), "../")
        XCTAssertEqual(RelativeURL.root(from: "track-11/cheatsheet/"), "../../")
        XCTAssertEqual(
            RelativeURL.link(from: "track-11/cheatsheet/", to: "track-07/gradient-descent/"),
            "../../track-07/gradient-descent/")
        XCTAssertEqual(RelativeURL.link(from: "track-11/cheatsheet/", to: "track-11/"), "../")
        XCTAssertEqual(RelativeURL.link(from: "track-11/", to: "track-11/cheatsheet/"), "cheatsheet/")
        XCTAssertEqual(RelativeURL.link(from: "track-11/", to: ""), "../")
        XCTAssertEqual(RelativeURL.link(from: "", to: ""), "./")
        XCTAssertEqual(RelativeURL.resolve("../track-07/a.md", against: "content/track-11"), "content/track-07/a.md")
        XCTAssertNil(RelativeURL.resolve("../../../x", against: "content/track-11"))
        XCTAssertEqual(
            RelativeURL.relativePath(from: "content/track-11", to: "content/track-07/a.md"), "../track-07/a.md")
    }

    func testPagePlacementFollowsTheFolderRules() {
        XCTAssertEqual(SourcePage.placement(ofContentPath: "index.md").url, "")
        XCTAssertEqual(SourcePage.placement(ofContentPath: "about.md").url, "about/")
        XCTAssertEqual(SourcePage.placement(ofContentPath: "track-11/index.md").url, "track-11/")
        XCTAssertEqual(SourcePage.placement(ofContentPath: "track-11/cheatsheet.md").url, "track-11/cheatsheet/")
        XCTAssertEqual(
            SourcePage.outputPath(forURL: "track-11/cheatsheet/", kind: .lesson), "track-11/cheatsheet/index.html")
        XCTAssertEqual(SourcePage.outputPath(forURL: "404/", kind: .page), "404.html")
    }

    func testFrontMatterWarnsAboutUnknownKeysWithASuggestion() throws {
        var sink = DiagnosticSink()
        let page = try XCTUnwrap(
            FrontMatter.parse("---\ntitle: T\ntitel: X\norder: 2\n---\nBody\n", file: "content/a.md", sink: &sink))
        XCTAssertEqual(page.title, "T")
        XCTAssertEqual(page.order, 2)
        XCTAssertEqual(page.bodyFirstLine, 6)
        XCTAssertEqual(page.body, "Body\n")
        XCTAssertEqual(
            sink.all.map(\.description),
            ["content/a.md:3:1: warning: unknown front matter key 'titel'; did you mean 'title'?"])
    }

    func testSiteSettingsAreReadAndCheckedWithPositions() {
        var sink = DiagnosticSink()
        let config = SiteConfig(
            yaml: "title: Course\nbase_url: https://example.org/sub\nprecision: 3\nlanguge: fr\n",
            file: "content/site.yaml", sink: &sink)
        XCTAssertEqual(config.title, "Course")
        XCTAssertEqual(config.baseURL, "https://example.org/sub/")
        XCTAssertEqual(config.basePath, "/sub/")
        XCTAssertEqual(config.precision, 3)
        XCTAssertEqual(
            sink.all.map(\.description),
            ["content/site.yaml:4:1: warning: unknown setting 'languge'; did you mean 'language'?"])
        var bad = DiagnosticSink()
        _ = SiteConfig(yaml: "precision: 40\n", file: "content/site.yaml", sink: &bad)
        XCTAssertEqual(
            bad.all.map(\.description),
            ["content/site.yaml:1:12: error: precision must be a whole number from 1 to 17"])
    }

    func testNotUTF8PointsAtTheFirstBadByte() {
        XCTAssertThrowsError(try TextDecoding.decode(Data([0x61, 0x0A, 0x62, 0x63, 0xFF]), file: "f.md")) {
            XCTAssertEqual(($0 as? Diagnostic)?.description, "f.md:2:3: error: file is not valid UTF-8")
        }
        XCTAssertEqual(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF, 0x61]), file: "f.md"), "a")
    }

    func testTypedNumbersInProseButNotInCodeNamesOrLinks() {
        let body =
            "The cost is 1 and w1 moves to -0.7.\n`=C` is 3 in `code 3`, [x](a-3.md) track-07\n```\n12\n```\nDone: 12."
        let tokens = TypedNumbers.prose(body).map { "\($0.text)@\($0.line):\($0.column)" }
        XCTAssertEqual(tokens, ["1@0:13", "−0.7@0:31", "3@1:9", "12@5:7"])
    }

    func testScannerReadsTagsAttributesLinesAndNumberText() {
        let html =
            "<p>\n<a href=\"x/#y\">x</a><data class=\"num\" value=\"3\" data-ref=\"w:C\">3</data>\n<!-- <a href=\"no\"> -->"
        let tags = HTMLScanner.tags(in: html)
        XCTAssertEqual(tags.map(\.name), ["p", "a", "data"])
        XCTAssertEqual(tags[1].attributes["href"], "x/#y")
        XCTAssertEqual(tags[1].line, 2)
        XCTAssertEqual(tags[1].column, 1)
        XCTAssertEqual(tags[2].column, 21, "after `<a href=\"x/#y\">x</a>`, 20 characters")
        XCTAssertEqual(tags[2].inner, "3")
        XCTAssertEqual(tags[2].attributes["data-ref"], "w:C")
    }

    func testLinkCheckerFindsMissingFilesAndAnchors() {
        let files: [String: [UInt8]] = [
            "index.html": Array(
                "<a href=\"a/\">a</a>\n<a href=\"a/#top\">t</a>\n<a href=\"a/#nope\">n</a>\n<a href=\"b/\">b</a>".utf8),
            "a/index.html": Array(
                "<h2 id=\"top\">Top</h2><a href=\"../\">home</a><a href=\"https://x.org/\">x</a>".utf8),
        ]
        XCTAssertEqual(
            LinkChecker.check(files, basePath: "/").map(\.description),
            [
                "site/index.html:3:1: error: broken link 'a/#nope': site/a/index.html has no id 'nope'",
                "site/index.html:4:1: error: broken link 'b/': no file site/b/index.html",
            ])
    }
}
