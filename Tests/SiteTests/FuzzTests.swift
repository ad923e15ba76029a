import Foundation
import TestSupport
import XCTest

/// Whole `sitegen build` runs on seeded mutants of a small course: every run ends with well-formed
/// diagnostics inside the files they name, exit status 1 exactly when there is an error, and a failed
/// build leaves the previous site/ byte for byte as it was.
final class FuzzTests: XCTestCase {
    static let lesson = """
        ---
        title: "The chain rule"
        description: Rates multiply.
        order: 2
        ---
        ## Worked chain

        ```{chain} worked
        input: 1
        weights: [2, 3, 0.5]
        target: 2
        learning_rate: 0.01
        steps: 2
        expect:
          dC/dw1: 3
        meanings:
          dC/da3: "The output's **desire**."
        ```

        The cost is `=worked:C`, its slope `=worked:dC/dw1`, and after one step `=worked:w1_new`.

        ```{forward} worked
        ```

        ```{factors} worked dC/dw1
        ```

        ```{gradients} worked
        ```

        ```{descent} worked
        ```

        ```{graph} worked
        ```

        | quantity | value |
        |---|---|
        | C after two steps | `=worked:C@2` |

        1. A list item with its own chain:

           ```{chain} inner
           input: [1, 2]
           layers:
             - w: [0.5, -0.5]
               activation: sigmoid
           target: 1
           ```

        See [the home page](../index.md) and [the slope](#worked-chain). `=inner:a1`

        """

    static let tokens = [
        "```", "```{chain}\n", "```{factors} ", "```{forward} nope\n", "```{graph} inner\n", "`=", "`=C`",
        "`=worked:dC/dw9`", "`=inner:`", "`=worked:w1@99`", "[x](", "](missing.md)", "(#nowhere)", "<script>",
        "## ", "* ", "_", "~~", "|", "---\n", "title: ", "draft: true\n", "order: x\n", "\n    ", "www.a_",
    ]

    func testMutatedLessonsBuildOrFailCleanly() throws {
        let dir = try SiteFixture.make(SiteFixture.course.merging(["content/track-01/lesson.md": Self.lesson]) { $1 })
        defer { dir.remove() }
        let valid = runSitegen(["build"], in: dir)
        XCTAssertEqual(valid.status, 0, valid.stderr)
        XCTAssertEqual(valid.diagnostics, [])

        var mutator = Mutator(seed: 0x517E_0001, tokens: Self.tokens)
        var failed = 0, built = 0
        for k in 0..<60 * Mutator.scale {
            let mutant = mutator.mutate(Self.lesson, maximum: 3)
            // Every tenth case also breaks the UTF-8, which only a byte-level mutation can do.
            var bytes = Array(mutant.utf8)
            if k % 10 == 9 { bytes.insert(0xFF, at: mutator.below(bytes.count + 1)) }
            let ok = try build(bytes, as: "content/track-01/lesson.md", in: dir, label: "lesson case \(k)")
            if ok { built += 1 } else { failed += 1 }
        }
        XCTAssertGreaterThan(failed, 0)
        XCTAssertGreaterThan(built, 0)
    }

    func testMutatedSettingsTracksAndTemplatesBuildOrFailCleanly() throws {
        let dir = try SiteFixture.make(SiteFixture.course)
        defer { dir.remove() }
        XCTAssertEqual(runSitegen(["build"], in: dir).status, 0)
        let files = SiteFixture.templates.merging(SiteFixture.course) { $1 }
        let targets = [
            "content/site.yaml", "content/track-01/index.md", "templates/page.html",
            "templates/partials/sidebar.html",
        ]
        var mutator = Mutator(seed: 0x517E_0002, tokens: Self.tokens + ["{{", "}}", "{{#nav}}", "{{>sidebar}}"])
        for k in 0..<40 * Mutator.scale {
            let path = targets[k % targets.count]
            let mutant = mutator.mutate(files[path] ?? "", maximum: 3)
            _ = try build(Array(mutant.utf8), as: path, in: dir, label: "\(path) case \(k)")
            try dir.write([path: files[path] ?? ""])  // one broken file at a time
        }
    }

    /// A few mutants of the flagship page in a copy of the real project (its builds are the slowest).
    func testMutatedRealCheatsheetBuildsOrFailsCleanly() throws {
        let dir = try copyOfRepository(["content", "templates"])
        defer { dir.remove() }
        XCTAssertEqual(runSitegen(["build"], in: dir).status, 0)
        let path = "content/track-11/cheatsheet.md"
        let page = try dir.read(path)
        var mutator = Mutator(seed: 0x517E_0003, tokens: Self.tokens)
        for k in 0..<12 * Mutator.scale {
            let mutant = Array(mutator.mutate(page, maximum: 4).utf8)
            _ = try build(mutant, as: path, in: dir, label: "cheatsheet case \(k)")
        }
    }

    // Found by the fuzzer: a key, link or name with a line break in it was printed as it is, so one
    // diagnostic became two lines that no longer start with path:line:col.
    func testEveryDiagnosticPrintsOnOneLine() throws {
        let dir = try SiteFixture.make(
            SiteFixture.course.merging([
                "content/track-01/lesson.md": "---\ntitle: L\n\"tit\\nle\\u0000\": 2\n---\nBody\n"
            ]) { $1 })
        defer { dir.remove() }
        let result = runSitegen(["build"], in: dir)
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(
            result.diagnostics,
            [
                "content/track-01/lesson.md:3:1: warning: unknown front matter key 'tit\\nle\\u{0}'; did you mean 'title'?"
            ])
    }

    // Found by the fuzzer (SITEGEN_FUZZ_SCALE=40): cmark-gfm and libyaml end a line at a lone carriage return,
    // but the front matter split and the UTF-8 check counted only line feeds, so later positions were a line
    // too high.
    func testALoneCarriageReturnCountsAsALineEverywhere() throws {
        let dir = try SiteFixture.make(
            SiteFixture.course.merging([
                "content/track-01/lesson.md": "---\ntitle: \"T\rhe lesson\"\n---\nSee [x](missing.md).\n"
            ]) { $1 })
        defer { dir.remove() }
        XCTAssertEqual(
            runSitegen(["build"], in: dir).diagnostics,
            [
                "content/track-01/lesson.md:5:5: error: link to missing page 'missing.md'"
            ])
        let bytes = Array("---\ntitle: L\n---\nab\rc".utf8) + [0xFF, 0x0A]
        try Data(bytes).write(to: dir.url.appendingPathComponent("content/track-01/lesson.md"))
        XCTAssertEqual(
            runSitegen(["build"], in: dir).diagnostics,
            [
                "content/track-01/lesson.md:5:2: error: file is not valid UTF-8"
            ])
    }

    // Found while probing hostile values: an order too big for a double was "must be a number, found a number".
    func testAnOrderBeyondTheDoublesSaysFinite() throws {
        let dir = try SiteFixture.make(
            SiteFixture.course.merging([
                "content/track-01/lesson.md": "---\ntitle: L\norder: 1e400\n---\nBody\n"
            ]) { $1 })
        defer { dir.remove() }
        XCTAssertEqual(
            runSitegen(["build"], in: dir).diagnostics,
            [
                "content/track-01/lesson.md:3:8: error: order must be a finite number, found '1e400'"
            ])
    }

    // Found while probing: on a page whose only chain has no id, a wrong id got "name one of: " (an empty list)
    // and "did you mean ''?".
    func testAWrongIdOnAPageWhoseChainHasNoIdSaysToLeaveItOut() throws {
        let lesson =
            "---\ntitle: L\n---\n```{chain}\ninput: 1\nweights: [1]\ntarget: 0\n```\n\n"
            + "```{forward} wroked\n```\n\n"
            + "```{factors} x dC/dw1\n```\n\nSee `=no:C`.\n"
        let dir = try SiteFixture.make(SiteFixture.course.merging(["content/track-01/lesson.md": lesson]) { $1 })
        defer { dir.remove() }
        XCTAssertEqual(
            runSitegen(["build"], in: dir).diagnostics,
            [
                "content/track-01/lesson.md:10:1: error: no chain 'wroked' on this page for {forward}; "
                    + "the page's chain has no id, so leave it out",
                "content/track-01/lesson.md:13:1: error: no chain 'x' on this page for {factors}; "
                    + "the page's chain has no id, so leave it out",
                "content/track-01/lesson.md:16:7: error: no chain 'no' on this page; "
                    + "the page's chain has no id, so write `=C`",
            ])
    }

    /// Writes `bytes` to `path`, builds, and checks the run; true when it built.
    private func build(_ bytes: [UInt8], as path: String, in dir: TempDirectory, label: String) throws -> Bool {
        try Data(bytes).write(to: dir.url.appendingPathComponent(path))
        let site = dir.url.appendingPathComponent("site")
        let before = snapshotFolder(site)
        let result = runSitegen(["build"], in: dir)
        let sources = projectTexts(dir)
        let context = "\(label)\n\(Mutator.literal(String(decoding: bytes, as: UTF8.self)))\n\(result.stderr)"
        var errors = 0
        for line in result.stderr.split(separator: "\n").map(String.init) {
            if line.hasPrefix("build failed: ") {
                XCTAssertEqual(result.status, 1, context)
                continue
            }
            // Links that only templates wrote are checked in the built pages, so they name those (known limitation).
            let linkCheck = line.contains(": error: broken link '") || line.contains(" points outside the site")
            if line.hasPrefix("site/"), linkCheck {
                errors += 1
                continue
            }
            if let problem = DiagnosticOracle.problem(with: line, files: sources) {
                XCTFail("\(problem): \(line)\n\(context)")
            }
            if line.contains(": error: ") { errors += 1 }
        }
        XCTAssertEqual(result.status, errors > 0 ? 1 : 0, "exit status 1 exactly when an error is printed\n\(context)")
        if result.status != 0 {
            let count = errors == 1 ? "1 error" : "\(errors) errors"
            XCTAssertTrue(result.stderr.contains("build failed: \(count); site/ was left as it was"), context)
            XCTAssertEqual(snapshotFolder(site), before, "a failed build changed site/\n\(context)")
        } else {
            XCTAssertTrue(result.stdout.hasPrefix("built "), context)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.url.path)
            .filter { $0.hasPrefix(".site") }
        XCTAssertEqual(leftovers, [], "staging folders left behind\n\(context)")
        return result.status == 0
    }

    /// The text of every content and template file, for the oracle's line checks.
    private func projectTexts(_ dir: TempDirectory) -> [String: String] {
        var texts: [String: String] = [:]
        for folder in ["content", "templates"] {
            for (path, data) in snapshotFolder(dir.url.appendingPathComponent(folder)) {
                texts[folder + path] = String(decoding: data, as: UTF8.self)
            }
        }
        return texts
    }
}
