import Foundation
import TestSupport
import XCTest

/// `sitegen check` on a fixture site first built with `sitegen build`: it passes with its summary,
/// fails with one exact line per problem after each kind of tampering, and never writes.
final class CheckTests: XCTestCase {
    var dir: TempDirectory!
    let lessonPath = "content/track-01/lesson.md"
    let builtLesson = "site/track-01/lesson/index.html"
    let builtTrack = "site/track-01/index.html"

    /// The lesson: the cheatsheet chain on lines 6–10, one computed value per line on lines 12–14
    /// (the built page keeps cmark's soft breaks, so each `<data>` lands on its own line too).
    static func lesson(typedNumber: Bool = false) -> String {
        lessonPage(
            """
            ## Worked chain

            ```{chain}
            input: 1
            weights: [2, 3, 0.5]
            target: 2
            ```

            The cost is `=C`,
            the slope is `=dC/dw1`
            and the output is `=a3`.

            """) + (typedNumber ? "\nThe last weight's slope is 12.\n" : "")
    }

    func makeBuiltSite(typedNumber: Bool = false) throws {
        dir = try SiteFixture.make(
            SiteFixture.course.merging([
                lessonPath: Self.lesson(typedNumber: typedNumber),
                "content/track-01/index.md":
                    "---\ntitle: Track one\norder: 1\n---\nSee [the chain](lesson.md#worked-chain).\n",
            ]) { _, new in new })
        let build = runSitegen(["build"], in: dir)
        XCTAssertEqual(build.status, 0, build.stderr)
    }

    override func tearDown() { dir?.remove() }

    /// Runs check and asserts that it wrote nothing anywhere in the project.
    func check(_ arguments: [String] = [], file: StaticString = #filePath, line: UInt = #line) -> CLIResult {
        let before = snapshotTree(dir)
        let result = runSitegen(["check"] + arguments, in: dir)
        XCTAssertEqual(snapshotTree(dir), before, "check wrote into the project", file: file, line: line)
        return result
    }

    func edit(_ path: String, replacing old: String, with new: String) throws {
        let text = try dir.read(path)
        XCTAssertTrue(text.contains(old), "\(path) has no '\(old)'")
        try dir.write([path: text.replacingOccurrences(of: old, with: new)])
    }

    func testPassesOnAFreshBuildWithItsSummary() throws {
        try makeBuiltSite()
        let result = check()
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.diagnostics, [])
        // Pages: home, track, lesson and 404. One chain; three <data> numbers (=C, =dC/dw1, =a3);
        // three parameters (w1, w2, w3) checked against finite differences.
        XCTAssertEqual(result.stdout, "check passed: 4 pages, 1 chain, 3 numbers verified, 3 gradients checked\n")
    }

    func testTamperedNumberNamesTheFileAndTheRef() throws {
        try makeBuiltSite()
        try edit(
            builtLesson, replacing: "<data class=\"num\" value=\"3\" data-ref=\"a3\">3</data>",
            with: "<data class=\"num\" value=\"4\" data-ref=\"a3\">4</data>")
        let line = tagPosition(of: "data-ref=\"a3\"", in: try dir.read(builtLesson))
        let result = check()
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(
            result.diagnostics,
            [
                "\(builtLesson):1:1: error: stale: differs from a fresh build; run 'sitegen build'",
                "\(builtLesson):\(line): error: published number a3 has value 4 but the engine computes 3",
            ])
        XCTAssertFalse(result.stdout.contains("check passed"))
    }

    func testTamperedDisplayTextAloneIsCaughtToo() throws {
        try makeBuiltSite()
        try edit(builtLesson, replacing: "data-ref=\"dC/dw1\">3</data>", with: "data-ref=\"dC/dw1\">3.0</data>")
        let line = tagPosition(of: "data-ref=\"dC/dw1\"", in: try dir.read(builtLesson))
        XCTAssertEqual(
            check().diagnostics,
            [
                "\(builtLesson):1:1: error: stale: differs from a fresh build; run 'sitegen build'",
                "\(builtLesson):\(line): error: published number dC/dw1 shows '3.0' but the engine's value displays as '3'",
            ])
    }

    func testWeightEditedWithoutRebuildingListsStaleFilesAndWrongNumbers() throws {
        try makeBuiltSite()
        try edit(lessonPath, replacing: "weights: [2, 3, 0.5]", with: "weights: [2, 3, 1]")
        // Now a3 = 1 · 2 · 3 · 1 = 6, C = (6 − 2)² = 16, dC/dw1 = 2(a3 − y) · w3 · w2 · a0 = 8 · 1 · 3 · 1 = 24.
        let html = try dir.read(builtLesson)
        func at(_ ref: String) -> String { "\(builtLesson):\(tagPosition(of: "data-ref=\"\(ref)\"", in: html))" }
        let result = check()
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(
            result.diagnostics,
            [
                "\(builtLesson):1:1: error: stale: differs from a fresh build; run 'sitegen build'",
                "\(at("C")): error: published number C has value 1 but the engine computes 16",
                "\(at("dC/dw1")): error: published number dC/dw1 has value 3 but the engine computes 24",
                "\(at("a3")): error: published number a3 has value 3 but the engine computes 6",
            ])
        // After a build, the site is current again.
        XCTAssertEqual(runSitegen(["build"], in: dir).status, 0)
        XCTAssertEqual(check().status, 0)
    }

    func testFileMissingFromSiteIsStale() throws {
        try makeBuiltSite()
        try FileManager.default.removeItem(atPath: dir.path("site/sitemap.xml"))
        XCTAssertEqual(
            check().diagnostics, ["site/sitemap.xml:1:1: error: stale: missing from site/; run 'sitegen build'"])
    }

    func testExtraFileInSiteIsStale() throws {
        try makeBuiltSite()
        try dir.write(["site/old/index.html": "<p>left over</p>\n"])
        XCTAssertEqual(
            check().diagnostics,
            [
                "site/old/index.html:1:1: error: stale: not produced by a fresh build; run 'sitegen build'"
            ])
    }

    func testWrongExpectIsReportedAtItsEntry() throws {
        try makeBuiltSite()
        // The entry goes on line 11; dC/dw1 = 2 · 0.5 · 3 · 1 = 3.
        try edit(lessonPath, replacing: "target: 2\n", with: "target: 2\nexpect:\n  dC/dw1: 4\n")
        let result = check()
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.diagnostics, ["\(lessonPath):11:3: error: expected dC/dw1 = 4 but the chain computes 3"])
    }

    func testBrokenAnchorInSite() throws {
        try makeBuiltSite()
        try edit(builtTrack, replacing: "href=\"lesson/#worked-chain\"", with: "href=\"lesson/#worked-chian\"")
        let line = tagPosition(of: "#worked-chian", in: try dir.read(builtTrack))
        let result = check()
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(
            result.diagnostics,
            [
                "\(builtTrack):1:1: error: stale: differs from a fresh build; run 'sitegen build'",
                "\(builtTrack):\(line): error: broken link 'lesson/#worked-chian': \(builtLesson) has no id 'worked-chian'",
            ])
    }

    func testTypedNumberIsAWarningUnlessStrict() throws {
        try makeBuiltSite(typedNumber: true)
        // Line 16, and "The last weight's slope is " is 27 characters; 12 is dC/dw3 = 2(a3 − y) · a2 = 2 · 6,
        // and no other quantity of the chain shows as 12.
        let warning =
            "\(lessonPath):16:28: warning: typed number '12' equals the computed dC/dw3; "
            + "write `=dC/dw3` so it stays current"
        let relaxed = check()
        XCTAssertEqual(relaxed.status, 0, relaxed.stderr)
        XCTAssertEqual(relaxed.diagnostics, [warning])
        XCTAssertEqual(relaxed.stdout, "check passed: 4 pages, 1 chain, 3 numbers verified, 3 gradients checked\n")

        let strict = check(["--strict"])
        XCTAssertEqual(strict.status, 1)
        XCTAssertEqual(strict.diagnostics, [warning.replacingOccurrences(of: ": warning: ", with: ": error: ")])
    }

    func testTypedNumbersIgnoreListMarkersAndIndentedCodeButNotTablesOrProse() throws {
        try makeBuiltSite()
        try dir.write([
            lessonPath: lessonPage(
                """
                ## Worked chain

                ```{chain}
                input: 1
                weights: [2, 3, 0.5]
                target: 2
                ```

                Code:

                    y = 12 * x

                1. First
                2. Second

                | a | 6 |
                |---|---|
                | b | 3 |

                And 6 apples.

                """)
        ])
        XCTAssertEqual(runSitegen(["build"], in: dir).status, 0)
        // 6 shows a2 (and da3/dw3), 3 shows a3 (and w2, dC/dw1...): the first name in sorted order is named.
        // "1." and "2." are list markers (1 = C, 2 = a1 would match) and 12 is code: no warnings for them.
        XCTAssertEqual(
            check().diagnostics,
            [
                "\(lessonPath):19:7: warning: typed number '6' equals the computed a2; write `=a2` so it stays current",
                "\(lessonPath):21:7: warning: typed number '3' equals the computed a3; write `=a3` so it stays current",
                "\(lessonPath):23:5: warning: typed number '6' equals the computed a2; write `=a2` so it stays current",
            ])
    }

    func testGradientThatFailsTheFiniteDifferenceCheck() throws {
        // At z1 = 0 ReLU has a kink: the backward sweep uses slope 0 there, while the central difference
        // sees C(h) = (h − 1)² and C(−h) = 1, so (C(h) − C(−h)) / 2h = (h − 2) / 2 ≈ −0.9999995 for h = 1e-6.
        try makeBuiltSite()
        try dir.write([
            lessonPath: lessonPage(
                "## Worked chain\n\n```{chain}\ninput: 1\nlayers:\n  - {w: 0, activation: relu}\n  - {w: 1}\ntarget: 1\n```\n"
            )
        ])
        XCTAssertEqual(runSitegen(["build"], in: dir).status, 0)
        let result = check()
        XCTAssertEqual(result.status, 1)
        let prefix = "\(lessonPath):6:1: error: gradient dC/dw1 = 0 disagrees with the central finite difference "
        XCTAssertEqual(result.diagnostics.count, 1, result.stderr)
        let line = result.diagnostics.first ?? ""
        XCTAssertTrue(line.hasPrefix(prefix), line)
        let fd = Double(line.dropFirst(prefix.count)) ?? .nan
        XCTAssertEqual(fd, -0.9999995, accuracy: 1e-9)
    }

    func testCheckWithoutABuiltSiteListsEveryFileAsMissing() throws {
        try makeBuiltSite()
        try FileManager.default.removeItem(atPath: dir.path("site"))
        let result = check()
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.diagnostics.filter { $0.contains("stale: missing from site/") }.count, 6)
        XCTAssertEqual(result.diagnostics.count, 6, result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path("site")))
    }
}
