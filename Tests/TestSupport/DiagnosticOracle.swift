/// Judges printed diagnostics for the fuzz tests: the shape `path:line:col: error: message` (or
/// `sitegen: error: message`), one line, and a position that lies inside the file it names.
public enum DiagnosticOracle {
    /// What is wrong with one printed diagnostic, or nil when it is well formed.
    /// - Parameter files: the text of every file a diagnostic may name, by project-relative path.
    public static func problem(with printed: String, files: [String: String]) -> String? {
        if printed.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\0" }) {
            return "a line break or NUL inside the message"
        }
        if let message = printed.stripping("sitegen: error: ") {
            return message.isEmpty ? "empty message" : nil
        }
        let parts = printed.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
        guard parts.count == 5, let line = Int(parts[1]), let column = Int(parts[2]) else {
            return "not path:line:col: severity: message"
        }
        let path = String(parts[0])
        guard path.hasPrefix("content/") || path.hasPrefix("templates/") else { return "path outside the project" }
        guard parts[3] == " error" || parts[3] == " warning" else { return "no ' error:' or ' warning:'" }
        guard parts[4].count > 1, parts[4].hasPrefix(" ") else { return "empty message" }
        guard let text = files[path] else { return "names a file that was not given: \(path)" }
        let lines = lineTexts(of: text)
        guard (1...lines.count).contains(line) else { return "line \(line) outside 1...\(lines.count)" }
        let width = lines[line - 1].unicodeScalars.count
        guard (1...width + 1).contains(column) else { return "column \(column) outside 1...\(width + 1)" }
        return nil
    }

    /// The file's lines, split at `\n`, `\r\n` and `\r` (as cmark-gfm and libyaml count them).
    public static func lineTexts(of text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "\n", previous == "\r" {
                previous = scalar
                continue
            }
            if scalar == "\n" || scalar == "\r" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
            previous = scalar
        }
        lines.append(String(current))
        return lines
    }
}

extension String {
    fileprivate func stripping(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
