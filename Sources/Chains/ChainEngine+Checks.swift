import Autodiff
import Diagnostics

/// One parameter's backward-sweep gradient next to its central finite difference.
public struct GradientCheckResult: Sendable, Hashable {
    /// The parameter's name, `w1` or `w2[1,3]`.
    public var parameter: String
    /// dC/dX from the backward sweep.
    public var analytic: Double
    /// `(C(X + h) − C(X − h)) / 2h` with h = 1e-6.
    public var numeric: Double
    /// `|fd − g| ≤ 1e-5 + 1e-3·|g|` (format spec section 7).
    public var ok: Bool
}

extension ChainEngine {
    /// Checks every parameter's gradient against a central finite difference (step 1e-6).
    public static func gradientCheck(_ spec: ChainSpec) -> [GradientCheckResult] {
        let net = ChainGraph(spec)
        return net.graph.gradientCheck(output: net.cost, leaves: net.parameters, step: 1e-6).map {
            GradientCheckResult(
                parameter: net.graph.name($0.node), analytic: $0.analytic, numeric: $0.numeric, ok: $0.ok)
        }
    }

    /// The `expect` entries the chain does not meet: an error for each value that differs from the computed
    /// one at the displayed precision, and for each name that is not a quantity (with a suggestion).
    /// Each is positioned at its entry's key.
    public static func expectFailures(_ spec: ChainSpec, _ computed: ComputedChain, defaultPrecision: Int)
        -> [Diagnostic]
    {
        let precision = spec.precision ?? defaultPrecision
        return spec.expect.compactMap { entry in
            guard let actual = computed.quantity(entry.name) else {
                let hint = Suggestions.didYouMean(entry.name, in: Array(computed.quantities.keys))
                return .error("expect names an unknown quantity '\(entry.name)'\(hint)", at: entry.location)
            }
            let shown = NumberFormat.rounded(actual, precision: precision)
            guard shown != NumberFormat.rounded(entry.value, precision: precision) else { return nil }
            return .error(
                "expected \(entry.name) = \(NumberFormat.text(entry.value, precision: precision)) but the chain "
                    + "computes \(NumberFormat.text(actual, precision: precision))", at: entry.location)
        }
    }

    /// A warning at the `learning_rate` entry when a descent step raises the cost, naming the first such
    /// step and its costs (and how many other steps rise), or when the descent leaves the finite numbers.
    /// Costs are shown at the chain's precision, else at `defaultPrecision` (the site's).
    public static func descentWarnings(_ spec: ChainSpec, _ computed: ComputedChain, defaultPrecision: Int = 4)
        -> [Diagnostic]
    {
        let states = computed.descent
        guard states.count > 1 else { return [] }
        let precision = spec.precision ?? defaultPrecision
        let rising = (1..<states.count).filter { states[$0].cost > states[$0 - 1].cost }
        var warnings: [Diagnostic] = []
        if let first = rising.first {
            let before = NumberFormat.text(states[first - 1].cost, precision: precision)
            let after = NumberFormat.text(states[first].cost, precision: precision)
            let others =
                rising.count > 1
                ? " (and \(plural(rising.count - 1, "later step")) \(rising.count == 2 ? "raises" : "raise") it too)"
                : ""
            warnings.append(
                .warning(
                    "gradient descent step \(first) raises the cost from \(before) to \(after)\(others); "
                        + "try a smaller learning_rate", at: spec.entry("learning_rate")))
        }
        if let broken = states.firstIndex(where: { !$0.cost.isFinite }) {
            warnings.append(
                .warning(
                    "gradient descent diverges: the cost is no longer a finite number after step \(broken)",
                    at: spec.entry("learning_rate")))
        }
        return warnings
    }
}
