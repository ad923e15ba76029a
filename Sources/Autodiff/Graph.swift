import Foundation

/// One node: what it computes, the name formulas use for it, and its current value.
public struct Node: Sendable, Hashable {
    public var op: Op
    /// Label used in formulas (`a3`, `w2[1,3]`); literals are labelled with their value.
    public var name: String
    public var value: Double
}

/// A scalar computation graph for reverse-mode differentiation (micrograd's idea, kept in an array).
///
/// Nodes are appended in evaluation order, so the array is already topologically sorted: `forward()`
/// walks it front to back and `backward(from:)` back to front, accumulating every path with `+=`.
public struct Graph: Sendable {
    /// All nodes; a node's operands come before it.
    public private(set) var nodes: [Node] = []

    /// An empty graph.
    public init() {}

    /// The node with this id.
    public subscript(id: NodeID) -> Node { nodes[id.index] }

    /// The current value of a node.
    public func value(_ id: NodeID) -> Double { nodes[id.index].value }

    /// The label of a node, as used in formulas.
    public func name(_ id: NodeID) -> String { nodes[id.index].name }

    /// Adds a node computing `op`, evaluated right away from its operands' values.
    /// - Precondition: every operand is already in the graph (callers never pass user data here).
    @discardableResult
    public mutating func append(_ op: Op, name: String? = nil) -> NodeID {
        let id = NodeID(nodes.count)
        precondition(op.operands.allSatisfy { $0.index < id.index }, "operands must precede the node")
        let value = evaluate(op, leafValue: 0)
        nodes.append(Node(op: op, name: name ?? "v\(id.index)", value: value))
        return id
    }

    /// Adds a leaf holding `value`.
    @discardableResult
    public mutating func leaf(_ kind: LeafKind, _ value: Double, name: String? = nil) -> NodeID {
        let id = NodeID(nodes.count)
        nodes.append(Node(op: .leaf(kind), name: name ?? Graph.literal(value), value: value))
        return id
    }

    /// Changes a node's value; call `forward()` afterwards to update everything that depends on it.
    public mutating func setValue(_ value: Double, of id: NodeID) {
        nodes[id.index].value = value
    }

    /// Recomputes every non-leaf value from the leaves.
    public mutating func forward() {
        for i in nodes.indices {
            if case .leaf = nodes[i].op { continue }
            nodes[i].value = evaluate(nodes[i].op, leafValue: nodes[i].value)
        }
    }

    /// Leaves of one kind, in graph order.
    public func leaves(_ kind: LeafKind) -> [NodeID] {
        nodes.indices.filter { nodes[$0].op == .leaf(kind) }.map(NodeID.init)
    }

    /// A number as a short label: `2`, `0.5`, `−1`.
    static func literal(_ x: Double) -> String {
        let text = x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : "\(x)"
        return text.replacingOccurrences(of: "-", with: "\u{2212}")
    }

    private func evaluate(_ op: Op, leafValue: Double) -> Double {
        func v(_ id: NodeID) -> Double { nodes[id.index].value }
        switch op {
        case .leaf: return leafValue
        case .add(let a, let b): return v(a) + v(b)
        case .sub(let a, let b): return v(a) - v(b)
        case .mul(let a, let b): return v(a) * v(b)
        case .div(let a, let b): return v(a) / v(b)
        case .neg(let a): return -v(a)
        case .pow(let a, let n): return Foundation.pow(v(a), n)
        case .sigmoid(let a): return logistic(v(a))
        case .tanh(let a): return Foundation.tanh(v(a))
        case .relu(let a): return max(0, v(a))
        case .leakyReLU(let a): return v(a) > 0 ? v(a) : Op.leakySlope * v(a)
        case .log(let a): return Foundation.log(v(a))
        case .exp(let a): return Foundation.exp(v(a))
        case .weightedSum(let terms, let bias):
            var sum = bias.map(v) ?? 0
            for term in terms { sum += v(term.weight) * v(term.input) }
            return sum
        case .squaredError(let outputs, let targets, let scale):
            var sum = 0.0
            for (a, y) in zip(outputs, targets) { sum += (v(a) - v(y)) * (v(a) - v(y)) }
            return scale * sum
        case .crossEntropy(let outputs, let targets):
            var sum = 0.0
            for (a, y) in zip(outputs, targets) {
                sum -= v(y) * Foundation.log(v(a)) + (1 - v(y)) * Foundation.log(1 - v(a))
            }
            return sum
        }
    }
}
