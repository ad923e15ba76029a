import Autodiff
import Diagnostics

/// Runs chains: forward values, the backward sweep, factors and paths, gradient descent, and the checks
/// `sitegen build` and `check` apply to them.
public enum ChainEngine {
    /// Computes everything a page can show about a chain.
    /// - Throws: cross-entropy outputs outside (0, 1) (at the `cost` entry) and `meanings` keys that name
    ///   no factor (at the key, with a suggestion).
    public static func compute(_ spec: ChainSpec) throws(DiagnosticList) -> ComputedChain {
        let net = ChainGraph(spec)
        let graph = net.graph
        var problems: [Diagnostic] = []
        if spec.cost == .crossEntropy {
            for output in net.outputs where !(graph.value(output) > 0 && graph.value(output) < 1) {
                problems.append(
                    .error(
                        "cross_entropy needs outputs between 0 and 1, but \(graph.name(output)) = "
                            + "\(NumberFormat.exact(graph.value(output))); squish the last layer with a sigmoid",
                        at: spec.entry("cost")))
            }
        }
        let adjoint = graph.backward(from: net.cost)
        if problems.isEmpty, let overflow = overflow(net, adjoint: adjoint, spec: spec) { problems.append(overflow) }
        let edges = factors(of: net, meanings: spec.meanings)
        let factorNames = Set(edges.map(\.name))
        for name in spec.meanings.keys.sorted() where !factorNames.contains(name) {
            let hint = Suggestions.didYouMean(name, in: Array(factorNames))
            let at = spec.meaningLocations[name] ?? spec.location
            problems.append(.error("meanings names no factor '\(name)'\(hint)", at: at))
        }
        let sweep = sweepQuantities(spec)
        problems += sweep.problems
        guard problems.isEmpty else { throw DiagnosticList(problems) }

        var quantities: [String: Double] = [:]
        for (i, node) in graph.nodes.enumerated() {
            quantities[node.name] = node.value
            if i != net.cost.index, node.op != .leaf(.constant) { quantities["dC/d\(node.name)"] = adjoint[i] }
        }
        for factor in edges { quantities[factor.name] = factor.value }
        quantities.merge(OperationCount(net).quantities) { a, _ in a }
        quantities.merge(sweep.quantities) { a, _ in a }

        let (paths, counts) = pathsAndCounts(net, edges: edges)
        for (parameter, list) in paths where list.count > 1 {
            for (k, path) in list.enumerated() { quantities["dC/d\(parameter)#\(k + 1)"] = path.product }
        }
        var descent: [DescentState] = []
        if let rate = spec.learningRate {
            quantities["learning_rate"] = rate
            descent = descend(net, rate: rate, steps: spec.steps)
            for state in descent {
                quantities["C@\(state.step)"] = state.cost
                for (name, value) in state.parameters { quantities["\(name)@\(state.step)"] = value }
            }
            if descent.count > 1 {
                quantities["C_new"] = descent[1].cost
                for (name, value) in descent[1].parameters { quantities["\(name)_new"] = value }
            }
        }
        return ComputedChain(
            id: spec.id, location: spec.location, precision: spec.precision, inputs: net.inputs.map(graph.name),
            layers: net.layers, targets: net.targets.map(graph.name), cost: spec.cost,
            parameters: net.parameters.map(graph.name), edges: edges, quantities: quantities, paths: paths,
            pathCounts: counts, learningRate: spec.learningRate, descent: descent, meanings: spec.meanings,
            sweepDepths: spec.sweep)
    }

    /// An error when a value or gradient leaves the finite doubles (weights like 1e200 are finite but
    /// their products are not), at the layer where it first happens, else at the fence.
    static func overflow(_ net: ChainGraph, adjoint: [Double], spec: ChainSpec) -> Diagnostic? {
        let graph = net.graph
        func layerLocation(_ name: String) -> SourceLocation {
            if net.inputs.contains(where: { graph.name($0) == name }) { return spec.entry("input") }
            if name == graph.name(net.cost) { return spec.entry("cost") }
            let index = net.layers.firstIndex { $0.neurons.contains { $0.name == name || $0.preActivation == name } }
            return index.flatMap { spec.layers.indices.contains($0) ? spec.layers[$0].location : nil } ?? spec.location
        }
        if let node = graph.nodes.first(where: { !$0.value.isFinite }) {
            let shown = NumberFormat.text(node.value, precision: 4)
            return .error(
                "the forward pass leaves the finite numbers at \(node.name) = \(shown); use smaller weights or inputs",
                at: layerLocation(node.name))
        }
        if let i = adjoint.lastIndex(where: { !$0.isFinite }) {
            let name = graph.nodes[i].name
            return .error(
                "the backward pass leaves the finite numbers at dC/d\(name); use smaller weights or inputs",
                at: layerLocation(name))
        }
        return nil
    }

    /// Every edge as a named factor, in node order; edges into targets are left out (targets are data).
    static func factors(of net: ChainGraph, meanings: [String: String]) -> [Factor] {
        let graph = net.graph
        return graph.edges.compactMap { edge in
            guard graph[edge.wrt].op != .leaf(.constant) else { return nil }
            let of = graph.name(edge.of), wrt = graph.name(edge.wrt)
            let name = "d\(of)/d\(wrt)"
            let meaning = meanings[name] ?? FactorMeaning.generated(edge, in: net)
            return Factor(name: name, of: of, wrt: wrt, formula: edge.formula, value: edge.value, meaning: meaning)
        }
    }

    /// Gradient descent from the spec's values: `steps` updates `p ← p − rate · dC/dp`, with a fresh
    /// forward and backward pass each step. Returns states 0...steps.
    static func descend(_ net: ChainGraph, rate: Double, steps: Int) -> [DescentState] {
        var graph = net.graph
        var states = [DescentState(step: 0, parameters: net.parameterValues, cost: graph.value(net.cost))]
        for step in 1...max(1, steps) {
            let adjoint = graph.backward(from: net.cost)
            for p in net.parameters { graph.setValue(graph.value(p) - rate * adjoint[p.index], of: p) }
            graph.forward()
            let values = Dictionary(uniqueKeysWithValues: net.parameters.map { (graph.name($0), graph.value($0)) })
            states.append(DescentState(step: step, parameters: values, cost: graph.value(net.cost)))
        }
        return states
    }
}
