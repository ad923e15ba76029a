import Autodiff

/// Generated teaching text for a factor, in the cheatsheet's voice; authors replace it with `meanings`.
enum FactorMeaning {
    static func generated(_ edge: Edge, in net: ChainGraph) -> String {
        let graph = net.graph
        let of = graph[edge.of], wrt = graph[edge.wrt]
        if edge.of == net.cost {
            return net.outputs.count == 1
                ? "how the cost changes as the output moves: the output's desire"
                : "how the cost changes as output \(wrt.name) moves: that output's desire"
        }
        switch of.op {
        case .sigmoid, .tanh, .relu, .leakyReLU:
            return "the squish's slope at \(wrt.name): one extra factor for passing through \(squish(of.op))"
        default:
            break
        }
        if wrt.op == .leaf(.parameter) {
            return wrt.name.hasPrefix("b")
                ? "a bias shifts the sum one for one"
                : "the input feeding this weight"
        }
        return "desire flows back through the weight \(edge.formula)"
    }

    private static func squish(_ op: Op) -> String {
        switch op {
        case .sigmoid: return "the sigmoid"
        case .tanh: return "tanh"
        case .relu: return "the ReLU"
        default: return "the leaky ReLU"
        }
    }
}
