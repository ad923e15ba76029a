import Chains
import Foundation
import XCTest

/// The `sweep` key: chains of L copies of layer 1 and their `sweep@L.*` quantities, checked against hand
/// computation and finite differences.
final class SweepTests: XCTestCase {
    /// a0 = 1, w = 1, no squish, y = 0: every depth has a_L = 1, C = (1 − 0)² = 1 and
    /// dC/dw1 = 2(a_L − y) · w^(L−1) · a0 = 2.
    func testUnitChainHasTheSameGradientAtEveryDepth() throws {
        let c = try ChainFixture.chain("input: 1\nweights: [1]\ntarget: 0\nsweep: [1, 2, 4, 8, 16, 32]")
        XCTAssertEqual(c.sweepDepths, [1, 2, 4, 8, 16, 32])
        for depth in c.sweepDepths {
            XCTAssertEqual(c.quantities["sweep@\(depth).C"], 1, "depth \(depth)")
            XCTAssertEqual(c.quantities["sweep@\(depth).dC/dw1"], 2, "depth \(depth)")
        }
    }

    /// The cheatsheet's first layer (w = 2, a0 = 1, y = 2) repeated: a_L = 2^L, C = (2^L − 2)²,
    /// dC/dw1 = 2(2^L − 2) · 2^(L−1) · a0. L = 1: 0 and 0; L = 2: 4 and 2·2·2 = 8; L = 3: 36 and 2·6·4 = 48;
    /// L = 10: 1022² = 1044484 and 2·1022·512 = 1046528. The gradient explodes instead of vanishing.
    func testRepeatingAWeightAboveOneExplodes() throws {
        let c = try ChainFixture.chain("input: 1\nweights: [2, 3, 0.5]\ntarget: 2\nsweep: [1, 2, 3, 10]")
        let expected: [(Int, Double, Double)] = [(1, 0, 0), (2, 4, 8), (3, 36, 48), (10, 1_044_484, 1_046_528)]
        for (depth, cost, gradient) in expected {
            XCTAssertEqual(c.quantities["sweep@\(depth).C"], cost, "depth \(depth)")
            XCTAssertEqual(c.quantities["sweep@\(depth).dC/dw1"], gradient, "depth \(depth)")
        }
        // Only layer 1 is repeated: w2 = 3 and w3 = 0.5 play no part, and the chain's own values stay.
        XCTAssertEqual(c.quantities["dC/dw1"], 3)
    }

    /// A sigmoid layer, w = 1, a0 = 1, y = 0 (the cheatsheet's `deep10` layer), by hand with σ(x) = 1/(1 + e^−x):
    /// depth 1: z1 = 1, a1 = σ(1) = 0.7310585786300049, C = a1² = 0.534446645388523,
    ///   dC/dw1 = 2a1 · σ′(1) · a0 = 2 · 0.73106 · 0.19661 = 0.28746968091443026;
    /// depth 2: z2 = w2·a1 = a1, a2 = σ(a1), C = a2² = 0.4556756633670159,
    ///   dC/dw1 = 2a2 · σ′(a1) · w2 · σ′(1) · a0 = 0.0582276032677625.
    func testSigmoidChainByHand() throws {
        let c = try ChainFixture.chain("input: 1\nweights: [1]\nactivation: sigmoid\ntarget: 0\nsweep: [1, 2]")
        func close(_ name: String, _ expected: Double, line: UInt = #line) {
            guard let actual = c.quantities[name] else { return XCTFail("no \(name)", line: line) }
            XCTAssertEqual(actual, expected, accuracy: 1e-15 * abs(expected), name, line: line)
        }
        close("sweep@1.C", 0.534446645388523)
        close("sweep@1.dC/dw1", 0.28746968091443026)
        close("sweep@2.C", 0.4556756633670159)
        close("sweep@2.dC/dw1", 0.0582276032677625)
        // Depth 1 is the chain itself.
        XCTAssertEqual(c.quantities["sweep@1.dC/dw1"], c.quantities["dC/dw1"])
        XCTAssertEqual(c.quantities["sweep@1.C"], c.quantities["C"])
    }

    /// Each sigmoid layer multiplies dC/dw1 by w · σ′(z) ≤ 1/4, so it shrinks with every depth: the
    /// vanishing gradient. At 32 layers it is below 10⁻²⁰ (about 2.0×10⁻²¹ by the same recursion as above).
    func testSigmoidGradientVanishesWithDepth() throws {
        let c = try ChainFixture.chain(
            "input: 1\nweights: [1]\nactivation: sigmoid\ntarget: 0\nsweep: [1, 2, 4, 8, 16, 32]")
        let gradients = c.sweepDepths.compactMap { c.quantities["sweep@\($0).dC/dw1"] }
        XCTAssertEqual(gradients.count, 6)
        for (a, b) in zip(gradients, gradients.dropFirst()) { XCTAssertLessThan(b, a / 4) }
        XCTAssertEqual(gradients.last ?? 0, 1.9961221794097404e-21, accuracy: 1e-33)
    }

    /// The bias and the squish of layer 1 are repeated too; each depth's dC/dw1 agrees with a central
    /// finite difference of its own chain, and with the value published as `sweep@L.dC/dw1`.
    func testEverySweepGradientAgreesWithFiniteDifferences() throws {
        let bodies = [
            "input: 1\nweights: [1]\nactivation: sigmoid\ntarget: 0\nsweep: [1, 2, 4, 8, 16, 32]",
            "input: 0.5\nweights: [0.9]\nbiases: [0.1]\nactivation: tanh\ntarget: 0.3\nsweep: [1, 3, 7, 20]",
            "input: 1\nweights: [2, 3, 0.5]\ntarget: 2\ncost: half_squared\nsweep: [2, 5, 9]",
            "input: 0.3\nlayers:\n  - {w: 1.5, b: -0.2, activation: sigmoid}\ntarget: 1\ncost: cross_entropy\n"
                + "sweep: [1, 2, 6]",
        ]
        for body in bodies {
            let spec = try ChainFixture.spec(body)
            let c = try ChainEngine.compute(spec)
            let results = ChainEngine.sweepGradientCheck(spec)
            XCTAssertEqual(results.map(\.parameter), spec.sweep.map { "sweep@\($0).w1" }, body)
            for result in results {
                XCTAssertTrue(result.ok, "\(result.parameter): \(result.analytic) vs \(result.numeric) in \(body)")
                let name = result.parameter.replacingOccurrences(of: ".w1", with: ".dC/dw1")
                XCTAssertEqual(c.quantities[name], result.analytic, name)
            }
        }
    }

    /// The repeated chain keeps input, target and cost but drops descent, expectations and the sweep itself.
    func testRepeatedChainCopiesLayerOne() throws {
        let spec = try ChainFixture.spec(
            "input: 1\nweights: [2, 3]\nbiases: [0.5, 1]\nactivation: tanh\ntarget: 0.5\nlearning_rate: 0.1\n"
                + "expect:\n  C: 1\nsweep: [3]")
        let copy = ChainEngine.repeated(spec, depth: 3)
        XCTAssertEqual(copy.layers.map(\.weights), [[[2]], [[2]], [[2]]])
        XCTAssertEqual(copy.layers.map(\.biases), [[0.5], [0.5], [0.5]])
        XCTAssertEqual(copy.layers.map(\.activation), [.tanh, .tanh, .tanh])
        XCTAssertEqual(copy.input, [1])
        XCTAssertEqual(copy.target, [0.5])
        XCTAssertNil(copy.learningRate)
        XCTAssertEqual(copy.expect, [])
        XCTAssertEqual(copy.sweep, [])
    }

    /// Without the key there are no sweep quantities; with it, exactly four names per depth.
    func testSweepNamesExistOnlyWhenAskedFor() throws {
        let plain = try ChainFixture.chain("input: 1\nweights: [1]\ntarget: 0")
        XCTAssertEqual(plain.sweepDepths, [])
        XCTAssertFalse(plain.quantityNames.contains { $0.hasPrefix("sweep@") })
        let swept = try ChainFixture.chain("input: 1\nweights: [1]\ntarget: 0\nsweep: [4, 2]")
        XCTAssertEqual(swept.sweepDepths, [4, 2], "source order")
        XCTAssertEqual(
            swept.quantityNames.filter { $0.hasPrefix("sweep@") },
            [
                "sweep@2.C", "sweep@2.dC/dw1", "sweep@2.ops.backward", "sweep@2.ops.separate",
                "sweep@4.C", "sweep@4.dC/dw1", "sweep@4.ops.backward", "sweep@4.ops.separate",
            ])
        XCTAssertEqual(SweepNames.name("dC/dw1", depth: 16), "sweep@16.dC/dw1")
    }

    /// `expect` can name sweep quantities like any other.
    func testExpectCanCheckASweepValue() throws {
        let spec = try ChainFixture.spec(
            "input: 1\nweights: [1]\ntarget: 0\nsweep: [8]\nexpect:\n  sweep@8.dC/dw1: 3\n  sweep@8.C: 1")
        let c = try ChainEngine.compute(spec)
        XCTAssertEqual(
            ChainEngine.expectFailures(spec, c, defaultPrecision: 4).map(\.description),
            [
                "content/t.md:10:3: error: expected sweep@8.dC/dw1 = 3 but the chain computes 2"
            ])
    }

    /// The deepest allowed sweep (500 layers) computes. Its σ′ factors (0.197, then about 0.22 each) multiply to
    /// about 10^−324.3, below the smallest double (4.9×10^−324): the gradient has vanished to exactly 0,
    /// while the cost stays an ordinary number (a_L settles at σ(a) = a ≈ 0.659, so C ≈ 0.434).
    func testDeepestSweepComputes() throws {
        let c = try ChainFixture.chain("input: 1\nweights: [1]\nactivation: sigmoid\ntarget: 0\nsweep: [400, 500]")
        XCTAssertEqual(c.quantities["sweep@500.dC/dw1"], 0)
        XCTAssertEqual(c.quantities["sweep@500.C"] ?? 0, 0.4343417, accuracy: 1e-7)
        let shallower = try XCTUnwrap(c.quantities["sweep@400.dC/dw1"])
        XCTAssertGreaterThan(shallower, 0)
        XCTAssertLessThan(shallower, 1e-250)
    }
}
