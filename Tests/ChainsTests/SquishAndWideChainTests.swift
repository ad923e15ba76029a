import Chains
import Foundation
import XCTest

final class SquishAndWideChainTests: XCTestCase {
    private func σ(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    /// Two sigmoid layers with biases: each squish adds one factor σ(z)(1 − σ(z)).
    func testSigmoidChainAddsOneFactorPerSquish() throws {
        let c = try ChainFixture.chain(
            """
            input: 1
            weights: [2, 0.5]
            biases: [-1, 0]
            activation: sigmoid
            target: 1
            """)
        // By hand: z1 = 2·1 − 1 = 1, a1 = σ(1); z2 = 0.5·a1 + 0, a2 = σ(z2); C = (a2 − 1)².
        let z1 = 1.0, a1 = σ(1), z2 = 0.5 * σ(1), a2 = σ(0.5 * σ(1))
        XCTAssertEqual(c.quantities["z1"], z1)
        XCTAssertEqual(c.quantities["a1"] ?? 0, a1, accuracy: 1e-15)
        XCTAssertEqual(c.quantities["z2"] ?? 0, z2, accuracy: 1e-15)
        XCTAssertEqual(c.quantities["C"] ?? 0, (a2 - 1) * (a2 - 1), accuracy: 1e-15)
        XCTAssertEqual(c.quantities["da1/dz1"] ?? 0, 0.19661193324148185, accuracy: 1e-15)  // σ(1)(1 − σ(1))
        XCTAssertEqual(c.quantities["da2/dz2"] ?? 0, a2 * (1 - a2), accuracy: 1e-15)
        XCTAssertEqual(c.layers[0].neurons[0].preActivation, "z1")
        XCTAssertEqual(c.parameters, ["w1", "b1", "w2", "b2"])

        let dw1 = 2 * (a2 - 1) * a2 * (1 - a2) * 0.5 * a1 * (1 - a1) * 1
        guard let path = c.paths["w1"]?.first else { return XCTFail("no path for w1") }
        XCTAssertEqual(path.factors.map(\.name), ["dC/da2", "da2/dz2", "dz2/da1", "da1/dz1", "dz1/dw1"])
        XCTAssertEqual(path.factors.map(\.formula), ["2(a2 − y)", "σ′(z2)", "w2", "σ′(z1)", "a0"])
        XCTAssertEqual(path.product, dw1, accuracy: 1e-15)
        XCTAssertEqual(c.quantities["dC/dw1"] ?? 0, dw1, accuracy: 1e-15)
        XCTAssertEqual(
            path.factors[1].meaning, "the squish's slope at z2: one extra factor for passing through the sigmoid")
        XCTAssertEqual(c.paths["b1"]?.first?.factors.last?.name, "dz1/db1")
        XCTAssertEqual(c.paths["b1"]?.first?.factors.last?.formula, "1")
        XCTAssertEqual(c.paths["b1"]?.first?.factors.last?.meaning, "a bias shifts the sum one for one")
        XCTAssertEqual(c.quantities["dC/db1"] ?? 0, dw1, accuracy: 1e-15, "a0 = 1, so the bias and weight agree")
    }

    /// Input 1, layers of 2, 2 and 1 neurons: w1[1,1] reaches the cost through a2[1] and through a2[2].
    static let wide = """
        input: 1
        layers:
          - w: [[0.5], [-1]]
          - w: [[1, 2], [3, -1]]
          - w: [2, 1]
        target: 1
        """

    func testTwoPathsSumToTheGradient() throws {
        let c = try ChainFixture.chain(Self.wide)
        // a1 = (0.5, −1); a2[1] = 0.5 − 2 = −1.5, a2[2] = 1.5 + 1 = 2.5; a3 = −3 + 2.5 = −0.5; C = 2.25.
        XCTAssertEqual(c.quantities["a2[1]"], -1.5)
        XCTAssertEqual(c.quantities["a2[2]"], 2.5)
        XCTAssertEqual(c.quantities["a3"], -0.5)
        XCTAssertEqual(c.quantities["C"], 2.25)
        XCTAssertEqual(
            c.parameters,
            [
                "w1[1,1]", "w1[2,1]", "w2[1,1]", "w2[1,2]", "w2[2,1]", "w2[2,2]", "w3[1,1]", "w3[1,2]",
            ])

        // dC/da3 = 2(−0.5 − 1) = −3. Via a2[1]: −3 · w3[1,1] · w2[1,1] · a0 = −3·2·1·1 = −6.
        // Via a2[2]: −3 · w3[1,2] · w2[2,1] · a0 = −3·1·3·1 = −9. Sum −15.
        XCTAssertEqual(c.pathCounts["w1[1,1]"], 2)
        let paths = c.paths["w1[1,1]"] ?? []
        XCTAssertEqual(paths.count, 2)
        assertPath(
            paths.first, names: ["dC/da3", "da3/da2[1]", "da2[1]/da1[1]", "da1[1]/dw1[1,1]"],
            formulas: ["2(a3 − y)", "w3[1,1]", "w2[1,1]", "a0"], values: [-3, 2, 1, 1], product: -6)
        assertPath(
            paths.last, names: ["dC/da3", "da3/da2[2]", "da2[2]/da1[1]", "da1[1]/dw1[1,1]"],
            values: [-3, 1, 3, 1], product: -9)
        XCTAssertEqual(c.quantities["dC/dw1[1,1]"], -15)
        XCTAssertEqual(c.quantities["dC/dw1[1,1]#1"], -6)
        XCTAssertEqual(c.quantities["dC/dw1[1,1]#2"], -9)
        XCTAssertEqual(c.pathCounts["w3[1,2]"], 1)
        XCTAssertEqual(c.canonicalName("a3[1]"), "a3")
        XCTAssertEqual(c.canonicalName("w3[1,1]"), "w3[1,1]", "layer 2 has two neurons, so the index stays")
    }

    /// C = ½(w·1 − 0)², so dC/dw = w and each step with rate 0.5 halves w: 2, 1, 0.5, 0.25.
    func testMultiStepDescentHalvesTheWeight() throws {
        let c = try ChainFixture.chain(
            """
            input: 1
            weights: [2]
            target: 0
            cost: half_squared
            learning_rate: 0.5
            steps: 3
            """)
        XCTAssertEqual(c.descent.map { $0.parameters["w1"] }, [2, 1, 0.5, 0.25])
        XCTAssertEqual(c.descent.map(\.cost), [2, 0.5, 0.125, 0.03125])
        XCTAssertEqual(c.quantities["w1@3"], 0.25)
        XCTAssertEqual(c.quantities["C@2"], 0.125)
        XCTAssertEqual(c.quantities["w1_new"], 1)
        XCTAssertEqual(c.quantities["C_new"], 0.5)
        XCTAssertEqual(c.paths["w1"]?.first?.factors.first?.formula, "a1 − y")
    }

    /// The cheatsheet chain with a small rate: every step recomputes the forward values and gradients.
    func testMultiStepDescentRecomputesGradients() throws {
        let c = try ChainFixture.chain(
            """
            input: 1
            weights: [2, 3, 0.5]
            target: 2
            learning_rate: 0.01
            steps: 2
            """)
        // Step 1 uses (3, 2, 12): w = (1.97, 2.98, 0.38).
        let (w1, w2, w3) = (1.97, 2.98, 0.38)
        let a3 = w3 * w2 * w1
        let desire = 2 * (a3 - 2)
        // Step 2 uses dC/dw1 = desire·w3·w2, dC/dw2 = desire·w3·a1, dC/dw3 = desire·a2.
        let next = (w1 - 0.01 * desire * w3 * w2, w2 - 0.01 * desire * w3 * w1, w3 - 0.01 * desire * w2 * w1)
        XCTAssertEqual(c.descent[1].parameters["w1"] ?? 0, w1, accuracy: 1e-14)
        XCTAssertEqual(c.descent[1].cost, (a3 - 2) * (a3 - 2), accuracy: 1e-14)
        XCTAssertEqual(c.descent[2].parameters["w1"] ?? 0, next.0, accuracy: 1e-14)
        XCTAssertEqual(c.descent[2].parameters["w2"] ?? 0, next.1, accuracy: 1e-14)
        XCTAssertEqual(c.descent[2].parameters["w3"] ?? 0, next.2, accuracy: 1e-14)
        let a3Next = next.0 * next.1 * next.2
        XCTAssertEqual(c.descent[2].cost, (a3Next - 2) * (a3Next - 2), accuracy: 1e-14)
        XCTAssertTrue(c.descent[2].cost < c.descent[1].cost && c.descent[1].cost < c.descent[0].cost)
        let spec = try ChainFixture.spec("input: 1\nweights: [2, 3, 0.5]\ntarget: 2\nlearning_rate: 0.01\nsteps: 2")
        XCTAssertEqual(ChainEngine.descentWarnings(spec, c), [])
    }

    func testCrossEntropyFactorAndTanhReluLeakyNames() throws {
        let c = try ChainFixture.chain(
            """
            input: [1, -2]
            layers:
              - {w: [[0.5, 0.25], [1, 1]], b: [0.1, 0.2], activation: tanh}
              - {w: [[1, -1], [0.5, 2]], activation: relu}
              - {w: [[1, 1], [-1, 1]], activation: leaky_relu}
              - {w: [[1, -1]], b: 0, activation: sigmoid}
            target: 1
            cost: cross_entropy
            """)
        XCTAssertEqual(c.inputs, ["a0[1]", "a0[2]"])
        XCTAssertEqual(c.layers[0].neurons.map(\.preActivation), ["z1[1]", "z1[2]"])
        XCTAssertEqual(c.outputs, ["a4"])
        let a4 = c.quantities["a4"] ?? 0
        let cost = c.edges.first { $0.name == "dC/da4" }
        XCTAssertEqual(cost?.formula, "(a4 − y)/(a4(1 − a4))")
        XCTAssertEqual(cost?.value ?? 0, (a4 - 1) / (a4 * (1 - a4)), accuracy: 1e-12)
        XCTAssertEqual(c.quantities["C"] ?? 0, -log(a4), accuracy: 1e-12)
        XCTAssertEqual(c.edges.first { $0.name == "da1[2]/dz1[2]" }?.formula, "tanh′(z1[2])")
        XCTAssertEqual(c.edges.first { $0.name == "da2[1]/dz2[1]" }?.formula, "relu′(z2[1])")
        XCTAssertEqual(c.edges.first { $0.name == "da3[1]/dz3[1]" }?.formula, "leaky_relu′(z3[1])")
        XCTAssertTrue(
            ChainEngine.gradientCheck(
                try ChainFixture.spec(
                    """
                    input: [1, -2]
                    layers:
                      - {w: [[0.5, 0.25], [1, 1]], b: [0.1, 0.2], activation: tanh}
                      - {w: [[1, -1]], b: 0, activation: sigmoid}
                    target: 0
                    cost: cross_entropy
                    """)
            ).allSatisfy(\.ok))
    }
}

extension SquishAndWideChainTests {
    /// C = w², dC/dw = 2w, rate 10: w ← w − 20w = −19w, so C grows 361-fold per step: 4, 1444, ...
    /// 4·361^k first exceeds the largest double (≈1.8×10^308) at k = 121.
    func testDivergingDescentWarnsOnceForRisingAndOnceForOverflow() throws {
        let spec = try ChainFixture.spec("input: 1\nweights: [2]\ntarget: 0\nlearning_rate: 10\nsteps: 300")
        let c = try ChainEngine.compute(spec)
        XCTAssertEqual(c.descent[1].cost, 1444)
        XCTAssertTrue(c.descent[120].cost.isFinite)
        XCTAssertEqual(c.descent[121].cost, .infinity)
        XCTAssertEqual(
            ChainEngine.descentWarnings(spec, c).map(\.description),
            [
                "content/t.md:8:1: warning: gradient descent step 1 raises the cost from 4 to 1444 "
                    + "(and 120 later steps raise it too); try a smaller learning_rate",
                "content/t.md:8:1: warning: gradient descent diverges: the cost is no longer a finite number after step 121",
            ])
        XCTAssertTrue(ChainJSON.render(page: "p", chains: [c]).contains("\"C\": null"))
    }
}
