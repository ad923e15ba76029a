import Chains
import Diagnostics

extension Fixtures {
    /// Adds the four `ops.*` counts (worked out by hand for each fixture) to a chain.
    static func withOperations(
        _ chain: ComputedChain, backward: Double, separate: Double, additions: (Double, Double) = (0, 0)
    ) -> ComputedChain {
        var chain = chain
        chain.quantities["ops.backward"] = backward
        chain.quantities["ops.separate"] = separate
        chain.quantities["ops.backward.additions"] = additions.0
        chain.quantities["ops.separate.additions"] = additions.1
        return chain
    }

    /// Adds a sweep: for each depth, `sweep@L.dC/dw1`, `sweep@L.C` and the op counts, by default those of
    /// L one-neuron layers without bias or squish, 2L − 1 (backward) and L(L + 1)/2 (separate).
    static func withSweep(
        _ chain: ComputedChain, _ rows: [(depth: Int, gradient: Double, cost: Double)],
        operations: (Double) -> (backward: Double, separate: Double) = { l in (2 * l - 1, l * (l + 1) / 2) }
    ) -> ComputedChain {
        var chain = chain
        chain.sweepDepths = rows.map(\.depth)
        for (depth, gradient, cost) in rows {
            let (backward, separate) = operations(Double(depth))
            chain.quantities["sweep@\(depth).dC/dw1"] = gradient
            chain.quantities["sweep@\(depth).C"] = cost
            chain.quantities["sweep@\(depth).ops.backward"] = backward
            chain.quantities["sweep@\(depth).ops.separate"] = separate
        }
        return chain
    }

    /// The sigmoid fixture swept at depth 1 only: layer 1 alone gives a1 = σ(0.5·2 − 1) = 0.5 = y, so C = 0 and
    /// dC/dw1 = 0. Its counts: backward a1 → z1, z1 → w1, z1 → b1 = 3; separate 2 + 2 = 4.
    static func sigmoidSweep() -> ComputedChain {
        withSweep(sigmoid(), [(1, 0, 0)], operations: { _ in (3, 4) })
    }

    /// The cheatsheet chain (3 layers: backward 5, separate 1 + 2 + 3 = 6) with a sweep of its first layer
    /// (w = 2, a0 = 1, y = 2): a_L = 2^L, C = (2^L − 2)², dC/dw1 = 2(2^L − 2)·2^(L−1):
    /// L = 1: 0, 0; L = 2: 8, 4; L = 3: 48, 36; L = 10: 2·1022·512 = 1046528, 1022² = 1044484.
    /// The gradient explodes, and at L = 1 it is exactly 0, which a log axis cannot show.
    static func cheatsheetSweep() -> ComputedChain {
        withSweep(
            withOperations(cheatsheet(), backward: 5, separate: 6),
            [(1, 0, 0), (2, 8, 4), (3, 48, 36), (10, 1_046_528, 1_044_484)])
    }

    /// One layer a1 = w1·a0 with w1 = 0.5, a0 = 1, no squish, target `y`; C = (0.5 − y)², dC/da1 = 2(0.5 − y),
    /// dC/dw1 = dC/da1·a0. Backward 1, separate 1. Swept: a_L = 2^−L, C = (2^−L − y)²,
    /// dC/dw1 = 2(2^−L − y)·2^−(L−1) (every later weight is 0.5). With y = 0: dC/dw1 = 4^(1−L), C = 4^−L,
    /// all exact in binary: the gradient vanishes by a factor 4 per layer. With y = 1 every gradient is negative.
    static func shrinking(target y: Double = 0, depths: [Int] = [1, 2, 4, 8, 16, 32]) -> ComputedChain {
        let desire = 2 * (0.5 - y)
        let edges = [factor("C", "a1", "2(a1 − y)", desire, "how the cost moves with a1"), factor("a1", "w1", "a0", 1)]
        let values: [String: Double] = [
            "a0": 1, "w1": 0.5, "a1": 0.5, "y": y, "C": (0.5 - y) * (0.5 - y), "dC/dw1": desire, "dC/da1": desire,
        ]
        let chain = ComputedChain(
            id: "shrink", location: SourceLocation(file: page, line: 60, column: 1), precision: nil,
            inputs: ["a0"], layers: [ComputedLayer(index: 1, neurons: [neuron("a1", inputs: [("w1", "a0")])])],
            targets: ["y"], cost: .squared, parameters: ["w1"], edges: edges,
            quantities: quantities(values, edges: edges),
            paths: ["w1": [path(edges, desire)]], pathCounts: ["w1": 1], learningRate: nil, descent: [],
            meanings: [:])
        return withSweep(
            withOperations(chain, backward: 1, separate: 1),
            depths.map { depth in
                let a = 1 / Double(1 << depth)
                return (depth, 2 * (a - y) * 2 * a, (a - y) * (a - y))
            })
    }
}
