import Foundation
import TestSupport
import XCTest

/// `content/404.md`, when an author writes one, becomes `site/404.html`. That page is served at any
/// missing path, so its links must start at base_url's path (`/course/`), like the template's own links.
final class NotFoundPageTests: XCTestCase {
    static let files: [String: String] = [
        "content/404.md": """
        ---
        title: Lost
        ---
        Try [the chain](track-01/lesson.md#worked-chain) or [home](index.md).

        ```{chain}
        input: 1
        weights: [2]
        target: 1
        ```

        Even here the cost is `=C`.

        """,
        "templates/404.html": "{{<base}}{{$main}}<h1>{{page.title}}</h1>\n{{{page.content}}}{{/main}}{{/base}}\n",
    ]

    func testLinksStartAtTheBasePathAndCheckPasses() throws {
        let dir = try SiteFixture.make(SiteFixture.course.merging(Self.files) { _, new in new })
        defer { dir.remove() }
        let build = runSitegen(["build"], in: dir)
        XCTAssertEqual(build.status, 0, build.stderr)
        let html = try dir.read("site/404.html")
        XCTAssertTrue(
            html.contains(
                "<p>Try <a href=\"/course/track-01/lesson/#worked-chain\">the chain</a> or <a href=\"/course/\">home</a>.</p>"
            ),
            html)
        // C = (2 · 1 − 1)² = 1.
        XCTAssertTrue(
            html.contains("<p>Even here the cost is <data class=\"num\" value=\"1\" data-ref=\"C\">1</data>.</p>"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path("site/404")))
        XCTAssertFalse(try dir.read("site/sitemap.xml").contains("404"))

        // Pages: home, track, lesson, 404; chains: the lesson's and this one; numbers: =C, =dC/dw1 and =C;
        // gradients: w1, w2, w3 and this chain's w1.
        let check = runSitegen(["check"], in: dir)
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertEqual(check.stdout, "check passed: 4 pages, 2 chains, 3 numbers verified, 4 gradients checked\n")
    }

    func testTamperedNumberOnTheNotFoundPageIsNamed() throws {
        let dir = try SiteFixture.make(SiteFixture.course.merging(Self.files) { _, new in new })
        defer { dir.remove() }
        XCTAssertEqual(runSitegen(["build"], in: dir).status, 0)
        let html = try dir.read("site/404.html")
        try dir.write([
            "site/404.html": html.replacingOccurrences(
                of: "value=\"1\" data-ref=\"C\">1<", with: "value=\"2\" data-ref=\"C\">2<")
        ])
        let line = tagPosition(of: "data-ref=\"C\"", in: html)
        XCTAssertEqual(
            runSitegen(["check"], in: dir).diagnostics,
            [
                "site/404.html:1:1: error: stale: differs from a fresh build; run 'sitegen build'",
                "site/404.html:\(line): error: published number C has value 2 but the engine computes 1",
            ])
    }
}
