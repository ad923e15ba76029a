import Diagnostics

/// A `{chain}` block after decoding and validation: plain numbers with the positions needed for
/// later diagnostics (expectations, descent warnings, the cross-entropy range check).
public struct ChainSpec: Sendable, Hashable {
    /// One layer: a weight matrix (neurons × inputs), optional biases (one per neuron), a squish.
    public struct Layer: Sendable, Hashable {
        /// `w[j][k]` weighs input `k` into neuron `j` (0-based here, 1-based in names).
        public var weights: [[Double]]
        /// One bias per neuron, or nil for a layer without biases.
        public var biases: [Double]?
        public var activation: Activation
        /// Where the layer's `w` (or its `weights` item) is written.
        public var location: SourceLocation

        public init(weights: [[Double]], biases: [Double]?, activation: Activation, location: SourceLocation) {
            self.weights = weights
            self.biases = biases
            self.activation = activation
            self.location = location
        }

        /// Number of neurons.
        public var width: Int { weights.count }
    }

    /// One `expect` entry: the author's number for a quantity name.
    public struct Expectation: Sendable, Hashable {
        public var name: String
        public var value: Double
        /// Where the entry's key is written.
        public var location: SourceLocation
        public init(name: String, value: Double, location: SourceLocation) {
            self.name = name
            self.value = value
            self.location = location
        }
    }

    /// The id from the fence (`worked`), or empty.
    public var id: String
    /// The fence line of the block; problems about missing keys point here.
    public var location: SourceLocation
    /// `a0`, one number per input neuron.
    public var input: [Double]
    /// Layers 1...L.
    public var layers: [Layer]
    /// `y`, one number per output neuron.
    public var target: [Double]
    public var cost: CostKind
    public var learningRate: Double?
    /// Gradient-descent steps (1 unless given; only meaningful with a learning rate).
    public var steps: Int
    /// Significant digits for this chain, or nil for the site's.
    public var precision: Int?
    /// Expectations in source order.
    public var expect: [Expectation]
    /// Author meanings by factor name, as Markdown.
    public var meanings: [String: String]
    /// Where each meaning's key is written, to report unknown factor names.
    public var meaningLocations: [String: SourceLocation]
    /// Where each top-level key is written (`cost`, `learning_rate`, ...): the "entry" of a key.
    public var keyLocations: [String: SourceLocation]
    /// Depths of the `sweep` key in source order: the engine also runs chains of that many copies of
    /// layer 1 (`sweep@L.C`, `sweep@L.dC/dw1`). Empty without the key.
    public var sweep: [Int]
    /// Where each depth of `sweep` is written, by depth, for problems found while computing it.
    public var sweepLocations: [Int: SourceLocation]

    public init(
        id: String, location: SourceLocation, input: [Double], layers: [Layer], target: [Double],
        cost: CostKind = .squared, learningRate: Double? = nil, steps: Int = 1, precision: Int? = nil,
        expect: [Expectation] = [], meanings: [String: String] = [:],
        meaningLocations: [String: SourceLocation] = [:], keyLocations: [String: SourceLocation] = [:],
        sweep: [Int] = [], sweepLocations: [Int: SourceLocation] = [:]
    ) {
        self.id = id
        self.location = location
        self.input = input
        self.layers = layers
        self.target = target
        self.cost = cost
        self.learningRate = learningRate
        self.steps = steps
        self.precision = precision
        self.expect = expect
        self.meanings = meanings
        self.meaningLocations = meaningLocations
        self.keyLocations = keyLocations
        self.sweep = sweep
        self.sweepLocations = sweepLocations
    }

    /// The location of a top-level entry, or the fence when the key is absent.
    public func entry(_ key: String) -> SourceLocation { keyLocations[key] ?? location }

    /// Number of parameters (every weight and bias).
    public var parameterCount: Int { Self.parameterCount(of: layers) }

    /// Number of weights and biases in `layers`.
    public static func parameterCount(of layers: [Layer]) -> Int {
        layers.reduce(0) { $0 + $1.weights.reduce(0) { $0 + $1.count } + ($1.biases?.count ?? 0) }
    }
}

/// Sizes a chain may have: everything allowed computes in well under a second, so a typo such as
/// 10,000 layers is refused with a clear message instead of stalling a build.
public enum ChainLimits {
    /// Most layers in one chain (the lessons' deepest example has 100).
    public static let layers = 500
    /// Most neurons in one layer, and most input neurons.
    public static let neurons = 64
    /// Most weights and biases in one chain.
    public static let parameters = 10_000
    /// Most gradient-descent steps.
    public static let steps = 10_000
    /// Most parameter values recorded over a descent: (steps + 1) × parameters.
    public static let descentValues = 200_000
    /// Most factors listed across all enumerated paths of a chain; beyond it `paths` stops growing.
    public static let pathFactors = 250_000
    /// Most depths in a chain's `sweep` (each depth is a chain of up to `layers` layers).
    public static let sweepDepths = 32
}
