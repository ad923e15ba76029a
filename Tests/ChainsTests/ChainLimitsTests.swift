import Chains
import Foundation
import XCTest

/// Sizes are bounded so that everything accepted computes quickly (bench/ measures how quickly; tests never time).
final class ChainLimitsTests: XCTestCase {
    private func ones(_ n: Int) -> String { "[" + Array(repeating: "1", count: n).joined(separator: ", ") + "]" }

    func testTenThousandLayersAreRefusedQuickly() {
        let problems = ChainFixture.problems("input: 1\nweights: \(ones(10_000))\ntarget: 0")
        XCTAssertEqual(problems, ["content/t.md:6:10: error: too many layers: 10000 (at most 500)"])
        let layers = "input: 1\nlayers:\n" + String(repeating: "  - w: 1\n", count: 10_000) + "target: 0"
        XCTAssertEqual(ChainFixture.problems(layers), ["content/t.md:7:3: error: too many layers: 10000 (at most 500)"])
    }

    /// The deepest allowed chain: all weights 1, so every a_l = 1, C = (1 − 0)² = 1 and every dC/dw_l = 2·1 = 2.
    func testFiveHundredLayersCompute() throws {
        let c: ComputedChain? = try ChainFixture.chain(
            "input: 1\nweights: \(ones(500))\ntarget: 0\nlearning_rate: 0.001")
        XCTAssertEqual(c?.quantities["a500"], 1)
        XCTAssertEqual(c?.quantities["dC/dw1"], 2)
        XCTAssertEqual(c?.quantities["dC/dw500"], 2)
        XCTAssertEqual(c?.pathCounts["w1"], 1)
        XCTAssertEqual(c?.paths["w1"]?.first?.factors.count, 501, "dC/da500, 499 weights back, da1/dw1")
        XCTAssertEqual(c?.quantities["w1_new"], 1 - 0.001 * 2)
    }

    /// 500 sigmoid layers: the gradient at the far end vanishes (each σ′ ≤ 1/4), and the path listing stops
    /// at its budget while every count is still known.
    func testDeepSigmoidChainVanishes() throws {
        let c: ComputedChain? = try ChainFixture.chain(
            "input: 1\nweights: \(ones(500))\nbiases: \(ones(500))\nactivation: sigmoid\ntarget: 0")
        XCTAssertEqual(c?.quantities["dC/dw1"], 0, "0.25^499 underflows")
        XCTAssertEqual(c?.pathCounts.count, 1000)
        XCTAssertLessThan(c?.paths.count ?? 0, 1000)
        let listed = c?.paths.values.reduce(0) { $0 + $1.reduce(0) { $0 + $1.factors.count } } ?? 0
        XCTAssertLessThanOrEqual(listed, ChainLimits.pathFactors)
    }

    /// 30 layers of 8 neurons: 8^29 paths per early weight, counted without listing them (saturating).
    func testWideDeepNetsCountPathsWithoutListingThem() throws {
        let row = "[" + Array(repeating: "0.1", count: 8).joined(separator: ", ") + "]"
        let matrix = "[" + Array(repeating: row, count: 8).joined(separator: ", ") + "]"
        let body =
            "input: \(ones(8))\nlayers:\n" + String(repeating: "  - w: \(matrix)\n", count: 30)
            + "target: \(ones(8))"
        let c: ComputedChain? = try ChainFixture.chain(body)
        XCTAssertEqual(c?.pathCounts["w1[1,1]"], Int.max)
        XCTAssertEqual(c?.pathCounts["w28[1,1]"], 64)  // 8 neurons in layer 29, 8 in layer 30
        XCTAssertEqual(c?.pathCounts["w30[8,8]"], 1)
        XCTAssertNil(c?.paths["w1[1,1]"])
        XCTAssertEqual(c?.paths["w28[1,1]"]?.count, 64)
    }

    func testTooManyNeuronsInputsStepsAndParameters() {
        let wide = "[" + Array(repeating: "[1]", count: 65).joined(separator: ", ") + "]"
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nlayers:\n  - w: \(wide)\ntarget: 1"),
            [
                "content/t.md:7:8: error: too many neurons in layer 1: 65 (at most 64)"
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: \(ones(65))\nweights: [1]\ntarget: 1"),
            [
                "content/t.md:5:8: error: too many input neurons: 65 (at most 64)",
                "content/t.md:6:11: error: layer 1 takes 1 input per neuron but the input has 65 neurons",
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nweights: [1]\ntarget: 1\nlearning_rate: 0.1\nsteps: 20000"),
            [
                "content/t.md:9:8: error: steps must be a whole number from 1 to 10000, found 20000"
            ])
        let long = "input: 1\nweights: \(ones(100))\ntarget: 1\nlearning_rate: 0.1\nsteps: 5000"
        XCTAssertEqual(
            ChainFixture.problems(long),
            [
                "content/t.md:9:8: error: too many steps: 5000 steps of 100 parameters exceed the limit of "
                    + "200000 recorded values; use fewer steps"
            ])
        let row = "[" + Array(repeating: "1", count: 64).joined(separator: ", ") + "]"
        let matrix = "[" + Array(repeating: row, count: 64).joined(separator: ", ") + "]"
        let body = "input: \(ones(64))\nlayers:\n" + String(repeating: "  - w: \(matrix)\n", count: 3) + "target: 1"
        XCTAssertEqual(
            ChainFixture.problems(body),
            [
                "content/t.md:6:1: error: too many parameters: 12288 (at most 10000)"
            ])
    }
}

extension ChainLimitsTests {
    /// 490 one-neuron layers, then 8 two-neuron layers: early weights have 256 long paths each, too many
    /// factors to list them all; counting stays exact and the listing stops at its budget.
    func testLongChainsWithManyPathsStayWithinTheListingBudget() throws {
        var body = "input: 1\nlayers:\n" + String(repeating: "  - w: 1\n", count: 490)
        body += "  - w: [[1], [1]]\n" + String(repeating: "  - w: [[1, 1], [1, 1]]\n", count: 7) + "  - w: [0.5, 0.5]\n"
        body += "target: 0"
        let c: ComputedChain? = try ChainFixture.chain(body)
        XCTAssertEqual(c?.pathCounts["w1"], 256)  // two ways through each of the 8 two-neuron layers
        XCTAssertNil(c?.paths["w1"])
        XCTAssertEqual(c?.paths["w499[1,2]"]?.count, 1)
        let listed = c?.paths.values.reduce(0) { $0 + $1.reduce(0) { $0 + $1.factors.count } } ?? 0
        XCTAssertLessThanOrEqual(listed, ChainLimits.pathFactors)
    }
}
