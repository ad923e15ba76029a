/// Collects the problems of one run so that all of them are reported, not just the first.
public struct DiagnosticSink: Sendable {
    /// Everything reported so far, in order.
    public private(set) var all: [Diagnostic] = []
    /// The same problem found twice (a template error hit by every page) is reported once.
    private var seen: Set<Diagnostic> = []

    /// An empty sink.
    public init() {}

    /// Records one problem.
    public mutating func report(_ diagnostic: Diagnostic) {
        if seen.insert(diagnostic).inserted { all.append(diagnostic) }
    }

    /// Records several problems.
    public mutating func report(contentsOf diagnostics: [Diagnostic]) {
        for d in diagnostics { report(d) }
    }

    /// Records an error thrown by any stage: a `Diagnostic`, a `DiagnosticList`, or anything else.
    public mutating func report(error: any Error) {
        switch error {
        case let d as Diagnostic: report(d)
        case let list as DiagnosticList: report(contentsOf: list.diagnostics)
        default: report(.error("\(error)", at: nil))
        }
    }

    /// The errors only.
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    /// The warnings only.
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    /// True when at least one error was reported.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Runs `body`, recording what it throws; returns its result or nil.
    public mutating func collect<T>(_ body: () throws -> T) -> T? {
        do { return try body() } catch {
            report(error: error)
            return nil
        }
    }
}
