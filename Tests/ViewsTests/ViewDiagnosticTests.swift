import Chains
import Diagnostics
import Views
import XCTest

/// Every way a view block can be wrong, with the exact diagnostic line an author sees.
final class ViewDiagnosticTests: XCTestCase {
    let file = "content/track-11/cheatsheet.md"

    func testUnknownParameter() {
        XCTAssertEqual(
            renderError("factors", "dC/dw4", chain: Fixtures.cheatsheet()),
            "\(file):30:1: error: unknown parameter 'dC/dw4' for {factors} (parameters: w1, w2, w3); "
                + "did you mean 'dC/dw1'?")
        XCTAssertEqual(
            renderError("factors", "wq", chain: Fixtures.cheatsheet()),
            "\(file):30:1: error: unknown parameter 'wq' for {factors} (parameters: w1, w2, w3); did you mean 'w1'?")
    }

    func testNodeIsNotAParameter() {
        XCTAssertEqual(
            renderError("factors", "dC/da2", chain: Fixtures.cheatsheet()),
            "\(file):30:1: error: unknown parameter 'dC/da2' for {factors} (parameters: w1, w2, w3); "
                + "did you mean 'dC/dw2'?")
    }

    func testTooManyPaths() {
        var chain = Fixtures.cheatsheet()
        chain.pathCounts["w1"] = 300
        chain.paths["w1"] = nil
        XCTAssertEqual(
            renderError("factors", "dC/dw1", chain: chain),
            "\(file):30:1: error: dC/dw1 has 300 paths, more than 256 a table can show; use {gradients} instead")
        // Exactly the limit is still a table.
        chain = Fixtures.cheatsheet()
        chain.pathCounts["w1"] = 256
        XCTAssertNoThrow(try render("factors", "w1", chain: chain))
    }

    func testGradientsSummarizeParametersWithTooManyPaths() throws {
        var chain = Fixtures.cheatsheet()
        chain.pathCounts["w1"] = 300
        chain.paths["w1"] = nil
        let html = try render("gradients", chain: chain)
        XCTAssertTrue(
            html.contains(
                #"<mo>=</mo><mn><data class="num" value="3" data-ref="worked:dC/dw1">3</data></mn></math> "#
                    + #"<span class="sg-count">(300 paths)</span>"#))
    }

    func testUnknownView() {
        XCTAssertEqual(
            renderError("factor", "dC/dw1", chain: Fixtures.cheatsheet()),
            "\(file):30:1: error: unknown view '{factor}' "
                + "(known views: {descent}, {factors}, {forward}, {gradients}, {graph}, "
                + "{operations}, {sweep}); did you mean '{factors}'?")
        XCTAssertEqual(
            renderError("{table}", chain: Fixtures.cheatsheet()),
            "\(file):30:1: error: unknown view '{table}' "
                + "(known views: {descent}, {factors}, {forward}, {gradients}, {graph}, {operations}, {sweep})")
    }

    func testUnknownOption() {
        XCTAssertEqual(
            renderError("descent", options: "steps: 3\nchrat: false", chain: Fixtures.cheatsheet(steps: 3)),
            "\(file):31:1: error: unknown option 'steps' for {descent} "
                + "(known options: caption, chart, parameters, table)")
        XCTAssertEqual(
            renderError("descent", options: "chrat: false", chain: Fixtures.cheatsheet(steps: 3)),
            "\(file):31:1: error: unknown option 'chrat' for {descent} "
                + "(known options: caption, chart, parameters, table); did you mean 'chart'?")
    }

    func testBadOptionValues() {
        XCTAssertEqual(
            renderError("graph", options: "values: maybe", chain: Fixtures.cheatsheet()),
            "\(file):31:9: error: option 'values' of {graph} must be true or false, found 'maybe'")
        XCTAssertEqual(
            renderError("forward", options: "caption: [a, b]", chain: Fixtures.cheatsheet()),
            "\(file):31:10: error: option 'caption' of {forward} must be text, found a list")
        XCTAssertEqual(
            renderError("forward", options: "- caption", chain: Fixtures.cheatsheet()),
            "\(file):31:1: error: the body of {forward} must be a map of options (caption), found a list")
    }

    func testArguments() {
        XCTAssertEqual(
            renderError("factors", chain: Fixtures.cheatsheet()),
            "\(file):30:1: error: {factors} needs a parameter, as in '{factors} dC/dw1'")
        XCTAssertEqual(
            renderError("forward", "dC/dw1", chain: Fixtures.cheatsheet()),
            "\(file):30:1: error: {forward} takes no argument, found 'dC/dw1'")
    }

    func testDescentWithoutLearningRate() {
        var chain = Fixtures.sigmoid()
        chain.learningRate = nil
        chain.descent = []
        XCTAssertEqual(
            renderError("descent", chain: chain), "\(file):30:1: error: {descent} needs a learning_rate in the chain")
        var named = Fixtures.cheatsheet()
        named.learningRate = nil
        named.descent = []
        XCTAssertEqual(
            renderError("descent", chain: named),
            "\(file):30:1: error: {descent} needs a learning_rate in chain 'worked'")
    }

    func testUnknownInlineName() {
        let at = SourceLocation(file: file, line: 41, column: 7)
        XCTAssertThrowsError(
            try ViewRenderer.inlineValue(name: "dC/dw4", chain: Fixtures.cheatsheet(), precision: 4, location: at)
        ) { error in
            XCTAssertEqual("\(error)", "\(file):41:7: error: unknown quantity 'dC/dw4'; did you mean 'dC/dw1'?")
        }
        XCTAssertThrowsError(
            try ViewRenderer.inlineValue(name: "gradient", chain: Fixtures.cheatsheet(), precision: 4, location: at)
        ) { error in
            XCTAssertEqual("\(error)", "\(file):41:7: error: unknown quantity 'gradient'")
        }
    }

    func testMissingEngineQuantityIsAnErrorNotACrash() {
        var chain = Fixtures.cheatsheet()
        chain.quantities["da3/da2"] = nil
        XCTAssertEqual(
            renderError("factors", "w1", chain: chain),
            "\(file):30:1: error: internal error: chain 'worked' has no quantity 'da3/da2'")
    }
}
