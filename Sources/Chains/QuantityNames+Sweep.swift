/// Names of the quantities that count the arithmetic of getting every gradient (`{operations}`).
///
/// Every chain has them. The dot keeps them apart from section-3 names, and unlike `:` it cannot be
/// mistaken for the chain id in `=worked:ops.backward` or in a `data-ref`.
public enum OperationNames {
    /// Multiplications in one backward sweep (see `OperationCount`).
    public static let backward = "ops.backward"
    /// Additions in the backward sweep where several paths meet.
    public static let backwardAdditions = "ops.backward.additions"
    /// Multiplications when each parameter's chain-rule product is multiplied out on its own.
    public static let separate = "ops.separate"
    /// Additions that sum each parameter's paths in that case.
    public static let separateAdditions = "ops.separate.additions"
}

/// Names of the depth-sweep quantities (`{sweep}`): `sweep@16.dC/dw1` is dC/dw1 in the chain made of
/// 16 copies of layer 1. They exist for each depth of the chain's `sweep` key.
public enum SweepNames {
    /// The quantities computed for every depth, by their name inside the repeated chain.
    public static let perDepth = ["C", "dC/dw1", OperationNames.backward, OperationNames.separate]

    /// `sweep@L.name`, e.g. `sweep@16.dC/dw1`, `sweep@16.C`, `sweep@16.ops.backward`.
    public static func name(_ quantity: String, depth: Int) -> String { "sweep@\(depth).\(quantity)" }
}
