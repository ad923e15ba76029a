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

    /// The one printed form: `path:line:col: error: message`, always one line: line breaks and other
    /// control characters that a message quotes from the input are shown escaped (`\n`, `\u{0}`).
    public var description: String {
        let prefix = location.map { "\($0)" } ?? "sitegen"
        return "\(prefix): \(severity.rawValue): \(Diagnostic.oneLine(message))"
    }

    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\t" }) else {
            return text
        }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\t"
            case _ where scalar.properties.generalCategory == .control:
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
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
