import Foundation
import TestSupport
import XCTest

/// `sitegen build` on the whole fixture course (`CourseFixture`): the files it writes and the exact HTML
/// of the parts that matter, each reasoned from the fixture's text and the templates.
final class SiteBuildTests: XCTestCase {
    var dir: TempDirectory!

    override func setUpWithError() throws {
        dir = try CourseFixture.make()
        let result = runSitegen(["build"], in: dir)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.diagnostics, [])
    }

    override func tearDown() { dir?.remove() }

    func page(_ path: String) throws -> String { try dir.read("site/" + path) }

    func testWritesOnePagePerSourceAndTheSiteFiles() throws {
        let files = snapshotFolder(dir.url.appendingPathComponent("site")).keys.sorted()
        XCTAssertEqual(
            files,
            [
                "/404.html", "/assets/style.css", "/basics/index.html", "/basics/worked/index.html",
                "/descent/diagram.svg", "/descent/index.html", "/descent/notes/index.html",
                "/descent/rates/index.html", "/descent/steps/index.html", "/index.html", "/sitemap.xml",
            ])
    }

    func testSummaryLineCountsPagesChainsAndFiles() throws {
        // 7 pages + 404 = 8 pages; 8 HTML files + sitemap + style.css + diagram.svg = 11 files.
        let result = runSitegen(["build"], in: dir)
        XCTAssertTrue(result.stdout.hasPrefix("built 8 pages, 1 chain, 11 files into site/ in "), result.stdout)
    }

    /// The whole lesson page, reviewed line by line against the templates and the Markdown.
    func testLessonPageSnapshot() throws {
        assertSnapshot(try page("descent/steps/index.html"), named: "course-descent-steps.html")
    }

    func testLanguageAndTitle() throws {
        let html = try page("descent/steps/index.html")
        XCTAssertTrue(html.contains("<html lang=\"de\">"))
        XCTAssertTrue(html.contains("<head><title>First steps · Fixture Course</title></head>"))
        // The home page's layout gives the site's title alone.
        XCTAssertTrue(try page("index.html").contains("<title>Fixture Course</title>"))
    }

    func testSkipLinkIsTheFirstFocusableElementOnEveryPage() throws {
        for path in [
            "index.html", "404.html", "descent/index.html", "descent/steps/index.html",
            "basics/worked/index.html",
        ] {
            let html = try page(path)
            let focusable = ["<a ", "<button", "<input", "<select", "<textarea", "tabindex="]
                .compactMap { html.range(of: $0)?.lowerBound }.min()
            let skip = html.range(of: "<a href=\"#main\">Skip to content</a>")
            XCTAssertNotNil(skip, path)
            XCTAssertEqual(focusable, skip?.lowerBound, path)
            XCTAssertTrue(html.contains("<main id=\"main\">"), path)
        }
    }

    func testSidebarMarksTheCurrentLessonWithRelativeLinks() throws {
        let html = try page("descent/steps/index.html")
        XCTAssertTrue(
            html.contains(
                "<nav aria-label=\"Course\"><a href=\"../\">Descent</a> <a href=\"./\" aria-current=\"page\">First steps</a>"
                    + " <a href=\"../rates/\">Rates</a> <a href=\"../notes/\">Notes</a>\n"
                    + "<a href=\"../../basics/\">Basics</a> <a href=\"../../basics/worked/\">Worked chain</a>\n</nav>"),
            html)
        XCTAssertEqual(html.components(separatedBy: "aria-current").count - 1, 1)
        let track = try page("descent/index.html")
        XCTAssertTrue(
            track.contains("<a href=\"./\" aria-current=\"page\">Descent</a> <a href=\"steps/\">First steps</a>"))
        XCTAssertEqual(track.components(separatedBy: "aria-current").count - 1, 1)
    }

    func testReadingOrderIsOrderThenFileName() throws {
        // `descent` (order 1) before `basics` (order 2); in `descent`, steps (1), rates (2), then notes (none).
        let home = try page("index.html")
        XCTAssertTrue(
            home.contains("<ul><li><a href=\"descent/\">Descent</a></li><li><a href=\"basics/\">Basics</a></li></ul>"))
        let track = try page("descent/index.html")
        XCTAssertTrue(
            track.contains(
                "<ul><li><a href=\"steps/\">First steps</a></li><li><a href=\"rates/\">Rates</a></li>"
                    + "<li><a href=\"notes/\">Notes</a></li></ul>"))
    }

    func testPreviousAndNextFollowReadingOrderAcrossTracks() throws {
        XCTAssertTrue(
            try page("descent/steps/index.html").contains(
                "<a rel=\"prev\" href=\"../\">Descent</a><a rel=\"next\" href=\"../rates/\">Rates</a></main>"))
        // The last lesson of the first track leads to the next track, which leads back to it.
        XCTAssertTrue(
            try page("descent/notes/index.html").contains(
                "<a rel=\"prev\" href=\"../rates/\">Rates</a><a rel=\"next\" href=\"../../basics/\">Basics</a></main>"))
        XCTAssertTrue(
            try page("basics/index.html").contains(
                "<a rel=\"prev\" href=\"../descent/notes/\">Notes</a><a rel=\"next\" href=\"worked/\">Worked chain</a></main>"
            ))
        // The last page has no next link.
        XCTAssertTrue(try page("basics/worked/index.html").contains("<a rel=\"prev\" href=\"../\">Basics</a></main>"))
    }

    func testHeadingsGetIdsAndStarlightAnchorLinks() throws {
        let html = try page("descent/steps/index.html")
        let open =
            "<div class=\"sl-heading-wrapper level-h2\"><h2 id=\"first-step\">First step</h2>"
            + "<a class=\"sl-anchor-link\" href=\"#first-step\"><span aria-hidden=\"true\" class=\"sl-anchor-icon\"><svg "
        let close = "</svg></span><span class=\"sr-only\">Section titled “First step”</span></a></div>\n"
        XCTAssertTrue(html.contains(open))
        XCTAssertTrue(html.contains(close))
        // The second "First step" gets a deduplicated id, and h3 gets the same markup.
        XCTAssertTrue(
            html.contains("<h2 id=\"first-step-1\">First step</h2><a class=\"sl-anchor-link\" href=\"#first-step-1\">"))
        XCTAssertTrue(html.contains("<div class=\"sl-heading-wrapper level-h3\"><h3 id=\"a-detail\">A detail</h3>"))
        XCTAssertTrue(html.contains("<span class=\"sr-only\">Section titled “A detail”</span>"))
        XCTAssertTrue(
            html.contains(
                "<nav aria-label=\"On this page\"><a href=\"#first-step\">First step</a> <a href=\"#a-detail\">A detail</a>"
                    + " <a href=\"#first-step-1\">First step</a> </nav>"))
    }

    func testMarkdownLinksAreRewrittenToRelativePageURLs() throws {
        let html = try page("descent/steps/index.html")
        XCTAssertTrue(
            html.contains(
                "<p>Read <a href=\"../rates/\">the rates</a>, then <a href=\"../../basics/worked/#the-chain\">the worked chain</a>,\n"
                    + "and look at <a href=\"../diagram.svg\">the diagram</a>.</p>"))
        XCTAssertTrue(html.contains("go <a href=\"#first-step\">back up</a>."))
        XCTAssertTrue(
            try page("descent/rates/index.html").contains("<a href=\"../steps/#first-step\">the first step</a>"))
        XCTAssertTrue(try page("index.html").contains("<a href=\"descent/steps/\">the first steps</a>"))
        XCTAssertTrue(try page("basics/worked/index.html").contains("<a href=\"../../descent/\">descent</a>"))
    }

    func testComputedNumbersInProse() throws {
        XCTAssertTrue(
            try page("descent/steps/index.html").contains(
                "<p>The cost is <data class=\"num\" value=\"1\" data-ref=\"C\">1</data> and its slope with respect to w1 is "
                    + "<data class=\"num\" value=\"3\" data-ref=\"dC/dw1\">3</data>.</p>"))
    }

    func testSitemapHasAbsoluteURLsFromBaseURLInReadingOrder() throws {
        XCTAssertEqual(
            try page("sitemap.xml"),
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://example.org/course/</loc></url>
              <url><loc>https://example.org/course/descent/</loc></url>
              <url><loc>https://example.org/course/descent/steps/</loc></url>
              <url><loc>https://example.org/course/descent/rates/</loc></url>
              <url><loc>https://example.org/course/descent/notes/</loc></url>
              <url><loc>https://example.org/course/basics/</loc></url>
              <url><loc>https://example.org/course/basics/worked/</loc></url>
            </urlset>

            """)
    }

    func testNotFoundPageLinksFromTheBasePath() throws {
        // 404.html is served at any path, so its links start at base_url's path, /course/.
        let html = try page("404.html")
        XCTAssertTrue(html.contains("<title>Page not found · Fixture Course</title>"))
        XCTAssertTrue(
            html.contains(
                "<nav aria-label=\"Course\"><a href=\"/course/descent/\">Descent</a> <a href=\"/course/descent/steps/\">First steps</a>"
                    + " <a href=\"/course/descent/rates/\">Rates</a> <a href=\"/course/descent/notes/\">Notes</a>\n"
                    + "<a href=\"/course/basics/\">Basics</a> <a href=\"/course/basics/worked/\">Worked chain</a>\n</nav>"
            ))
        XCTAssertTrue(html.contains("<h1>Page not found</h1><a href=\"/course/\">Home</a>"))
        XCTAssertFalse(html.contains("aria-current"))
    }

    func testAssetsAndContentFilesAreCopiedAsTheyAre() throws {
        XCTAssertEqual(try page("assets/style.css"), "body { margin: 0 }\n")
        XCTAssertEqual(try page("descent/diagram.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
    }

    func testDraftsAreSkippedUnlessAsked() throws {
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path("site/descent/later")))
        XCTAssertFalse(try page("descent/steps/index.html").contains("Later"))
        XCTAssertFalse(try page("sitemap.xml").contains("later"))

        let result = runSitegen(["build", "--drafts"], in: dir)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(try page("descent/later/index.html").contains("<p>Not ready yet.</p>"))
        // Without an `order`, "later" sorts by file name: before "notes", after the ordered lessons.
        XCTAssertTrue(
            try page("descent/steps/index.html").contains(
                "<a href=\"../rates/\">Rates</a> <a href=\"../later/\">Later</a> <a href=\"../notes/\">Notes</a>"))
    }

    func testRawHTMLIsFilteredInSafeMode() throws {
        XCTAssertTrue(
            try page("descent/steps/index.html").contains(
                "<p>Inline <!-- raw HTML omitted -->bold<!-- raw HTML omitted --> HTML is filtered.</p>"))
    }

    func testRawHTMLIsKeptWithRawHTMLTrueButTagfilterStillApplies() throws {
        try dir.write([
            "content/site.yaml": "title: Fixture Course\nbase_url: https://example.org/course/\nraw_html: true\n",
            "content/descent/notes.md": "---\ntitle: Notes\n---\nInline <b>bold</b> and <script>alert(1)</script>.\n",
        ])
        let result = runSitegen(["build"], in: dir)
        XCTAssertEqual(result.status, 0, result.stderr)
        // GFM's tagfilter extension disarms <script> even when raw HTML is allowed.
        XCTAssertTrue(
            try page("descent/notes/index.html").contains(
                "<p>Inline <b>bold</b> and &lt;script>alert(1)&lt;/script>.</p>"))
    }

    func testTwoBuildsAreByteIdentical() throws {
        let first = snapshotFolder(dir.url.appendingPathComponent("site"))
        XCTAssertEqual(runSitegen(["build"], in: dir).status, 0)
        XCTAssertEqual(snapshotFolder(dir.url.appendingPathComponent("site")), first)
        // A build of the same text in another folder is identical too: no absolute paths leak in.
        let other = try CourseFixture.make()
        defer { other.remove() }
        XCTAssertEqual(runSitegen(["build"], in: other).status, 0)
        XCTAssertEqual(snapshotFolder(other.url.appendingPathComponent("site")), first)
    }
}
