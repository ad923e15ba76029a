import Foundation
import TestSupport
import XCTest

/// The repository's own course: every page builds, every link and anchor resolves, every page has the
/// accessibility basics, and the committed `site/` is what a fresh build gives. Works on copies only.
final class RealProjectTests: XCTestCase {
    func testEveryPageBuildsWithResolvingLinksAndTheBasics() throws {
        let dir = try copyOfRepository(["content", "templates"])
        defer { dir.remove() }
        let build = runSitegen(["build"], in: dir)
        XCTAssertEqual(build.status, 0, build.stderr)
        // Warnings are allowed (the lessons show a learning rate that is too large on purpose); errors are not.
        XCTAssertEqual(build.diagnostics.filter { $0.contains(": error: ") }, [])

        // The build checks links while building; check reads the written site back and checks them again.
        let check = runSitegen(["check"], in: dir)
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(check.stdout.hasPrefix("check passed: "), check.stdout)

        let site = dir.url.appendingPathComponent("site")
        let pages = snapshotFolder(site).keys.filter { $0.hasSuffix(".html") }.sorted()
        XCTAssertTrue(pages.contains("/track-11/cheatsheet/index.html"), "\(pages)")
        XCTAssertTrue(pages.contains("/404.html"))
        for page in pages {
            let html = try String(contentsOf: site.appendingPathComponent(page), encoding: .utf8)
            assertBasics(html, page: page)
        }
    }

    func testCommittedSiteIsCurrent() throws {
        let dir = try copyOfRepository(["content", "templates", "site"])
        defer { dir.remove() }
        let check = runSitegen(["check"], in: dir)
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertEqual(check.diagnostics.filter { $0.contains(": error: ") }, [])
    }

    /// `lang`, a non-empty `<title>`, the skip link as the first focusable element, `<main>`, and an id
    /// on every h2–h4.
    func assertBasics(_ html: String, page: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(html.contains("<html lang=\"en\">"), page, file: file, line: line)
        XCTAssertNil(html.range(of: "<title></title>"), page, file: file, line: line)
        XCTAssertTrue(html.contains("<title>"), page, file: file, line: line)
        XCTAssertTrue(html.contains("<main id=\"main-content\""), page, file: file, line: line)
        guard let body = html.range(of: "<body>") else {
            return XCTFail("no <body> in \(page)", file: file, line: line)
        }
        let rest = html[body.upperBound...]
        let firstFocusable = ["<a ", "<button", "<input", "<select", "<textarea", "tabindex=\"0\""]
            .compactMap { rest.range(of: $0)?.lowerBound }.min()
        let skip = rest.range(of: "<a class=\"sg-skip-link\" href=\"#main-content\">Skip to content</a>")
        XCTAssertNotNil(skip, page, file: file, line: line)
        XCTAssertEqual(firstFocusable, skip?.lowerBound, page, file: file, line: line)
        for level in 2...4 {
            for piece in html.components(separatedBy: "<h\(level)").dropFirst() {
                let tag = piece.prefix { $0 != ">" }
                guard tag.isEmpty || tag.first == " " else { continue }  // <h2x...> is another tag
                XCTAssertTrue(
                    tag.contains(" id=\""), "h\(level) without id in \(page): <h\(level)\(tag)>",
                    file: file, line: line)
            }
        }
    }
}
