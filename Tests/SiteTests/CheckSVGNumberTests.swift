import TestSupport
import XCTest

/// Numbers inside SVG (graph nodes, descent charts) are written with superscript exponents;
/// `check` must read them back in that form, not the HTML `<sup>` one.
final class CheckSVGNumberTests: XCTestCase {
    func testTinyNumbersInAGraphPassCheckAfterABuild() throws {
        // a1 = 1 · 1 = 1, y = 1.00001, so C = (1 − 1.00001)² = 1e-10: displayed as 1×10⁻¹⁰ on the graph.
        let dir = try SiteFixture.make(
            SiteFixture.course.merging([
                "content/track-01/lesson.md":
                    "---\ntitle: A lesson\n---\n```{chain}\ninput: 1\nweights: [1]\ntarget: 1.00001\n```\n\n```{graph}\n```\n"
            ]) { _, new in new })
        defer { dir.remove() }
        XCTAssertEqual(runSitegen(["build"], in: dir).status, 0)
        let page = try dir.read("site/track-01/lesson/index.html")
        XCTAssertTrue(page.contains("data-ref=\"C\">1×10⁻¹⁰</tspan>"), "the graph shows C with a superscript exponent")
        let check = runSitegen(["check"], in: dir)
        XCTAssertEqual(check.status, 0, check.stderr)
    }
}
