import Diagnostics
import YAML

extension ChainDecoder {
    /// One depth of a `sweep` list and where it is written.
    struct SweepDepth {
        var depth: Int
        var location: SourceLocation
    }

    /// `sweep: [1, 2, 4, 8, 16]`: whole numbers of layers, each at most `ChainLimits.layers`, no repeats,
    /// at most `ChainLimits.sweepDepths` of them. The sweep repeats layer 1, so the chain must have one
    /// input, one neuron in layer 1 and one target (reported at the `sweep` key).
    mutating func sweep(
        _ node: YAMLNode, key: SourceLocation, input: [Double]?, layers: [ChainSpec.Layer]?, target: [Double]?
    ) -> [SweepDepth] {
        guard let items = node.items else {
            fail("sweep must be a list of depths (numbers of layers), found \(Self.shown(node))", at: node.location)
            return []
        }
        guard !items.isEmpty else {
            fail("sweep must not be an empty list", at: node.location)
            return []
        }
        guard items.count <= ChainLimits.sweepDepths else {
            fail("too many depths in sweep: \(items.count) (at most \(ChainLimits.sweepDepths))", at: node.location)
            return []
        }
        var depths: [SweepDepth] = []
        for item in items {
            guard let depth = integer(item, "a depth in sweep", in: 1...ChainLimits.layers) else { continue }
            if depths.contains(where: { $0.depth == depth }) {
                fail("depth \(depth) appears twice in sweep", at: item.location)
                continue
            }
            depths.append(SweepDepth(depth: depth, location: item.location))
        }
        if let input, let first = layers?.first, let target,
            input.count != 1 || first.width != 1 || first.weights[0].count != 1 || target.count != 1
        {
            fail(
                "sweep repeats layer 1, so it needs a chain with one input, one neuron in layer 1 and one target",
                at: key)
        }
        return depths
    }
}
