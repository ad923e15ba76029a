import Diagnostics

// The contract between the engine (Chains) and the views (Views) and the site (Site).
// Everything here is plain data: the engine fills it in, views and checks only read it.

/// A squish function applied to a layer's weighted sum.
public enum Activation: String, Sendable, Hashable, CaseIterable {
    case none, sigmoid, tanh, relu
    case leakyReLU = "leaky_relu"
}

/// The cost function comparing the output layer with the target.
public enum CostKind: String, Sendable, Hashable, CaseIterable {
    case squared
    case halfSquared = "half_squared"
    case crossEntropy = "cross_entropy"
}

/// One weighted input of a neuron: `weight · input`.
public struct WeightedInput: Sendable, Hashable {
    /// Weight name, e.g. `w2` or `w2[1,3]`.
    public var weight: String
    /// Name of the activation it multiplies, e.g. `a1` or `a1[3]`.
    public var input: String
    public init(weight: String, input: String) {
        self.weight = weight
        self.input = input
    }
}

/// One neuron: `z = Σ w·a + b`, then `a = act(z)`; without an activation there is no `z` node.
public struct ComputedNeuron: Sendable, Hashable {
    /// The output node's name, `a2` or `a2[1]`.
    public var name: String
    /// The weighted-sum node's name (`z2`), present only with an activation.
    public var preActivation: String?
    /// The squish applied, `.none` for a plain linear layer.
    public var activation: Activation
    /// The weighted inputs, in input order.
    public var inputs: [WeightedInput]
    /// The bias name (`b2`), when the layer has biases.
    public var bias: String?
    public init(
        name: String, preActivation: String?, activation: Activation, inputs: [WeightedInput], bias: String?
    ) {
        self.name = name
        self.preActivation = preActivation
        self.activation = activation
        self.inputs = inputs
        self.bias = bias
    }
}

/// One layer, 1-based (`a0` is the input, not a layer).
public struct ComputedLayer: Sendable, Hashable {
    public var index: Int
    public var neurons: [ComputedNeuron]
    public init(index: Int, neurons: [ComputedNeuron]) {
        self.index = index
        self.neurons = neurons
    }
}

/// One local derivative along an edge of the graph, e.g. `da3/da2 = w3 = 0.5`.
public struct Factor: Sendable, Hashable {
    /// The factor's name, `dC/da3`, `da3/da2`, `da2/dz2`, `da1/dw1`.
    public var name: String
    /// The node the derivative is taken of (`a3`), and the one it is taken with respect to (`a2`).
    public var of: String
    public var wrt: String
    /// Symbolic formula as plain Unicode text, e.g. `2(a3 − y)`, `w3`, `a0`, `σ′(z2)`.
    public var formula: String
    /// Its value at the current point.
    public var value: Double
    /// What it means for a learner, as Markdown (an author's `meanings` entry replaces the generated one).
    public var meaning: String
    public init(name: String, of: String, wrt: String, formula: String, value: Double, meaning: String) {
        self.name = name
        self.of = of
        self.wrt = wrt
        self.formula = formula
        self.value = value
        self.meaning = meaning
    }
}

/// One path from the cost back to a parameter: its factors in order, cost side first.
public struct FactorPath: Sendable, Hashable {
    public var factors: [Factor]
    /// The product of the factors.
    public var product: Double
    public init(factors: [Factor], product: Double) {
        self.factors = factors
        self.product = product
    }
}

/// The parameters and cost after `step` gradient-descent steps (step 0 is the start).
public struct DescentState: Sendable, Hashable {
    public var step: Int
    /// Parameter name -> value.
    public var parameters: [String: Double]
    public var cost: Double
    public init(step: Int, parameters: [String: Double], cost: Double) {
        self.step = step
        self.parameters = parameters
        self.cost = cost
    }
}

/// A chain after the engine has run: structure, every named quantity, factors and descent.
public struct ComputedChain: Sendable {
    /// The chain's id from the fence (`worked`); empty when the page's only chain has none.
    public var id: String
    /// The fence line of the `{chain}` block.
    public var location: SourceLocation
    /// Significant digits from the spec, or nil to use the site's.
    public var precision: Int?
    /// Input node names: `a0`, or `a0[1]`, `a0[2]`...
    public var inputs: [String]
    /// Layers 1...L.
    public var layers: [ComputedLayer]
    /// Target names: `y`, or `y[1]`...
    public var targets: [String]
    public var cost: CostKind
    /// Parameter names in network order (input side first): `w1`, `b1`, `w2`, ...
    public var parameters: [String]
    /// Every edge of the graph with its local derivative (including the cost edges `dC/da3`).
    public var edges: [Factor]
    /// Every name of section 3 with its value: nodes, parameters, `y`, `C`, `dC/dX`, local factors
    /// `dA/dB`, `learning_rate`, `X_new`, `C_new`, `X@k`, `C@k`, `dC/dX#k` (the product of path k
    /// when a parameter has several paths), the operation counts `ops.*` (`OperationNames`) and the
    /// depth sweep `sweep@L.*` (`SweepNames`). A `data-ref` always names a key of this map.
    public var quantities: [String: Double]
    /// Paths from the cost to each parameter, for parameters with at most `FactorPath.limit` paths.
    public var paths: [String: [FactorPath]]
    /// How many paths lead to each parameter (may exceed what `paths` holds).
    public var pathCounts: [String: Int]
    public var learningRate: Double?
    /// Descent states 0...steps; empty without a learning rate.
    public var descent: [DescentState]
    /// Author overrides of factor meanings, by factor name, as Markdown.
    public var meanings: [String: String]
    /// The depths of the chain's `sweep` key, in source order; `quantities` holds `sweep@L.C`,
    /// `sweep@L.dC/dw1`, `sweep@L.ops.backward` and `sweep@L.ops.separate` for each (see `SweepNames`).
    public var sweepDepths: [Int]

    public init(
        id: String, location: SourceLocation, precision: Int?, inputs: [String], layers: [ComputedLayer],
        targets: [String], cost: CostKind, parameters: [String], edges: [Factor], quantities: [String: Double],
        paths: [String: [FactorPath]], pathCounts: [String: Int], learningRate: Double?,
        descent: [DescentState], meanings: [String: String], sweepDepths: [Int] = []
    ) {
        self.id = id
        self.location = location
        self.precision = precision
        self.inputs = inputs
        self.layers = layers
        self.targets = targets
        self.cost = cost
        self.parameters = parameters
        self.edges = edges
        self.quantities = quantities
        self.paths = paths
        self.pathCounts = pathCounts
        self.learningRate = learningRate
        self.descent = descent
        self.meanings = meanings
        self.sweepDepths = sweepDepths
    }

    /// The `data-ref` for a quantity: `worked:dC/dw1`, or just `dC/dw1` for an unnamed chain.
    public func ref(_ name: String) -> String { id.isEmpty ? name : "\(id):\(name)" }

    /// The output layer's node names.
    public var outputs: [String] { layers.last?.neurons.map(\.name) ?? inputs }
}

extension FactorPath {
    /// Most paths a `{factors}` table lists; beyond this the view asks for `{gradients}` instead.
    public static let limit = 256
}
