/// How bad a problem is: an error fails the command, a warning is only printed.
public enum Severity: String, Sendable, Hashable {
    case error
    case warning
}

/// One problem found in the project, printed as `path:line:col: error: message`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// Error or warning.
    public var severity: Severity
    /// Where the problem is; nil for problems about the whole project (printed as `sitegen:`).
    public var location: SourceLocation?
    /// One line of text, without the `error:` prefix.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity = .error, at location: SourceLocation?, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// An error at `location`.
    public static func error(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    /// A warning at `location`.
    public static func warning(_ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    /// The one printed form: `path:line:col: error: message`.
    public var description: String {
        let prefix = location.map { "\($0)" } ?? "sitegen"
        return "\(prefix): \(severity.rawValue): \(message)"
    }
}

/// Several problems found at once, so a build can report all of them.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    /// The problems, in the order they were found.
    public var diagnostics: [Diagnostic]

    /// Wraps a list of problems.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// One line per problem.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
