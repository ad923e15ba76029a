import Diagnostics
import YAML

extension ChainDecoder {
    /// The layers from either `weights` (+ `biases`) or `layers`.
    mutating func layers(
        node: [String: YAMLNode], keyLocations: [String: SourceLocation], activation: Activation,
        fence: SourceLocation, excused: Bool = false
    ) -> [ChainSpec.Layer]? {
        let layers: [ChainSpec.Layer]?
        switch (node["weights"], node["layers"]) {
        case (nil, nil):
            if !excused { fail("chain is missing 'weights' or 'layers'", at: fence) }
            return nil
        case (.some, .some):
            fail("give either 'weights' or 'layers', not both", at: keyLocations["layers"] ?? fence)
            return nil
        case (let weights?, nil):
            layers = shorthand(weights, biases: node["biases"], activation: activation)
        case (nil, let list?):
            if node["biases"] != nil, let at = keyLocations["biases"] {
                fail("'biases' goes with 'weights'; with 'layers' give each layer its own 'b'", at: at)
            }
            layers = general(list, activation: activation)
        }
        guard let layers else { return nil }
        let count = ChainSpec.parameterCount(of: layers)
        if count > ChainLimits.parameters {
            let key = node["weights"] != nil ? "weights" : "layers"
            fail("too many parameters: \(count) (at most \(ChainLimits.parameters))", at: keyLocations[key] ?? fence)
            return nil
        }
        return layers
    }

    /// `weights: [2, 3, 0.5]`: one neuron per layer, one weight each.
    private mutating func shorthand(_ node: YAMLNode, biases: YAMLNode?, activation: Activation)
        -> [ChainSpec.Layer]?
    {
        let items = node.items ?? [node]
        guard layerCount(items.count, at: node.location) else { return nil }
        guard node.pairs == nil, node.items.map({ !$0.isEmpty }) ?? true else {
            let message = "weights must be a non-empty list of numbers, one per layer, found \(node.kindName)"
            fail(message, at: node.location)
            return nil
        }
        let weights = items.map { number($0, "a weight") }
        var biasValues: [Double]?
        if let biases {
            biasValues = numbers(biases, "biases")
            if let b = biasValues, b.count != items.count {
                fail(
                    "biases has \(plural(b.count, "number")) but weights has \(plural(items.count, "layer"))",
                    at: biases.location)
                biasValues = nil
            }
        }
        guard !weights.contains(nil), biases == nil || biasValues != nil else { return nil }
        return items.indices.map { i in
            ChainSpec.Layer(
                weights: [[weights[i] ?? 0]], biases: biasValues.map { [$0[i]] }, activation: activation,
                location: items[i].location)
        }
    }

    /// `layers: [{w: ..., b: ..., activation: ...}, ...]`.
    private mutating func general(_ node: YAMLNode, activation: Activation) -> [ChainSpec.Layer]? {
        guard let items = node.items, !items.isEmpty else {
            fail("layers must be a non-empty list, one entry per layer, found \(node.kindName)", at: node.location)
            return nil
        }
        guard layerCount(items.count, at: node.location) else { return nil }
        var layers: [ChainSpec.Layer] = []
        var bad = false
        for (i, item) in items.enumerated() {
            guard let pairs = pairs(item, "layer \(i + 1)", allowed: ["w", "b", "activation"]) else {
                bad = true
                continue
            }
            let entry = Dictionary(pairs.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
            guard let wNode = entry["w"] else {
                fail("layer \(i + 1) needs 'w'", at: item.location)
                bad = true
                continue
            }
            let own: Activation? = entry["activation"].map { choice($0, "activation") } ?? activation
            guard let weights = matrix(wNode, layer: i + 1), let own else {
                bad = true
                continue
            }
            var biases: [Double]?
            if let bNode = entry["b"] {
                biases = numbers(bNode, "b")
                guard let b = biases else {
                    bad = true
                    continue
                }
                if b.count != weights.count {
                    fail(
                        "layer \(i + 1) has \(plural(weights.count, "neuron")) but \(plural(b.count, "bias"))",
                        at: bNode.location)
                    bad = true
                }
            }
            layers.append(ChainSpec.Layer(weights: weights, biases: biases, activation: own, location: wNode.location))
        }
        return bad ? nil : layers
    }

    /// `w`: a number, a list (one neuron with several inputs) or a list of lists (neurons × inputs).
    private mutating func matrix(_ node: YAMLNode, layer: Int) -> [[Double]]? {
        guard let items = node.items else {
            return number(node, "w of layer \(layer)").map { [[$0]] }
        }
        guard let first = items.first else {
            fail("w of layer \(layer) must not be an empty list", at: node.location)
            return nil
        }
        let rows: [[Double]?]
        if first.items == nil {
            rows = [numbers(node, "w of layer \(layer)")]
        } else {
            rows = items.map { row -> [Double]? in
                guard row.items != nil else {
                    fail("w of layer \(layer) mixes numbers and lists; give one list per neuron", at: row.location)
                    return nil
                }
                return numbers(row, "w of layer \(layer)")
            }
        }
        guard !rows.contains(where: { $0 == nil }) else { return nil }
        let matrix = rows.compactMap { $0 }
        if matrix.count > ChainLimits.neurons {
            let message = "too many neurons in layer \(layer): \(matrix.count) (at most \(ChainLimits.neurons))"
            fail(message, at: node.location)
            return nil
        }
        for (j, row) in matrix.enumerated() where row.count != matrix[0].count {
            fail(
                "neuron \(j + 1) of layer \(layer) has \(plural(row.count, "weight")) but neuron 1 has "
                    + "\(matrix[0].count)", at: items[j].location)
            return nil
        }
        return matrix
    }

    private mutating func layerCount(_ count: Int, at location: SourceLocation) -> Bool {
        guard count <= ChainLimits.layers else {
            fail("too many layers: \(count) (at most \(ChainLimits.layers))", at: location)
            return false
        }
        return true
    }

    /// Each layer's neurons take exactly as many inputs as the layer before has neurons.
    mutating func checkShapes(_ layers: [ChainSpec.Layer], inputCount: Int) {
        var previous = inputCount
        for (i, layer) in layers.enumerated() {
            let takes = layer.weights.first?.count ?? 0
            if takes != previous {
                let source = i == 0 ? "the input has" : "layer \(i) has"
                fail(
                    "layer \(i + 1) takes \(plural(takes, "input")) per neuron but \(source) "
                        + "\(plural(previous, "neuron"))", at: layer.location)
            }
            previous = layer.width
        }
    }
}
