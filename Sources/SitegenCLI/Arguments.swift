/// Parsed command line: the command, its flags and options.
struct Arguments: Equatable {
    var command: String?
    var flags: Set<String> = []
    var options: [String: String] = [:]
    var positional: [String] = []

    /// Options that take a value.
    static let valued: Set<String> = ["--port", "--host", "--root"]

    /// Splits `argv` (without the program name). `--x=y` and `--x y` both work.
    static func parse(_ argv: [String]) throws(UsageError) -> Arguments {
        var result = Arguments()
        var i = 0
        while i < argv.count {
            let arg = argv[i]
            if arg.hasPrefix("--") || arg == "-h" {
                let name: String
                var value: String?
                if let eq = arg.firstIndex(of: "=") {
                    name = String(arg[..<eq])
                    value = String(arg[arg.index(after: eq)...])
                } else {
                    name = arg == "-h" ? "--help" : arg
                }
                if valued.contains(name) {
                    if value == nil {
                        i += 1
                        guard i < argv.count else { throw UsageError("\(name) needs a value") }
                        value = argv[i]
                    }
                    result.options[name] = value
                } else {
                    guard value == nil else { throw UsageError("\(name) takes no value") }
                    result.flags.insert(name)
                }
            } else if result.command == nil {
                result.command = arg
            } else {
                result.positional.append(arg)
            }
            i += 1
        }
        return result
    }
}

/// A mistake on the command line; printed with a pointer to `--help`.
struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}
