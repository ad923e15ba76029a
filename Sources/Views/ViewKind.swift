/// The views an author can place on a page (format spec section 4).
public enum ViewKind: String, Sendable, Hashable, CaseIterable {
    case forward, factors, gradients, descent, graph, sweep, operations

    /// True for views that take an argument after the chain id (`{factors} dC/dw1`).
    /// The site uses this to tell `{factors} worked dC/dw1` from `{forward} worked`.
    public var takesArgument: Bool { self == .factors }

    /// The option keys the view's YAML body may hold, sorted.
    public var optionKeys: [String] {
        switch self {
        case .forward, .gradients: return ["caption"]
        case .factors: return ["caption", "meanings"]
        case .descent: return ["caption", "chart", "parameters", "table"]
        case .graph: return ["caption", "derivatives", "values"]
        case .sweep: return ["caption", "chart", "depths", "table"]
        case .operations: return ["caption", "depths"]
        }
    }

    /// The kind as an author types it, `{factors}`.
    var braced: String { "{\(rawValue)}" }

    /// Every kind's braced name, sorted, for messages.
    static var knownList: String { allCases.map(\.braced).sorted().joined(separator: ", ") }
}
