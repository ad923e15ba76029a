import Chains
import Foundation
import XCTest

final class ChainJSONTests: XCTestCase {
    private func render() throws -> String {
        let c = try ChainFixture.chain(CheatsheetChainTests.body)
        return ChainJSON.render(page: "content/t.md", chains: [c])
    }

    func testCheatsheetChainAsJSON() throws {
        let text = try render()
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(root["page"] as? String, "content/t.md")
        let chain = try XCTUnwrap((root["chains"] as? [[String: Any]])?.first)
        XCTAssertEqual(chain["id"] as? String, "t")
        XCTAssertEqual(
            chain["values"] as? [String: Double],
            [
                "a0": 1, "w1": 2, "a1": 2, "w2": 3, "a2": 6, "w3": 0.5, "a3": 3, "y": 2, "C": 1,
            ])
        XCTAssertEqual(
            chain["gradients"] as? [String: Double],
            [
                "w1": 3, "w2": 2, "w3": 12, "a1": 3, "a2": 1, "a3": 2,
            ])
        let w1 = try XCTUnwrap((chain["factors"] as? [String: [[[String: Any]]]])?["w1"])
        XCTAssertEqual(w1.count, 1)
        XCTAssertEqual(w1[0].map { $0["name"] as? String }, ["dC/da3", "da3/da2", "da2/da1", "da1/dw1"])
        XCTAssertEqual(w1[0].map { $0["formula"] as? String }, ["2(a3 − y)", "w3", "w2", "a0"])
        XCTAssertEqual(w1[0].map { $0["value"] as? Double }, [2, 0.5, 3, 1])
        XCTAssertEqual(w1[0][3]["meaning"] as? String, "the input feeding this weight")
        let descent = try XCTUnwrap(chain["descent"] as? [[String: Double]])
        XCTAssertEqual(descent.first, ["C": 1, "w1": 2, "w2": 3, "w3": 0.5])
        XCTAssertEqual(descent.last?["w1"], 1.7)
        XCTAssertEqual(chain["learning_rate"] as? Double, 0.1)
        XCTAssertEqual(chain["path_counts"] as? [String: Int], ["w1": 1, "w2": 1, "w3": 1])
    }

    func testOutputIsDeterministicSortedAndExact() throws {
        let text = try render()
        XCTAssertEqual(text, try render())
        XCTAssertTrue(text.hasSuffix("}\n"))
        // Keys sorted: "C" < "a0" < ... and "chains" before "page"; numbers in shortest form.
        XCTAssertTrue(text.hasPrefix("{\n  \"chains\": [\n    {\n      \"descent\": [\n"), text)
        XCTAssertTrue(text.contains("\"values\": {\n        \"C\": 1,\n        \"a0\": 1,\n        \"a1\": 2,"), text)
        XCTAssertTrue(text.contains("\"w3\": 0.5\n"))
        XCTAssertTrue(text.contains("\"learning_rate\": 0.1,"))
        XCTAssertFalse(text.contains("1.0"), "integers are written without a fraction")
    }

    func testPageWithoutChainsAndStringEscapes() {
        XCTAssertEqual(
            ChainJSON.render(page: "content/a \"b\".md", chains: []),
            "{\n  \"chains\": [],\n  \"page\": \"content/a \\\"b\\\".md\"\n}\n")
    }
}
