import Autodiff

/// How much arithmetic it takes to get every parameter's gradient from the local factors, two ways.
///
/// Both ways start from the same local factors (the edge derivatives `{graph}` shows), so computing
/// those is not counted; only combining them is.
///
/// - Backward sweep: walk from the cost back, computing dC/dX once for every node X that leads to a
///   parameter. A factor leaving the cost (`dC/da3`) is dC/da3 itself; every other factor dA/dB into such
///   a node B is multiplied once by the already known dC/dA. So `backward` is the number of edges into
///   nodes that lead to a parameter, not counting the cost's own edges. A node reached by n edges sums
///   their n contributions: n − 1 additions (`backwardAdditions`).
/// - Separately: every parameter's chain-rule product is multiplied out from scratch, path by path: a
///   path of k factors takes k − 1 multiplications (`separate`), and a parameter with n paths adds them
///   up with n − 1 additions (`separateAdditions`). Shared output-side factors are multiplied again for
///   every parameter behind them, which is what forward recomputation per parameter costs too.
///
/// The cheatsheet chain (3 weights, no squish): backward = 5 (dC/da2 = dC/da3 · w3, dC/da1 = dC/da2 · w2, then
/// one more each for dC/dw3, dC/dw2, dC/dw1), separate = 1 + 2 + 3 = 6. A chain of L one-neuron layers
/// without biases or squish: backward = 2L − 1, separate = L(L + 1)/2.
struct OperationCount: Sendable, Hashable {
    var backward: Int
    var backwardAdditions: Int
    /// Doubles, because the number of paths of a wide, deep net outgrows every integer type
    /// (exact up to 2^53; ∞ past the largest double).
    var separate: Double
    var separateAdditions: Double

    init(_ net: ChainGraph) {
        let graph = net.graph
        let count = graph.nodes.count
        // Edges toward the inputs, targets left out (they are data, not on any path to a parameter).
        let edges = graph.edges.filter { graph[$0.wrt].op != .leaf(.constant) }
        var consumers = [[Edge]](repeating: [], count: count)
        for edge in edges { consumers[edge.wrt.index].append(edge) }

        // needed[n]: n is a parameter or has a factor toward one. Operands precede their nodes.
        var needed = [Bool](repeating: false, count: count)
        for edge in edges.sorted(by: { $0.of < $1.of }) where net.isParameter(edge.wrt) || needed[edge.wrt.index] {
            needed[edge.of.index] = true
        }
        for p in net.parameters { needed[p.index] = true }

        // Paths from the cost to each node and their total number of factors, newest node first.
        var paths = [Double](repeating: 0, count: count)
        var factors = [Double](repeating: 0, count: count)
        paths[net.cost.index] = 1
        var backward = 0, backwardAdditions = 0
        for n in stride(from: count - 1, through: 0, by: -1) where n != net.cost.index {
            for edge in consumers[n] {
                paths[n] += paths[edge.of.index]
                factors[n] += factors[edge.of.index] + paths[edge.of.index]
            }
            guard needed[n], paths[n] > 0 else { continue }
            let incoming = consumers[n].filter { paths[$0.of.index] > 0 }
            backward += incoming.filter { $0.of != net.cost }.count
            backwardAdditions += max(0, incoming.count - 1)
        }
        self.backward = backward
        self.backwardAdditions = backwardAdditions
        let separate = net.parameters.reduce(0) { $0 + factors[$1.index] - paths[$1.index] }
        let additions = net.parameters.reduce(0) { $0 + max(0, paths[$1.index] - 1) }
        // ∞ − ∞ is NaN; a count too large for a double is simply ∞.
        self.separate = separate.isNaN ? .infinity : separate
        separateAdditions = additions.isNaN ? .infinity : additions
    }

    /// The counts under their quantity names.
    var quantities: [String: Double] {
        [
            OperationNames.backward: Double(backward), OperationNames.backwardAdditions: Double(backwardAdditions),
            OperationNames.separate: separate, OperationNames.separateAdditions: separateAdditions,
        ]
    }
}
