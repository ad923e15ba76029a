import Chains
import TestSupport
import Views
import XCTest

/// `{sweep}` and `{operations}` on hand-computed chains, compared with reviewed snapshots in `__Snapshots__`.
/// Re-record with `SITEGEN_RECORD=1 swift test --filter ViewsTests`, then read every changed file.
final class SweepSnapshotTests: XCTestCase {
    /// The vanishing case: dC/dw1 = 4^(1−L) falls by a factor 4 per layer, a straight line on the log axis.
    func testShrinkingSweep() throws {
        let chain = Fixtures.shrinking()
        assertSnapshot(try render("sweep", chain: chain), named: "shrink-sweep.html")
        assertSnapshot(try render("operations", chain: chain), named: "shrink-operations.html")
    }

    /// The exploding case with a zero gradient at L = 1, left off the chart and named below it.
    func testCheatsheetSweep() throws {
        let chain = Fixtures.cheatsheetSweep()
        assertSnapshot(try render("sweep", chain: chain), named: "cheatsheet-sweep.html")
        assertSnapshot(try render("operations", chain: chain), named: "cheatsheet-operations.html")
    }

    /// Two paths meet at each neuron of layer 1, so the counts get an Additions column (no sweep: no growth table).
    func testOperationsWithAdditions() throws {
        let chain = Fixtures.withOperations(Fixtures.twoPaths(), backward: 14, separate: 22, additions: (2, 2))
        assertSnapshot(try render("operations", chain: chain), named: "net-operations.html")
    }
}
