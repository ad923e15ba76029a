import Chains
import Diagnostics

extension Fixtures {
    /// The cheatsheet's worked chain: a0 = 1, w1 = 2, w2 = 3, w3 = 0.5, y = 2, no squish, squared cost.
    /// Forward: a1 = 2·1 = 2, a2 = 3·2 = 6, a3 = 0.5·6 = 3, C = (3 − 2)² = 1.
    /// Factors: dC/da3 = 2(3 − 2) = 2, da3/da2 = w3 = 0.5, da2/da1 = w2 = 3, da1/dw1 = a0 = 1,
    /// da3/dw3 = a2 = 6, da2/dw2 = a1 = 2, da1/da0 = w1 = 2.
    /// Gradients: dC/dw1 = 2·0.5·3·1 = 3, dC/dw2 = 2·0.5·2 = 2, dC/dw3 = 2·6 = 12.
    /// Descent with η = 0.1, computed in exact fractions: step 1 w = (17/10, 14/5, −7/10), a1 = 1.7, a2 = 4.76,
    /// a3 = −3.332, C = 5.332² = 28.430224 (rises); step 2 w = (−6096/15625, 191373/125000, 68376/15625),
    /// C ≈ 21.2875 (falls); step 3 C ≈ 8.90926 (falls).
    static func cheatsheet(steps: Int = 1) -> ComputedChain {
        let edges = [
            factor("C", "a3", "2(a3 − y)", 2, "the output's *desire*: how the cost moves with a3"),
            factor("a3", "a2", "w3", 0.5, "desire flows back through a weight"),
            factor("a3", "w3", "a2", 6, "the activation feeding w3"),
            factor("a2", "a1", "w2", 3, "and back another layer"),
            factor("a2", "w2", "a1", 2, "the activation feeding w2"),
            factor("a1", "w1", "a0", 1, "the input feeding this weight"),
            factor("a1", "a0", "w1", 2, "how a1 responds to the input"),
        ]
        let e = Dictionary(uniqueKeysWithValues: edges.map { ($0.name, $0) })
        let states: [(w: [Double], c: Double)] = [
            ([2, 3, 0.5], 1),
            ([1.7, 2.8, -0.7], 28.430224),
            ([-0.390144, 1.530984, 4.376064], 21.28753340199621),
            ([5.792111986903523, -0.04445380977102838, 3.8248905985702017], 8.90926001227462),
        ]
        var values: [String: Double] = [
            "a0": 1, "w1": 2, "a1": 2, "w2": 3, "a2": 6, "w3": 0.5, "a3": 3, "y": 2, "C": 1,
            "dC/dw1": 3, "dC/dw2": 2, "dC/dw3": 12, "dC/da3": 2, "dC/da2": 1, "dC/da1": 3, "dC/da0": 6,
            "learning_rate": 0.1, "w1_new": 1.7, "w2_new": 2.8, "w3_new": -0.7, "C_new": 28.430224,
        ]
        var descent: [DescentState] = []
        for k in 0...steps {
            let (w, c) = states[k]
            values["C@\(k)"] = c
            for (i, p) in ["w1", "w2", "w3"].enumerated() { values["\(p)@\(k)"] = w[i] }
            descent.append(DescentState(step: k, parameters: ["w1": w[0], "w2": w[1], "w3": w[2]], cost: c))
        }
        return ComputedChain(
            id: "worked", location: SourceLocation(file: page, line: 12, column: 1), precision: nil,
            inputs: ["a0"],
            layers: [
                ComputedLayer(index: 1, neurons: [neuron("a1", inputs: [("w1", "a0")])]),
                ComputedLayer(index: 2, neurons: [neuron("a2", inputs: [("w2", "a1")])]),
                ComputedLayer(index: 3, neurons: [neuron("a3", inputs: [("w3", "a2")])]),
            ],
            targets: ["y"], cost: .squared, parameters: ["w1", "w2", "w3"], edges: edges,
            quantities: quantities(values, edges: edges),
            paths: [
                "w1": [path([e["dC/da3"]!, e["da3/da2"]!, e["da2/da1"]!, e["da1/dw1"]!], 3)],
                "w2": [path([e["dC/da3"]!, e["da3/da2"]!, e["da2/dw2"]!], 2)],
                "w3": [path([e["dC/da3"]!, e["da3/dw3"]!], 12)],
            ],
            pathCounts: ["w1": 1, "w2": 1, "w3": 1], learningRate: 0.1, descent: descent, meanings: [:])
    }
}
