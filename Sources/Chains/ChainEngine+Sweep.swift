import Autodiff
import Diagnostics

extension ChainEngine {
    /// The chain of `depth` copies of `spec`'s first layer (same weight, bias and squish), with the
    /// same input, target and cost. Only meaningful for specs that passed `sweep` validation.
    public static func repeated(_ spec: ChainSpec, depth: Int) -> ChainSpec {
        var copy = spec
        copy.layers = spec.layers.first.map { Array(repeating: $0, count: depth) } ?? []
        copy.learningRate = nil
        copy.steps = 1
        copy.expect = []
        copy.meanings = [:]
        copy.sweep = []
        copy.sweepLocations = [:]
        return copy
    }

    /// The `sweep@L.*` quantities for each depth of the spec's `sweep`, or the problems that stop them:
    /// a repeated chain whose numbers leave the doubles or whose cross-entropy output leaves (0, 1),
    /// each reported at its depth in the `sweep` list.
    static func sweepQuantities(_ spec: ChainSpec) -> (quantities: [String: Double], problems: [Diagnostic]) {
        var quantities: [String: Double] = [:]
        var problems: [Diagnostic] = []
        for depth in spec.sweep {
            let at = spec.sweepLocations[depth] ?? spec.entry("sweep")
            let net = ChainGraph(repeated(spec, depth: depth))
            let graph = net.graph
            let adjoint = graph.backward(from: net.cost)
            let layers = plural(depth, "layer")
            if spec.cost == .crossEntropy, let output = net.outputs.first,
                !(graph.value(output) > 0 && graph.value(output) < 1)
            {
                problems.append(
                    .error(
                        "cross_entropy needs outputs between 0 and 1, but the sweep's chain of \(layers) has "
                            + "\(graph.name(output)) = \(NumberFormat.exact(graph.value(output)))", at: at))
                continue
            }
            guard graph.nodes.allSatisfy(\.value.isFinite), adjoint.allSatisfy(\.isFinite) else {
                problems.append(
                    .error(
                        "the sweep's chain of \(layers) leaves the finite numbers; use a smaller depth", at: at))
                continue
            }
            guard let w1 = net.parameters.first else { continue }
            let operations = OperationCount(net)
            let values: [String: Double] = [
                "C": graph.value(net.cost), "dC/dw1": adjoint[w1.index],
                OperationNames.backward: Double(operations.backward), OperationNames.separate: operations.separate,
            ]
            for (name, value) in values { quantities[SweepNames.name(name, depth: depth)] = value }
        }
        return (quantities, problems)
    }

    /// Each sweep depth's dC/dw1 against a central finite difference (step 1e-6), as `gradientCheck`
    /// does for the chain's own parameters; `parameter` is `sweep@L.w1`.
    public static func sweepGradientCheck(_ spec: ChainSpec) -> [GradientCheckResult] {
        spec.sweep.compactMap { depth in
            let net = ChainGraph(repeated(spec, depth: depth))
            guard let w1 = net.parameters.first,
                let result = net.graph.gradientCheck(output: net.cost, leaves: [w1], step: 1e-6).first
            else { return nil }
            return GradientCheckResult(
                parameter: SweepNames.name("w1", depth: depth), analytic: result.analytic, numeric: result.numeric,
                ok: result.ok)
        }
    }
}
