import Chains
import Diagnostics

extension Fixtures {
    /// A 2-2-1 net (layer sizes 2, 2, 1) on one input, no squish: a0 = 1.
    /// Layer 1: a1[1] = w1[1,1]·a0 = 1·1 = 1, a1[2] = w1[2,1]·a0 = 2·1 = 2.
    /// Layer 2: a2[1] = 1·1 + 1·2 = 3, a2[2] = 2·1 + (−1)·2 = 0.
    /// Layer 3: a3 = w3[1,1]·a2[1] + w3[1,2]·a2[2] = 1·3 + 0.25·0 = 3; y = 1; C = (3 − 1)² = 4.
    /// Backward: dC/da3 = 2(3 − 1) = 4, dC/da2[1] = 4·1 = 4, dC/da2[2] = 4·0.25 = 1,
    /// dC/da1[1] = 4·1 + 1·2 = 6, dC/da1[2] = 4·1 + 1·(−1) = 3, dC/da0 = 6·1 + 3·2 = 12.
    /// w1[1,1] has two paths: 4·1·1·1 = 4 (through a2[1]) and 4·0.25·2·1 = 2 (through a2[2]), sum 6;
    /// w1[2,1]: 4·1·1·1 = 4 and 4·0.25·(−1)·1 = −1, sum 3.
    /// One step with η = 0.1: w1 = (0.4, 1.7), w2 = (0.6, 0.2; 1.9, −1.2), w3 = (−0.2, 0.25);
    /// then a1 = (0.4, 1.7), a2 = (0.58, −1.28), a3 = −0.116 − 0.32 = −0.436, C = 1.436² = 2.062096.
    static func twoPaths() -> ComputedChain {
        let edges = [
            factor("C", "a3", "2(a3 − y)", 4, "how the cost moves with the output"),
            factor("a3", "a2[1]", "w3[1,1]", 1, "back through w3[1,1]"),
            factor("a3", "a2[2]", "w3[1,2]", 0.25, "back through w3[1,2]"),
            factor("a3", "w3[1,1]", "a2[1]", 3, "the activation feeding w3[1,1]"),
            factor("a3", "w3[1,2]", "a2[2]", 0, "the activation feeding w3[1,2]"),
            factor("a2[1]", "a1[1]", "w2[1,1]", 1, "back through w2[1,1]"),
            factor("a2[1]", "a1[2]", "w2[1,2]", 1, "back through w2[1,2]"),
            factor("a2[2]", "a1[1]", "w2[2,1]", 2, "back through w2[2,1]"),
            factor("a2[2]", "a1[2]", "w2[2,2]", -1, "back through w2[2,2]"),
            factor("a2[1]", "w2[1,1]", "a1[1]", 1, "the activation feeding w2[1,1]"),
            factor("a2[1]", "w2[1,2]", "a1[2]", 2, "the activation feeding w2[1,2]"),
            factor("a2[2]", "w2[2,1]", "a1[1]", 1, "the activation feeding w2[2,1]"),
            factor("a2[2]", "w2[2,2]", "a1[2]", 2, "the activation feeding w2[2,2]"),
            factor("a1[1]", "w1[1,1]", "a0", 1, "the input feeding w1[1,1]"),
            factor("a1[2]", "w1[2,1]", "a0", 1, "the input feeding w1[2,1]"),
            factor("a1[1]", "a0", "w1[1,1]", 1, "how a1[1] responds to the input"),
            factor("a1[2]", "a0", "w1[2,1]", 2, "how a1[2] responds to the input"),
        ]
        let e = Dictionary(uniqueKeysWithValues: edges.map { ($0.name, $0) })
        let parameters = ["w1[1,1]", "w1[2,1]", "w2[1,1]", "w2[1,2]", "w2[2,1]", "w2[2,2]", "w3[1,1]", "w3[1,2]"]
        let start: [Double] = [1, 2, 1, 1, 2, -1, 1, 0.25]
        let gradients: [Double] = [6, 3, 4, 8, 1, 2, 12, 0]
        let next: [Double] = [0.4, 1.7, 0.6, 0.2, 1.9, -1.2, -0.2, 0.25]
        var values: [String: Double] = [
            "a0": 1, "a1[1]": 1, "a1[2]": 2, "a2[1]": 3, "a2[2]": 0, "a3": 3, "y": 1, "C": 4,
            "dC/da3": 4, "dC/da2[1]": 4, "dC/da2[2]": 1, "dC/da1[1]": 6, "dC/da1[2]": 3, "dC/da0": 12,
            "dC/dw1[1,1]#1": 4, "dC/dw1[1,1]#2": 2, "dC/dw1[2,1]#1": 4, "dC/dw1[2,1]#2": -1,
            "learning_rate": 0.1, "C_new": 2.062096, "C@0": 4, "C@1": 2.062096,
        ]
        for (i, p) in parameters.enumerated() {
            values[p] = start[i]
            values["dC/d\(p)"] = gradients[i]
            values["\(p)_new"] = next[i]
            values["\(p)@0"] = start[i]
            values["\(p)@1"] = next[i]
        }
        func n(_ name: String, _ inputs: [(String, String)]) -> ComputedNeuron { neuron(name, inputs: inputs) }
        return ComputedChain(
            id: "net", location: SourceLocation(file: "content/track-11/paths.md", line: 20, column: 1),
            precision: nil, inputs: ["a0"],
            layers: [
                ComputedLayer(index: 1, neurons: [n("a1[1]", [("w1[1,1]", "a0")]), n("a1[2]", [("w1[2,1]", "a0")])]),
                ComputedLayer(
                    index: 2,
                    neurons: [
                        n("a2[1]", [("w2[1,1]", "a1[1]"), ("w2[1,2]", "a1[2]")]),
                        n("a2[2]", [("w2[2,1]", "a1[1]"), ("w2[2,2]", "a1[2]")]),
                    ]),
                ComputedLayer(index: 3, neurons: [n("a3", [("w3[1,1]", "a2[1]"), ("w3[1,2]", "a2[2]")])]),
            ],
            targets: ["y"], cost: .squared, parameters: parameters, edges: edges,
            quantities: quantities(values, edges: edges),
            paths: [
                "w1[1,1]": [
                    path([e["dC/da3"]!, e["da3/da2[1]"]!, e["da2[1]/da1[1]"]!, e["da1[1]/dw1[1,1]"]!], 4),
                    path([e["dC/da3"]!, e["da3/da2[2]"]!, e["da2[2]/da1[1]"]!, e["da1[1]/dw1[1,1]"]!], 2),
                ],
                "w1[2,1]": [
                    path([e["dC/da3"]!, e["da3/da2[1]"]!, e["da2[1]/da1[2]"]!, e["da1[2]/dw1[2,1]"]!], 4),
                    path([e["dC/da3"]!, e["da3/da2[2]"]!, e["da2[2]/da1[2]"]!, e["da1[2]/dw1[2,1]"]!], -1),
                ],
                "w2[1,1]": [path([e["dC/da3"]!, e["da3/da2[1]"]!, e["da2[1]/dw2[1,1]"]!], 4)],
                "w2[1,2]": [path([e["dC/da3"]!, e["da3/da2[1]"]!, e["da2[1]/dw2[1,2]"]!], 8)],
                "w2[2,1]": [path([e["dC/da3"]!, e["da3/da2[2]"]!, e["da2[2]/dw2[2,1]"]!], 1)],
                "w2[2,2]": [path([e["dC/da3"]!, e["da3/da2[2]"]!, e["da2[2]/dw2[2,2]"]!], 2)],
                "w3[1,1]": [path([e["dC/da3"]!, e["da3/dw3[1,1]"]!], 12)],
                "w3[1,2]": [path([e["dC/da3"]!, e["da3/dw3[1,2]"]!], 0)],
            ],
            pathCounts: Dictionary(uniqueKeysWithValues: parameters.map { ($0, $0.hasPrefix("w1") ? 2 : 1) }),
            learningRate: 0.1,
            descent: [
                DescentState(step: 0, parameters: Dictionary(uniqueKeysWithValues: zip(parameters, start)), cost: 4),
                DescentState(
                    step: 1, parameters: Dictionary(uniqueKeysWithValues: zip(parameters, next)), cost: 2.062096),
            ],
            meanings: [:])
    }
}
