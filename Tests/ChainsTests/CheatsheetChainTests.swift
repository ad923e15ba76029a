import Chains
import XCTest

/// The cheatsheet's worked chain: a0 = 1, w1 = 2, w2 = 3, w3 = 0.5, y = 2, no squish, squared cost.
final class CheatsheetChainTests: XCTestCase {
    static let body = """
        input: 1
        weights: [2, 3, 0.5]
        target: 2
        learning_rate: 0.1
        """

    func testForwardValuesFollowTheChain() throws {
        let c = try ChainFixture.chain(Self.body)
        // a1 = 2·1, a2 = 3·2, a3 = 0.5·6, C = (3 − 2)².
        let expected: [String: Double] = [
            "a0": 1, "w1": 2, "a1": 2, "w2": 3, "a2": 6, "w3": 0.5, "a3": 3, "y": 2, "C": 1, "learning_rate": 0.1,
        ]
        for (name, value) in expected { XCTAssertEqual(c.quantities[name], value, name) }
        XCTAssertNil(c.quantities["z1"], "a layer without a squish has no z node")
        XCTAssertEqual(c.inputs, ["a0"])
        XCTAssertEqual(c.targets, ["y"])
        XCTAssertEqual(c.parameters, ["w1", "w2", "w3"])
        XCTAssertEqual(c.outputs, ["a3"])
        XCTAssertEqual(c.layers.map { $0.neurons.map(\.name) }, [["a1"], ["a2"], ["a3"]])
        XCTAssertEqual(c.layers[1].neurons[0].inputs, [WeightedInput(weight: "w2", input: "a1")])
    }

    func testGradientsAndLocalFactors() throws {
        let c = try ChainFixture.chain(Self.body)
        // dC/da3 = 2(3 − 2) = 2; then back through w3 = 0.5, w2 = 3, w1 = 2.
        let gradients: [String: Double] = [
            "dC/da3": 2, "dC/da2": 1, "dC/da1": 3, "dC/da0": 6, "dC/dw3": 12, "dC/dw2": 2, "dC/dw1": 3,
        ]
        for (name, value) in gradients { XCTAssertEqual(c.quantities[name], value, name) }
        let factors: [String: Double] = [
            "da3/da2": 0.5, "da2/da1": 3, "da1/da0": 2, "da3/dw3": 6, "da2/dw2": 2, "da1/dw1": 1,
        ]
        for (name, value) in factors { XCTAssertEqual(c.quantities[name], value, name) }
        XCTAssertEqual(c.edges.count, 7, "three weights, three activations fed forward, one cost edge")
    }

    func testFactorsOfEachWeightReadLikeTheCheatsheet() throws {
        let c = try ChainFixture.chain(Self.body)
        assertPath(
            c.paths["w1"]?.first, names: ["dC/da3", "da3/da2", "da2/da1", "da1/dw1"],
            formulas: ["2(a3 − y)", "w3", "w2", "a0"], values: [2, 0.5, 3, 1], product: 3)
        assertPath(
            c.paths["w2"]?.first, names: ["dC/da3", "da3/da2", "da2/dw2"], formulas: ["2(a3 − y)", "w3", "a1"],
            values: [2, 0.5, 2], product: 2)
        assertPath(c.paths["w3"]?.first, names: ["dC/da3", "da3/dw3"], values: [2, 6], product: 12)
        XCTAssertEqual(c.pathCounts, ["w1": 1, "w2": 1, "w3": 1])
        XCTAssertNil(c.quantities["dC/dw1#1"], "path products are named only when there are several paths")

        let meanings = c.paths["w1"]?.first?.factors.map(\.meaning)
        XCTAssertEqual(
            meanings,
            [
                "how the cost changes as the output moves: the output's desire",
                "desire flows back through the weight w3",
                "desire flows back through the weight w2",
                "the input feeding this weight",
            ])
    }

    func testOneDescentStepByHand() throws {
        let c = try ChainFixture.chain(Self.body)
        XCTAssertEqual(c.quantities["w1_new"], 1.7)  // 2 − 0.1·3
        XCTAssertEqual(c.quantities["w2_new"] ?? 0, 2.8, accuracy: 1e-15)  // 3 − 0.1·2
        XCTAssertEqual(c.quantities["w3_new"] ?? 0, -0.7, accuracy: 1e-15)  // 0.5 − 0.1·12
        // a1 = 1.7, a2 = 1.7·2.8 = 4.76, a3 = 4.76·(−0.7) = −3.332, C = (−3.332 − 2)² = 28.430224.
        XCTAssertEqual(c.quantities["C_new"] ?? 0, 28.430224, accuracy: 1e-12)
        XCTAssertEqual(c.quantities["C@0"], 1)
        XCTAssertEqual(c.quantities["w1@0"], 2)
        XCTAssertEqual(c.quantities["w1@1"], 1.7)
        XCTAssertEqual(c.descent.map(\.step), [0, 1])
        XCTAssertEqual(c.descent[0].parameters, ["w1": 2, "w2": 3, "w3": 0.5])
    }

    func testRisingCostIsAWarningAtTheLearningRate() throws {
        let spec = try ChainFixture.spec(Self.body)
        let c = try ChainEngine.compute(spec)
        XCTAssertEqual(
            ChainEngine.descentWarnings(spec, c).map(\.description),
            [
                "content/t.md:8:1: warning: gradient descent step 1 raises the cost from 1 to 28.43; "
                    + "try a smaller learning_rate"
            ])
    }

    func testGradientCheckAgrees() throws {
        let results = ChainEngine.gradientCheck(try ChainFixture.spec(Self.body))
        XCTAssertEqual(results.map(\.parameter), ["w1", "w2", "w3"])
        XCTAssertTrue(results.allSatisfy(\.ok))
        XCTAssertEqual(results[0].analytic, 3)
        XCTAssertEqual(results[0].numeric, 3, accuracy: 1e-6)
    }

    func testExpectationsCompareAtTheDisplayedPrecision() throws {
        let spec = try ChainFixture.spec(
            Self.body + """

                expect:
                  dC/dw1: 3
                  dC/dw2: 2.00004
                  w1_new: 1.701
                  C: 1
                """)
        let c = try ChainEngine.compute(spec)
        // 2.00004 shows as 2 at 4 digits; 1.701 does not round to 1.7.
        XCTAssertEqual(
            ChainEngine.expectFailures(spec, c, defaultPrecision: 4).map(\.description),
            [
                "content/t.md:12:3: error: expected w1_new = 1.701 but the chain computes 1.7"
            ])
        // At 3 significant digits 1.701 and 1.7 both show as 1.7.
        XCTAssertEqual(ChainEngine.expectFailures(spec, c, defaultPrecision: 3), [])
    }

    func testAuthorMeaningsReplaceGeneratedOnes() throws {
        let c = try ChainFixture.chain(
            Self.body + """

                meanings:
                  dC/da3: "the output **wants** to move"
                """)
        XCTAssertEqual(c.paths["w1"]?.first?.factors.first?.meaning, "the output **wants** to move")
        XCTAssertEqual(c.meanings, ["dC/da3": "the output **wants** to move"])
    }

    func testIndexedSpellingsOfOneNeuronLayersMeanThePlainNames() throws {
        let c = try ChainFixture.chain(Self.body)
        XCTAssertEqual(c.canonicalName("a2[1]"), "a2")
        XCTAssertEqual(c.canonicalName("dC/dw1[1,1]"), "dC/dw1")
        XCTAssertEqual(c.canonicalName("da3[1]/da2[1]"), "da3/da2")
        XCTAssertEqual(c.canonicalName("y[1]"), "y")
        XCTAssertEqual(c.quantity("a2[1]"), 6)
        XCTAssertNil(c.quantity("a4"))
        XCTAssertEqual(c.ref("dC/dw1"), "t:dC/dw1")
    }
}
