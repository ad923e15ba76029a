import Foundation
import TestSupport
import XCTest

/// cmark percent-encodes link destinations (`é` → `%C3%A9`, space → `%20`); the built site's link check
/// must decode them before it looks for the file or the id.
final class LinkEncodingTests: XCTestCase {
    func testPercentEncodedAnchorsAndFileNamesResolve() throws {
        let dir = try SiteFixture.make(
            SiteFixture.course.merging([
                "content/track-01/lesson.md": """
                ---
                title: A lesson
                ---
                ## Émile’s step

                Jump [back](#émiles-step), see [the figure](<my figure.svg>) or [Émile](lesson.md#émiles-step).

                """,
                "content/track-01/my figure.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
                "content/track-01/index.md": "---\ntitle: Track one\n---\nMeet [Émile](lesson.md#%C3%A9miles-step).\n",
            ]) { _, new in new })
        defer { dir.remove() }
        let build = runSitegen(["build"], in: dir)
        XCTAssertEqual(build.status, 0, build.stderr)
        let html = try dir.read("site/track-01/lesson/index.html")
        XCTAssertTrue(html.contains("<h2 id=\"émiles-step\">Émile’s step</h2>"))
        XCTAssertTrue(
            html.contains(
                "<p>Jump <a href=\"#%C3%A9miles-step\">back</a>, see <a href=\"../my%20figure.svg\">the figure</a>"
                    + " or <a href=\"./#%C3%A9miles-step\">Émile</a>.</p>"), html)
        XCTAssertTrue(
            try dir.read("site/track-01/index.html").contains("<a href=\"lesson/#%C3%A9miles-step\">Émile</a>"))
        XCTAssertEqual(runSitegen(["check"], in: dir).status, 0)
    }

    func testPercentEncodedBrokenAnchorIsStillReported() throws {
        let dir = try SiteFixture.make(
            SiteFixture.course.merging([
                "content/track-01/lesson.md": "---\ntitle: A lesson\n---\n## Émile’s step\n\nText.\n"
            ]) { _, new in new })
        defer { dir.remove() }
        XCTAssertEqual(runSitegen(["build"], in: dir).status, 0)
        let path = "site/track-01/index.html"
        let html = try dir.read(path)
        try dir.write([
            path: html.replacingOccurrences(of: "<li><a href=\"lesson/\">", with: "<li><a href=\"lesson/#%C3%A9mile\">")
        ])
        let line = tagPosition(of: "#%C3%A9mile", in: try dir.read(path))
        XCTAssertEqual(
            runSitegen(["check"], in: dir).diagnostics,
            [
                "\(path):1:1: error: stale: differs from a fresh build; run 'sitegen build'",
                "\(path):\(line): error: broken link 'lesson/#%C3%A9mile': site/track-01/lesson/index.html has no id 'émile'",
            ])
    }
}
