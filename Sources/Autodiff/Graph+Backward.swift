import Foundation

/// One edge of the graph: how much node `of` moves per unit move of its operand `wrt`.
public struct Edge: Sendable, Hashable {
    /// The node the derivative is taken of.
    public var of: NodeID
    /// The operand it is taken with respect to.
    public var wrt: NodeID
    /// The local derivative at the current values.
    public var value: Double
    /// The derivative as plain Unicode text over node names: `2(a3 − y)`, `w3`, `σ′(z2)`.
    public var formula: String
}

extension Graph {
    /// Reverse-mode sweep: the derivative of `output` with respect to every node, indexed by `NodeID.index`.
    ///
    /// Walking the array backwards visits a node only after everything that uses it, so its adjoint is
    /// complete; each operand then receives `+=` its share, which sums the contributions of all paths.
    public func backward(from output: NodeID) -> [Double] {
        var adjoint = [Double](repeating: 0, count: nodes.count)
        adjoint[output.index] = 1
        for i in stride(from: output.index, through: 0, by: -1) where adjoint[i] != 0 {
            for local in localDerivatives(of: NodeID(i), formulas: false) {
                adjoint[local.wrt.index] += adjoint[i] * local.value
            }
        }
        return adjoint
    }

    /// The local derivatives of one node with respect to each of its operands, in operand order.
    public func edges(of id: NodeID) -> [Edge] { localDerivatives(of: id, formulas: true) }

    /// Every edge of the graph, in node order.
    public var edges: [Edge] { nodes.indices.flatMap { edges(of: NodeID($0)) } }

    private func localDerivatives(of id: NodeID, formulas: Bool) -> [Edge] {
        let node = nodes[id.index]
        func v(_ x: NodeID) -> Double { nodes[x.index].value }
        func n(_ x: NodeID) -> String { formulas ? nodes[x.index].name : "" }
        func edge(_ wrt: NodeID, _ value: Double, _ formula: @autoclosure () -> String) -> Edge {
            Edge(of: id, wrt: wrt, value: value, formula: formulas ? formula() : "")
        }
        switch node.op {
        case .leaf:
            return []
        case .add(let a, let b):
            return [edge(a, 1, "1"), edge(b, 1, "1")]
        case .sub(let a, let b):
            return [edge(a, 1, "1"), edge(b, -1, "\u{2212}1")]
        case .mul(let a, let b):
            return [edge(a, v(b), n(b)), edge(b, v(a), n(a))]
        case .div(let a, let b):
            return [
                edge(a, 1 / v(b), "1/\(n(b))"),
                edge(b, -v(a) / (v(b) * v(b)), "\u{2212}\(n(a))/\(n(b))²"),
            ]
        case .neg(let a):
            return [edge(a, -1, "\u{2212}1")]
        case .pow(let a, let exponent):
            let value = exponent == 0 ? 0 : exponent * Foundation.pow(v(a), exponent - 1)
            return [edge(a, value, Graph.powerFormula(n(a), exponent))]
        case .sigmoid(let a):
            let s = node.value
            return [edge(a, s * (1 - s), "σ′(\(n(a)))")]
        case .tanh(let a):
            return [edge(a, 1 - node.value * node.value, "tanh′(\(n(a)))")]
        case .relu(let a):
            return [edge(a, v(a) > 0 ? 1 : 0, "relu′(\(n(a)))")]
        case .leakyReLU(let a):
            return [edge(a, v(a) > 0 ? 1 : Op.leakySlope, "leaky_relu′(\(n(a)))")]
        case .log(let a):
            return [edge(a, 1 / v(a), "1/\(n(a))")]
        case .exp(let a):
            return [edge(a, node.value, "exp(\(n(a)))")]
        case .weightedSum(let terms, let bias):
            var result: [Edge] = []
            for term in terms {
                result.append(edge(term.weight, v(term.input), n(term.input)))
                result.append(edge(term.input, v(term.weight), n(term.weight)))
            }
            if let bias { result.append(edge(bias, 1, "1")) }
            return result
        case .squaredError(let outputs, let targets, let scale):
            let factor = scale == 1 ? "2" : (scale == 0.5 ? "" : Graph.literal(2 * scale))
            return zip(outputs, targets).flatMap { a, y -> [Edge] in
                let d = 2 * scale * (v(a) - v(y))
                let diff = "\(n(a)) \u{2212} \(n(y))"
                let text = factor.isEmpty ? diff : "\(factor)(\(diff))"
                return [edge(a, d, text), edge(y, -d, "\u{2212}\(factor.isEmpty ? "(\(diff))" : text)")]
            }
        case .crossEntropy(let outputs, let targets):
            return zip(outputs, targets).flatMap { a, y -> [Edge] in
                let (av, yv) = (v(a), v(y))
                return [
                    edge(a, (av - yv) / (av * (1 - av)), "(\(n(a)) \u{2212} \(n(y)))/(\(n(a))(1 \u{2212} \(n(a))))"),
                    edge(y, Foundation.log(1 - av) - Foundation.log(av), "ln(1 \u{2212} \(n(a))) \u{2212} ln(\(n(a)))"),
                ]
            }
        }
    }

    /// `2a`, `3a²`, `−1·a^−2`: the derivative of `a^n`.
    static func powerFormula(_ a: String, _ n: Double) -> String {
        switch n {
        case 0: return "0"
        case 1: return "1"
        case 2: return "2\(a)"
        case 3: return "3\(a)²"
        default: return "\(literal(n))·\(a)^\(literal(n - 1))"
        }
    }
}
