import Chains
import TestSupport
import Views
import XCTest

/// Every view on four hand-computed chains, compared with reviewed snapshots in `__Snapshots__`.
/// Re-record with `SITEGEN_RECORD=1 swift test --filter ViewsTests`, then read every changed file.
final class ViewSnapshotTests: XCTestCase {
    func testCheatsheetChain() throws {
        let chain = Fixtures.cheatsheet()
        assertSnapshot(try render("forward", chain: chain), named: "cheatsheet-forward.html")
        assertSnapshot(try render("factors", "dC/dw1", chain: chain), named: "cheatsheet-factors-w1.html")
        assertSnapshot(try render("gradients", chain: chain), named: "cheatsheet-gradients.html")
        assertSnapshot(try render("descent", chain: chain), named: "cheatsheet-descent.html")
        assertSnapshot(try render("graph", chain: chain), named: "cheatsheet-graph.html")
    }

    func testSigmoidChain() throws {
        let chain = Fixtures.sigmoid()
        assertSnapshot(try render("forward", chain: chain), named: "sigmoid-forward.html")
        assertSnapshot(try render("factors", "w1", chain: chain), named: "sigmoid-factors-w1.html")
        assertSnapshot(try render("gradients", chain: chain), named: "sigmoid-gradients.html")
        assertSnapshot(try render("descent", chain: chain), named: "sigmoid-descent.html")
        assertSnapshot(try render("graph", chain: chain), named: "sigmoid-graph.html")
    }

    func testTwoPathNet() throws {
        let chain = Fixtures.twoPaths()
        assertSnapshot(try render("forward", chain: chain), named: "net-forward.html")
        assertSnapshot(try render("factors", "dC/dw1[1,1]", chain: chain), named: "net-factors-w1-11.html")
        assertSnapshot(try render("gradients", chain: chain), named: "net-gradients.html")
        assertSnapshot(try render("descent", chain: chain), named: "net-descent.html")
        assertSnapshot(try render("graph", chain: chain), named: "net-graph.html")
    }

    func testThreeStepDescentWhoseCostRises() throws {
        let chain = Fixtures.cheatsheet(steps: 3)
        assertSnapshot(try render("descent", chain: chain), named: "steps-descent.html")
    }

    func testRenderingIsDeterministic() throws {
        for kind in ["forward", "gradients", "descent", "graph"] {
            let chain = Fixtures.twoPaths()
            XCTAssertEqual(try render(kind, chain: chain), try render(kind, chain: chain), kind)
        }
    }
}
