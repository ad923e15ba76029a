import Chains
import Diagnostics

extension Fixtures {
    /// One weight, a1 = w1·a0 with a0 = 1, y = 0, η = 0.25: dC/dw1 = 2·w1, so each step halves w1
    /// (w1 − 0.25·2·w1 = w1/2) and quarters the cost: w1@k = 2^−k, C@k = 4^−k, all exact in binary.
    static func halving(steps: Int) -> ComputedChain {
        let edges = [factor("C", "a1", "2(a1 − y)", 2, "how the cost moves with a1"), factor("a1", "w1", "a0", 1)]
        var values: [String: Double] = [
            "a0": 1, "w1": 1, "a1": 1, "y": 0, "C": 1, "dC/dw1": 2, "dC/da1": 2,
            "learning_rate": 0.25, "w1_new": 0.5, "C_new": 0.25,
        ]
        var descent: [DescentState] = []
        for k in 0...steps {
            let w = 1 / Double(1 << k)
            let c = w * w
            values["w1@\(k)"] = w
            values["C@\(k)"] = c
            descent.append(DescentState(step: k, parameters: ["w1": w], cost: c))
        }
        return ComputedChain(
            id: "halving", location: SourceLocation(file: page, line: 50, column: 1), precision: nil,
            inputs: ["a0"], layers: [ComputedLayer(index: 1, neurons: [neuron("a1", inputs: [("w1", "a0")])])],
            targets: ["y"], cost: .squared, parameters: ["w1"], edges: edges,
            quantities: quantities(values, edges: edges),
            paths: ["w1": [path(edges, 2)]], pathCounts: ["w1": 1], learningRate: 0.25, descent: descent,
            meanings: [:])
    }
}
