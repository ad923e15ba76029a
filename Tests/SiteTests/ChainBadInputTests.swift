import Foundation
import TestSupport
import XCTest

/// Bad `{chain}` input, views and `=name` values, chained through a whole site build: each gives exactly one
/// error at its line and column inside the Markdown file, exit status 1, and an untouched `site/`.
final class ChainBadInputTests: XCTestCase {
    /// A lesson whose chain body starts on line 7; the page also uses the chain in prose and in a view,
    /// so each test also proves that a broken chain is reported once, not again at every use.
    func lesson(chain body: String) -> [String: String] {
        [
            "content/track-01/lesson.md": lessonPage(
                "## Worked chain\n\n```{chain}\n" + body
                    + "```\n\nThe cost is `=C` and the slope is `=dC/dw1`.\n\n```{factors} dC/dw1\n```\n")
        ]
    }

    func testUnknownKeySuggestsTheClosestKey() throws {
        try assertBuildFailsWithOneError(
            lesson(chain: "input: 1\nweights: [2, 3, 0.5]\ntarget: 2\nlearning_rat: 0.1\n"),
            "content/track-01/lesson.md:10:1: error: unknown key 'learning_rat' in a chain; did you mean 'learning_rate'?"
        )
    }

    func testWeightThatIsNotANumber() throws {
        // "weights: [2, " is 13 characters, so 'three' starts in column 14.
        try assertBuildFailsWithOneError(
            lesson(chain: "input: 1\nweights: [2, three, 0.5]\ntarget: 2\n"),
            "content/track-01/lesson.md:8:14: error: a weight must be a number, found 'three'")
    }

    func testLayerShapesThatDoNotChain() throws {
        // Layer 1 has two neurons, but layer 2's one neuron takes three inputs; the error is at its `w`.
        try assertBuildFailsWithOneError(
            lesson(chain: "input: 1\nlayers:\n  - w: [[1], [2]]\n  - w: [1, 2, 3]\ntarget: 1\n"),
            "content/track-01/lesson.md:10:8: error: layer 2 takes 3 inputs per neuron but layer 1 has 2 neurons")
    }

    func testTargetLengthDiffersFromOutputSize() throws {
        try assertBuildFailsWithOneError(
            lesson(chain: "input: 1\nweights: [2, 3, 0.5]\ntarget: [1, 2]\n"),
            "content/track-01/lesson.md:9:9: error: target has 2 numbers but the output layer has 1 neuron")
    }

    func testNaNInput() throws {
        try assertBuildFailsWithOneError(
            lesson(chain: "input: .nan\nweights: [2, 3, 0.5]\ntarget: 2\n"),
            "content/track-01/lesson.md:7:8: error: input must be a finite number, found '.nan'")
        // Plain `nan` is not a YAML number at all.
        try assertBuildFailsWithOneError(
            lesson(chain: "input: 1\nweights: [2, nan, 0.5]\ntarget: 2\n"),
            "content/track-01/lesson.md:8:14: error: a weight must be a number, found 'nan'")
    }

    func testInfiniteWeight() throws {
        try assertBuildFailsWithOneError(
            lesson(chain: "input: 1\nweights: [2, .inf, 0.5]\ntarget: 2\n"),
            "content/track-01/lesson.md:8:14: error: a weight must be a finite number, found '.inf'")
        try assertBuildFailsWithOneError(
            lesson(chain: "input: 1\nweights: [2, -.inf, 0.5]\ntarget: 2\n"),
            "content/track-01/lesson.md:8:14: error: a weight must be a finite number, found '-.inf'")
    }

    func testNumberTooLargeForADouble() throws {
        try assertBuildFailsWithOneError(
            lesson(chain: "input: 1\nweights: [2, 3, 0.5]\ntarget: 1e400\n"),
            "content/track-01/lesson.md:9:9: error: target must be a finite number, found '1e400'")
    }

    func testUnknownActivation() throws {
        try assertBuildFailsWithOneError(
            lesson(chain: "input: 1\nweights: [2, 3, 0.5]\nactivation: sigmod\ntarget: 2\n"),
            "content/track-01/lesson.md:9:13: error: unknown activation 'sigmod'; did you mean 'sigmoid'? "
                + "(one of none, sigmoid, tanh, relu, leaky_relu)")
    }

    func testCrossEntropyWithOutputsOutsideZeroOne() throws {
        // a3 = 1 · 2 · 3 · 0.5 = 3, not a probability; the error is at the `cost` entry.
        try assertBuildFailsWithOneError(
            lesson(chain: "input: 1\nweights: [2, 3, 0.5]\ncost: cross_entropy\ntarget: 1\n"),
            "content/track-01/lesson.md:9:1: error: cross_entropy needs outputs between 0 and 1, but a3 = 3; "
                + "squish the last layer with a sigmoid")
    }

    func testChainOfTenThousandLayersIsRefused() throws {
        let weights = Array(repeating: "1", count: 10_000).joined(separator: ", ")
        try assertBuildFailsWithOneError(
            lesson(chain: "input: 1\nweights: [\(weights)]\ntarget: 2\n"),
            "content/track-01/lesson.md:8:10: error: too many layers: 10000 (at most 500)")
    }

    func testFailingExpectIsReportedAtItsEntry() throws {
        // dC/dw1 = 2(a3 − y) · w3 · w2 · a0 = 2 · 0.5 · 3 · 1 = 3, not 4; `C: 1` holds and is not reported.
        try assertBuildFailsWithOneError(
            lesson(chain: "input: 1\nweights: [2, 3, 0.5]\ntarget: 2\nexpect:\n  C: 1\n  dC/dw1: 4\n"),
            "content/track-01/lesson.md:12:3: error: expected dC/dw1 = 4 but the chain computes 3")
    }

    // MARK: - Views and values

    /// A lesson with the chain `worked` (lines 4–8) followed by `rest` from line 10.
    func lesson(worked rest: String) -> [String: String] {
        [
            "content/track-01/lesson.md": lessonPage(
                "```{chain} worked\ninput: 1\nweights: [2, 3, 0.5]\ntarget: 2\n```\n\n" + rest)
        ]
    }

    func testDuplicateChainID() throws {
        try assertBuildFailsWithOneError(
            lesson(worked: "```{chain} worked\ninput: 1\nweights: [1]\ntarget: 2\n```\n\nThe cost is `=worked:C`.\n"),
            "content/track-01/lesson.md:10:1: error: duplicate chain id 'worked' on this page")
    }

    func testViewThatNamesAMissingChain() throws {
        try assertBuildFailsWithOneError(
            lesson(worked: "```{forward} wroked\n```\n"),
            "content/track-01/lesson.md:10:1: error: no chain 'wroked' on this page for {forward}; "
                + "name one of: worked; did you mean 'worked'?")
    }

    func testFactorsOfAnUnknownParameter() throws {
        try assertBuildFailsWithOneError(
            lesson(worked: "```{factors} worked dC/dv3\n```\n"),
            "content/track-01/lesson.md:10:1: error: unknown parameter 'dC/dv3' for {factors} "
                + "(parameters: w1, w2, w3); did you mean 'dC/dw3'?")
    }

    func testInlineValueWithAnUnknownNameSuggestsTheClosest() throws {
        // "The slope is `=worked:" is 22 characters: the quantity's name starts in column 23.
        try assertBuildFailsWithOneError(
            lesson(worked: "The slope is `=worked:dC/d_w1`.\n"),
            "content/track-01/lesson.md:10:23: error: unknown quantity 'dC/d_w1'; did you mean 'dC/dw1'?")
        // On a page with one chain the id may be left out; the column is that of the name.
        try assertBuildFailsWithOneError(
            [
                "content/track-01/lesson.md": lessonPage(
                    "```{chain}\ninput: 1\nweights: [2, 3, 0.5]\ntarget: 2\n```\n\nThe slope is `=dC/da33`.\n")
            ],
            "content/track-01/lesson.md:10:16: error: unknown quantity 'dC/da33'; did you mean 'dC/da3'?")
    }

    func testInlineValueNamingAMissingChain() throws {
        try assertBuildFailsWithOneError(
            lesson(worked: "The cost is `=wroked:C`.\n"),
            "content/track-01/lesson.md:10:15: error: no chain 'wroked' on this page; did you mean 'worked'?")
    }

    func testFactorsWithMoreThan256PathsSuggestsGradients() throws {
        // w1 feeds one neuron, which feeds 17 neurons, each feeding 17 more, all feeding the output:
        // 17 · 17 = 289 paths from the cost back to w1.
        try assertBuildFailsWithOneError(
            ["content/track-01/lesson.md": lessonPage(Self.wideChain(17) + "\n```{factors} dC/dw1\n```\n")],
            "content/track-01/lesson.md:14:1: error: dC/dw1 has 289 paths, more than 256 a table can show; "
                + "use {gradients} instead")
    }

    func testFactorsWithExactly256PathsBuilds() throws {
        let dir = try SiteFixture.make(
            SiteFixture.course.merging(
                ["content/track-01/lesson.md": lessonPage(Self.wideChain(16) + "\n```{factors} dC/dw1\n```\n")]
            ) { _, new in new })
        defer { dir.remove() }
        let result = runSitegen(["build"], in: dir)
        XCTAssertEqual(result.status, 0, result.stderr)
        let html = try dir.read("site/track-01/lesson/index.html")
        XCTAssertEqual(html.components(separatedBy: "<section class=\"sg-path\">").count - 1, 256)
    }

    /// Lines 4–12: input → 1 neuron (w1) → n neurons → n neurons → 1 output, every weight 1.
    static func wideChain(_ n: Int) -> String {
        let column = "[" + Array(repeating: "[1]", count: n).joined(separator: ", ") + "]"
        let row = "[" + Array(repeating: "1", count: n).joined(separator: ", ") + "]"
        let square = "[" + Array(repeating: row, count: n).joined(separator: ", ") + "]"
        return "```{chain} wide\ninput: 1\nlayers:\n  - w: 1\n  - w: \(column)\n  - w: \(square)\n  - w: \(row)\n"
            + "target: 1\n```\n"
    }
}
