import Chains
import Foundation
import XCTest

/// `sitegen eval` JSON: the `operations` counts of every chain and the `sweep` rows of a chain that asks.
final class SweepJSONTests: XCTestCase {
    private func chainObject(_ body: String) throws -> [String: Any] {
        let text = ChainJSON.render(page: "content/t.md", chains: [try ChainFixture.chain(body)])
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try XCTUnwrap((root["chains"] as? [[String: Any]])?.first)
    }

    func testOperationsOfTheCheatsheetChain() throws {
        let chain = try chainObject(CheatsheetChainTests.body)
        // 5 and 6 by hand (see OperationCountTests); no chain without a sweep key has sweep rows.
        XCTAssertEqual(
            chain["operations"] as? [String: Double],
            [
                "ops.backward": 5, "ops.backward.additions": 0, "ops.separate": 6, "ops.separate.additions": 0,
            ])
        XCTAssertEqual((chain["sweep"] as? [Any])?.count, 0)
    }

    func testSweepRowsInTheOrderOfTheKey() throws {
        let chain = try chainObject("input: 1\nweights: [1]\ntarget: 0\nsweep: [4, 1]")
        let rows = try XCTUnwrap(chain["sweep"] as? [[String: Double]])
        // a_L = 1, C = 1, dC/dw1 = 2 at every depth; 2L − 1 and L(L + 1)/2 multiplications.
        XCTAssertEqual(
            rows,
            [
                ["depth": 4, "C": 1, "dC/dw1": 2, "ops.backward": 7, "ops.separate": 10],
                ["depth": 1, "C": 1, "dC/dw1": 2, "ops.backward": 1, "ops.separate": 1],
            ])
    }

    func testSweepIsWrittenExactlyAndSorted() throws {
        let c = try ChainFixture.chain("input: 1\nweights: [1]\ntarget: 0\nsweep: [2]")
        let text = ChainJSON.render(page: "content/t.md", chains: [c])
        XCTAssertTrue(
            text.contains(
                """
                      "sweep": [
                        {
                          "C": 1,
                          "dC/dw1": 2,
                          "depth": 2,
                          "ops.backward": 3,
                          "ops.separate": 3
                        }
                      ],
                """), text)
    }
}
