import Autodiff

extension ChainEngine {
    /// Paths from the cost to each parameter (cost side first) and how many there are.
    ///
    /// Counts come from dynamic programming over the graph, newest node first: a node's count is the
    /// sum of its consumers' counts, saturating at `Int.max`, so wide deep nets never enumerate.
    /// Paths are listed only for parameters with at most `FactorPath.limit` of them, and only while the
    /// chain's total stays within `ChainLimits.pathFactors` factors (output-side parameters first).
    static func pathsAndCounts(_ net: ChainGraph, edges: [Factor]) -> ([String: [FactorPath]], [String: Int]) {
        let graph = net.graph
        var index: [String: Int] = [:]
        for (i, node) in graph.nodes.enumerated() { index[node.name] = i }
        // consumers[n]: the factors d(of)/d(n), i.e. the edges leaving node n toward the cost.
        var consumers = [[Int]](repeating: [], count: graph.nodes.count)
        for (e, factor) in edges.enumerated() {
            if let wrt = index[factor.wrt] { consumers[wrt].append(e) }
        }
        var count = [Int](repeating: 0, count: graph.nodes.count)
        count[net.cost.index] = 1
        for n in stride(from: net.cost.index - 1, through: 0, by: -1) {
            for e in consumers[n] {
                guard let of = index[edges[e].of] else { continue }
                let (sum, overflow) = count[n].addingReportingOverflow(count[of])
                count[n] = overflow ? Int.max : sum
            }
        }

        // Routes from the cost to each node with few enough paths, built newest node first (iteratively,
        // so a deep chain cannot overflow the stack).
        // The memo holds routes of intermediate nodes too, so it gets twice the listing budget.
        var routes: [Int: [[Int]]] = [net.cost.index: [[]]]
        var memoSize = 0
        for n in stride(from: net.cost.index - 1, through: 0, by: -1) where count[n] <= FactorPath.limit {
            guard memoSize <= 2 * ChainLimits.pathFactors else { break }
            var result: [[Int]] = []
            for e in consumers[n] {
                guard let of = index[edges[e].of], let above = routes[of] else { continue }
                for route in above { result.append(route + [e]) }
            }
            // A node whose consumers were skipped has only some of its routes; list none rather than a few.
            if result.count == count[n] { routes[n] = result }
            memoSize += result.reduce(0) { $0 + $1.count }
        }

        var paths: [String: [FactorPath]] = [:]
        var counts: [String: Int] = [:]
        var budget = ChainLimits.pathFactors
        // Output side first, like the memo: short paths are listed before the budget runs out.
        for p in net.parameters.reversed() {
            let name = graph.name(p)
            counts[name] = count[p.index]
            guard count[p.index] <= FactorPath.limit, let list = routes[p.index] else { continue }
            let size = list.reduce(0) { $0 + $1.count }
            guard size <= budget else { continue }
            budget -= size
            paths[name] = list.map { route in
                let factors = route.map { edges[$0] }
                return FactorPath(factors: factors, product: factors.reduce(1) { $0 * $1.value })
            }
        }
        return (paths, counts)
    }
}
