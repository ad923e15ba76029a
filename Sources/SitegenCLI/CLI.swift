import Diagnostics
import Foundation
import Site

/// The `sitegen` command line: parses arguments, runs a command, prints diagnostics, returns the exit status.
public enum CLI {
    /// Runs `sitegen` with `arguments` (without the program name) and returns the exit status.
    public static func run(_ arguments: [String], output: Output = .standard) -> Int32 {
        let args: Arguments
        do { args = try Arguments.parse(arguments) } catch {
            output.error("sitegen: error: \(error)\nRun 'sitegen --help' for usage.")
            return 1
        }
        if args.flags.contains("--version") {
            output.print("sitegen \(version)")
            return 0
        }
        guard let command = args.command else {
            output.print(Help.main)
            return args.flags.contains("--help") ? 0 : 1
        }
        if args.flags.contains("--help") {
            guard let text = Help.commands[command] else {
                output.error(unknown(command))
                return 1
            }
            output.print(text)
            return 0
        }
        let root = URL(
            fileURLWithPath: args.options["--root"] ?? FileManager.default.currentDirectoryPath,
            isDirectory: true
        ).standardizedFileURL
        let known: [String: Set<String>] = [
            "build": ["--drafts"], "check": ["--strict"], "eval": [], "serve": ["--drafts"],
        ]
        guard let allowed = known[command] else {
            output.error(unknown(command))
            return 1
        }
        for flag in args.flags.sorted() where !allowed.contains(flag) {
            output.error("sitegen: error: unknown option '\(flag)' for '\(command)'\nRun 'sitegen \(command) --help'.")
            return 1
        }
        if command != "serve", let option = args.options.keys.sorted().first(where: { $0 != "--root" }) {
            output.error("sitegen: error: unknown option '\(option)' for '\(command)'")
            return 1
        }
        switch command {
        case "build": return Commands.build(root: root, drafts: args.flags.contains("--drafts"), output: output)
        case "check": return Commands.check(root: root, strict: args.flags.contains("--strict"), output: output)
        case "eval":
            guard args.positional.count == 1 else {
                output.error("sitegen: error: eval takes one page, e.g. 'sitegen eval content/track-11/cheatsheet.md'")
                return 1
            }
            return Commands.eval(root: root, page: args.positional[0], output: output)
        default:
            return Commands.serve(root: root, arguments: args, output: output)
        }
    }

    static let version = "0.1.0"

    static func unknown(_ command: String) -> String {
        let names = ["build", "serve", "check", "eval"]
        return "sitegen: error: unknown command '\(command)'\(Suggestions.didYouMean(command, in: names))\n"
            + "Run 'sitegen --help' for usage."
    }
}

/// Where the CLI prints: standard output and standard error, or buffers in tests.
public struct Output: Sendable {
    public var out: @Sendable (String) -> Void
    public var err: @Sendable (String) -> Void

    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.err = err
    }

    /// The process's stdout and stderr.
    public static let standard = Output(
        out: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
        err: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })

    func print(_ s: String) { out(s) }
    func error(_ s: String) { err(s) }

    /// Prints diagnostics in file/line order, errors and warnings alike, one per line.
    func report(_ diagnostics: [Diagnostic]) {
        for d in diagnostics.sorted(by: Output.order) { err(d.description) }
    }

    static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case let (x?, y?): return x < y
        case (nil, _?): return true
        default: return false
        }
    }
}
