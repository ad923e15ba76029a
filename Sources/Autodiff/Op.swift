import Foundation

/// Index of a node in a `Graph`; operands always have smaller indices than the node using them.
public struct NodeID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Position in `Graph.nodes`.
    public let index: Int
    /// Wraps an index; only `Graph` hands out valid ones.
    public init(_ index: Int) { self.index = index }
    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.index < rhs.index }
    public var description: String { "#\(index)" }
}

/// What kind of leaf a node is: it has no operands and its value is set from outside.
public enum LeafKind: Sendable, Hashable {
    /// A fixed number (a target, a literal like the `2` in `2·d`).
    case constant
    /// Data fed into the graph (`a0`).
    case input
    /// A learnable knob (`w1`, `b1`): what gradient descent changes.
    case parameter
}

/// One term `weight · input` of a weighted sum.
public struct WeightedTerm: Sendable, Hashable {
    public var weight: NodeID
    public var input: NodeID
    public init(weight: NodeID, input: NodeID) {
        self.weight = weight
        self.input = input
    }
}

/// The operation a node computes from its operands.
public enum Op: Sendable, Hashable {
    case leaf(LeafKind)
    case add(NodeID, NodeID)
    case sub(NodeID, NodeID)
    case mul(NodeID, NodeID)
    case div(NodeID, NodeID)
    case neg(NodeID)
    /// `x^exponent` with a constant exponent.
    case pow(NodeID, Double)
    case sigmoid(NodeID)
    case tanh(NodeID)
    case relu(NodeID)
    /// `x` for positive `x`, else `0.01·x`.
    case leakyReLU(NodeID)
    /// Natural logarithm.
    case log(NodeID)
    case exp(NodeID)
    /// `Σ weight·input + bias`: one node per neuron, so every weight and input is one edge.
    case weightedSum([WeightedTerm], bias: NodeID?)
    /// `scale · Σ (output − target)²` (`scale` 1 for squared error, 0.5 for half squared).
    case squaredError(outputs: [NodeID], targets: [NodeID], scale: Double)
    /// Binary cross-entropy `−Σ [y ln a + (1 − y) ln(1 − a)]`.
    case crossEntropy(outputs: [NodeID], targets: [NodeID])

    /// Slope of leaky ReLU for negative inputs.
    public static let leakySlope = 0.01

    /// The operands in order; an operand used twice appears twice.
    public var operands: [NodeID] {
        switch self {
        case .leaf: return []
        case .add(let a, let b), .sub(let a, let b), .mul(let a, let b), .div(let a, let b): return [a, b]
        case .neg(let a), .pow(let a, _), .sigmoid(let a), .tanh(let a), .relu(let a), .leakyReLU(let a),
            .log(let a), .exp(let a):
            return [a]
        case .weightedSum(let terms, let bias):
            return terms.flatMap { [$0.weight, $0.input] } + (bias.map { [$0] } ?? [])
        case .squaredError(let outputs, let targets, _), .crossEntropy(let outputs, let targets):
            return zip(outputs, targets).flatMap { [$0, $1] }
        }
    }
}

/// The logistic function 1 / (1 + e^−x), written to stay finite for large |x|.
public func logistic(_ x: Double) -> Double {
    if x >= 0 { return 1 / (1 + Foundation.exp(-x)) }
    let e = Foundation.exp(x)
    return e / (1 + e)
}
