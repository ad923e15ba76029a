import Chains
import Views
import XCTest

/// Every bad `{sweep}` or `{operations}` block, with the exact line an author sees. The block's fence is on
/// line 30 of the cheatsheet, its options from line 31.
final class SweepViewDiagnosticTests: XCTestCase {
    let file = "content/track-11/cheatsheet.md"

    func testSweepNeedsTheChainToAskForASweep() {
        XCTAssertEqual(
            renderError("sweep", chain: Fixtures.cheatsheet()),
            "\(file):30:1: error: {sweep} needs a 'sweep' list of depths in chain 'worked', as in "
                + "'sweep: [1, 2, 4, 8, 16, 32]'")
        XCTAssertEqual(
            renderError("sweep", chain: Fixtures.sigmoid()),
            "\(file):30:1: error: {sweep} needs a 'sweep' list of depths in the chain, as in "
                + "'sweep: [1, 2, 4, 8, 16, 32]'")
    }

    func testDepthsMustBeAList() {
        XCTAssertEqual(
            renderError("sweep", options: "depths: 8", chain: Fixtures.shrinking()),
            "\(file):31:9: error: option 'depths' of {sweep} must be a list of depths, found '8'")
        XCTAssertEqual(
            renderError("sweep", options: "depths: {a: 1}", chain: Fixtures.shrinking()),
            "\(file):31:9: error: option 'depths' of {sweep} must be a list of depths, found a map")
        XCTAssertEqual(
            renderError("operations", options: "depths: []", chain: Fixtures.shrinking()),
            "\(file):31:9: error: option 'depths' of {operations} must not be an empty list")
    }

    func testEachDepthIsAWholeNumberWithinTheLimit() {
        // `depths: [` is 9 characters: the first item is in column 10.
        XCTAssertEqual(
            renderError("sweep", options: "depths: [0]", chain: Fixtures.shrinking()),
            "\(file):31:10: error: a depth in 'depths' must be a whole number from 1 to 500, found 0")
        XCTAssertEqual(
            renderError("sweep", options: "depths: [1, 2.5]", chain: Fixtures.shrinking()),
            "\(file):31:13: error: a depth in 'depths' must be a whole number from 1 to 500, found 2.5")
        XCTAssertEqual(
            renderError("sweep", options: "depths: [501]", chain: Fixtures.shrinking()),
            "\(file):31:10: error: a depth in 'depths' must be a whole number from 1 to 500, found 501")
        XCTAssertEqual(
            renderError("sweep", options: "depths: [x]", chain: Fixtures.shrinking()),
            "\(file):31:10: error: a depth in 'depths' must be a whole number from 1 to 500, found 'x'")
        XCTAssertEqual(
            renderError("sweep", options: "depths: [.nan]", chain: Fixtures.shrinking()),
            "\(file):31:10: error: a depth in 'depths' must be a whole number from 1 to 500, found '.nan'")
    }

    func testDepthsMustBeInTheChainsSweepOnceEach() {
        XCTAssertEqual(
            renderError("sweep", options: "depths: [4, 64]", chain: Fixtures.shrinking()),
            "\(file):31:13: error: depth 64 is not in the sweep of chain 'shrink' (1, 2, 4, 8, 16, 32); add it to "
                + "the chain's 'sweep'")
        XCTAssertEqual(
            renderError("operations", options: "depths: [4, 4]", chain: Fixtures.shrinking()),
            "\(file):31:13: error: depth 4 appears twice in 'depths'")
    }

    func testOperationsDepthsNeedASweep() {
        XCTAssertEqual(
            renderError(
                "operations", options: "depths: [2]",
                chain: Fixtures.withOperations(
                    Fixtures.cheatsheet(), backward: 5, separate: 6)),
            "\(file):31:9: error: option 'depths' of {operations} needs a 'sweep' list in chain 'worked', as in "
                + "'sweep: [1, 2, 4, 8, 16, 32]'")
    }

    func testUnknownAndBadOptions() {
        XCTAssertEqual(
            renderError("sweep", options: "depth: [2]", chain: Fixtures.shrinking()),
            "\(file):31:1: error: unknown option 'depth' for {sweep} (known options: caption, chart, depths, table); "
                + "did you mean 'depths'?")
        XCTAssertEqual(
            renderError("operations", options: "table: false", chain: Fixtures.shrinking()),
            "\(file):31:1: error: unknown option 'table' for {operations} (known options: caption, depths)")
        XCTAssertEqual(
            renderError("sweep", options: "chart: sometimes", chain: Fixtures.shrinking()),
            "\(file):31:8: error: option 'chart' of {sweep} must be true or false, found 'sometimes'")
    }

    func testNeitherViewTakesAnArgument() {
        XCTAssertEqual(
            renderError("sweep", "dC/dw1", chain: Fixtures.shrinking()),
            "\(file):30:1: error: {sweep} takes no argument, found 'dC/dw1'")
        XCTAssertEqual(
            renderError("operations", "w1", chain: Fixtures.shrinking()),
            "\(file):30:1: error: {operations} takes no argument, found 'w1'")
    }

    func testMisspelledViewSuggestsTheNewOnes() {
        XCTAssertEqual(
            renderError("swep", chain: Fixtures.shrinking()),
            "\(file):30:1: error: unknown view '{swep}' (known views: {descent}, {factors}, {forward}, {gradients}, "
                + "{graph}, {operations}, {sweep}); did you mean '{sweep}'?")
    }
}
