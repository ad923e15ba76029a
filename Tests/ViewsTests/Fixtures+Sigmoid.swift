import Chains
import Diagnostics

extension Fixtures {
    /// An unnamed chain with a squish and biases: a0 = 2; z1 = w1·a0 + b1 = 0.5·2 − 1 = 0, a1 = σ(0) = 0.5;
    /// a2 = w2·a1 + b2 = 2·0.5 + 0.5 = 1.5; y = 0.5; C = (1.5 − 0.5)² = 1.
    /// Factors: dC/da2 = 2(a2 − y) = 2, da2/da1 = w2 = 2, da2/dw2 = a1 = 0.5, da2/db2 = 1,
    /// da1/dz1 = σ′(0) = 0.5·0.5 = 0.25, dz1/dw1 = a0 = 2, dz1/db1 = 1, dz1/da0 = w1 = 0.5.
    /// Gradients: dC/dw1 = 2·2·0.25·2 = 2, dC/db1 = 2·2·0.25·1 = 1, dC/dw2 = 2·0.5 = 1, dC/db2 = 2·1 = 2.
    /// One step with η = 0.5: w1 = 0.5 − 1 = −0.5, b1 = −1 − 0.5 = −1.5, w2 = 2 − 0.5 = 1.5, b2 = 0.5 − 1 = −0.5;
    /// then z1 = −2.5, a1 = 1/(1 + e^2.5) ≈ 0.0758582, a2 ≈ −0.386213, C ≈ 0.785373 (falls).
    static func sigmoid() -> ComputedChain {
        let edges = [
            factor("C", "a2", "2(a2 − y)", 2, "how the cost moves with the output"),
            factor("a2", "a1", "w2", 2, "back through the weight w2"),
            factor("a2", "w2", "a1", 0.5, "the activation feeding w2"),
            factor("a2", "b2", "1", 1, "a bias moves the sum one for one"),
            factor("a1", "z1", "σ′(z1)", 0.25, "the squish's slope at z1"),
            factor("z1", "w1", "a0", 2, "the input feeding w1"),
            factor("z1", "b1", "1", 1, "a bias moves the sum one for one"),
            factor("z1", "a0", "w1", 0.5, "how z1 responds to the input"),
        ]
        let e = Dictionary(uniqueKeysWithValues: edges.map { ($0.name, $0) })
        let values: [String: Double] = [
            "a0": 2, "w1": 0.5, "b1": -1, "z1": 0, "a1": 0.5, "w2": 2, "b2": 0.5, "a2": 1.5, "y": 0.5, "C": 1,
            "dC/dw1": 2, "dC/db1": 1, "dC/dw2": 1, "dC/db2": 2,
            "dC/da2": 2, "dC/da1": 4, "dC/dz1": 1, "dC/da0": 0.5,
            "learning_rate": 0.5, "w1_new": -0.5, "b1_new": -1.5, "w2_new": 1.5, "b2_new": -0.5,
            "C_new": 0.785373002757574,
            "C@0": 1, "w1@0": 0.5, "b1@0": -1, "w2@0": 2, "b2@0": 0.5,
            "C@1": 0.785373002757574, "w1@1": -0.5, "b1@1": -1.5, "w2@1": 1.5, "b2@1": -0.5,
        ]
        return ComputedChain(
            id: "", location: SourceLocation(file: "content/track-11/squish.md", line: 5, column: 1),
            precision: nil, inputs: ["a0"],
            layers: [
                ComputedLayer(index: 1, neurons: [neuron("a1", z: "z1", .sigmoid, inputs: [("w1", "a0")], bias: "b1")]),
                ComputedLayer(index: 2, neurons: [neuron("a2", inputs: [("w2", "a1")], bias: "b2")]),
            ],
            targets: ["y"], cost: .squared, parameters: ["w1", "b1", "w2", "b2"], edges: edges,
            quantities: quantities(values, edges: edges),
            paths: [
                "w1": [path([e["dC/da2"]!, e["da2/da1"]!, e["da1/dz1"]!, e["dz1/dw1"]!], 2)],
                "b1": [path([e["dC/da2"]!, e["da2/da1"]!, e["da1/dz1"]!, e["dz1/db1"]!], 1)],
                "w2": [path([e["dC/da2"]!, e["da2/dw2"]!], 1)],
                "b2": [path([e["dC/da2"]!, e["da2/db2"]!], 2)],
            ],
            pathCounts: ["w1": 1, "b1": 1, "w2": 1, "b2": 1], learningRate: 0.5,
            descent: [
                DescentState(step: 0, parameters: ["w1": 0.5, "b1": -1, "w2": 2, "b2": 0.5], cost: 1),
                DescentState(
                    step: 1, parameters: ["w1": -0.5, "b1": -1.5, "w2": 1.5, "b2": -0.5], cost: 0.785373002757574),
            ],
            meanings: [:])
    }
}
