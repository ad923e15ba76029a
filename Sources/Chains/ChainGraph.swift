import Autodiff

/// A spec compiled into an Autodiff graph, remembering which node plays which role.
struct ChainGraph: Sendable {
    var graph = Graph()
    var names: ChainNames
    var inputs: [NodeID] = []
    /// Weights then biases of layer 1, then layer 2, ... (network order).
    var parameters: [NodeID] = []
    var targets: [NodeID] = []
    var outputs: [NodeID] = []
    var cost = NodeID(0)
    var layers: [ComputedLayer] = []

    init(_ spec: ChainSpec) {
        names = ChainNames(inputCount: spec.input.count, layerWidths: spec.layers.map(\.width))
        for (k, x) in spec.input.enumerated() {
            inputs.append(graph.input(x, name: names.node("a", layer: 0, neuron: k)))
        }
        var previous = inputs
        for (index, layer) in spec.layers.enumerated() {
            previous = add(layer, number: index + 1, inputs: previous)
        }
        outputs = previous
        targets = spec.target.enumerated().map { graph.constant($1, name: names.target($0)) }
        let op: Op
        switch spec.cost {
        case .squared: op = .squaredError(outputs: outputs, targets: targets, scale: 1)
        case .halfSquared: op = .squaredError(outputs: outputs, targets: targets, scale: 0.5)
        case .crossEntropy: op = .crossEntropy(outputs: outputs, targets: targets)
        }
        cost = graph.append(op, name: "C")
    }

    /// Adds one layer's parameters and neurons; returns the layer's output nodes.
    private mutating func add(_ layer: ChainSpec.Layer, number l: Int, inputs: [NodeID]) -> [NodeID] {
        var weights: [[NodeID]] = []
        for (j, row) in layer.weights.enumerated() {
            let row = row.enumerated().map { k, w in
                graph.parameter(w, name: names.weight(layer: l, neuron: j, input: k))
            }
            weights.append(row)
        }
        parameters += weights.flatMap { $0 }
        let biases = layer.biases?.enumerated().map { graph.parameter($1, name: names.node("b", layer: l, neuron: $0)) }
        parameters += biases ?? []

        var outputs: [NodeID] = []
        var neurons: [ComputedNeuron] = []
        for j in 0..<layer.width {
            let terms = zip(weights[j], inputs).map { WeightedTerm(weight: $0, input: $1) }
            let a = names.node("a", layer: l, neuron: j)
            let z = layer.activation == .none ? nil : names.node("z", layer: l, neuron: j)
            let bias = biases.flatMap { j < $0.count ? $0[j] : nil }
            let sum = graph.append(.weightedSum(terms, bias: bias), name: z ?? a)
            let output: NodeID
            switch layer.activation {
            case .none: output = sum
            case .sigmoid: output = graph.sigmoid(sum, name: a)
            case .tanh: output = graph.tanh(sum, name: a)
            case .relu: output = graph.relu(sum, name: a)
            case .leakyReLU: output = graph.leakyReLU(sum, name: a)
            }
            outputs.append(output)
            neurons.append(
                ComputedNeuron(
                    name: a, preActivation: z, activation: layer.activation,
                    inputs: terms.map { WeightedInput(weight: graph.name($0.weight), input: graph.name($0.input)) },
                    bias: bias.map(graph.name)))
        }
        layers.append(ComputedLayer(index: l, neurons: neurons))
        return outputs
    }

    /// The current parameter values by name.
    var parameterValues: [String: Double] {
        Dictionary(uniqueKeysWithValues: parameters.map { (graph.name($0), graph.value($0)) })
    }

    /// True for a learnable weight or bias.
    func isParameter(_ id: NodeID) -> Bool { graph[id].op == .leaf(.parameter) }
}
