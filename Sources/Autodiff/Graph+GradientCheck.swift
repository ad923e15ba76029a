/// One parameter's analytic derivative next to its central finite difference.
public struct GradientCheck: Sendable, Hashable {
    /// The leaf that was nudged.
    public var node: NodeID
    /// From the backward sweep.
    public var analytic: Double
    /// `(f(x + h) − f(x − h)) / 2h`.
    public var numeric: Double
    /// True when the two agree within `GradientCheck.agrees`.
    public var ok: Bool { GradientCheck.agrees(analytic: analytic, numeric: numeric) }

    /// The project's tolerance: `|fd − g| ≤ 1e-5 + 1e-3·|g|` (format spec section 7).
    public static func agrees(analytic g: Double, numeric fd: Double) -> Bool {
        abs(fd - g) <= 1e-5 + 1e-3 * abs(g)
    }
}

extension Graph {
    /// Compares the backward sweep with central differences for each leaf in `leaves`.
    /// The graph is left exactly as it was.
    public func gradientCheck(output: NodeID, leaves: [NodeID], step: Double = 1e-6) -> [GradientCheck] {
        let adjoint = backward(from: output)
        var probe = self
        return leaves.map { leaf in
            let x = value(leaf)
            probe.setValue(x + step, of: leaf)
            probe.forward()
            let up = probe.value(output)
            probe.setValue(x - step, of: leaf)
            probe.forward()
            let down = probe.value(output)
            probe.setValue(x, of: leaf)
            return GradientCheck(node: leaf, analytic: adjoint[leaf.index], numeric: (up - down) / (2 * step))
        }
    }
}
