import Diagnostics

/// A fenced code block whose info string starts with `{name}`, e.g. `{chain} worked` or `{factors} worked dC/dw1`.
public struct DirectiveBlock: Hashable, Sendable {
    /// The name between the braces, trimmed: `chain`, `forward`, `factors` ... (not checked here: the site
    /// reports unknown names, so a typo is an error rather than a silent code block).
    public var name: String
    /// The words after `{name}` in the info string, split at spaces and tabs: `["worked", "dC/dw1"]`.
    public var arguments: [String]
    /// The block's content, without the fences, each line ending in `\n`.
    public var body: String
    /// The opening fence: its line in the file and the column of its first backtick or tilde.
    public var location: SourceLocation
    /// The file line of the body's first line (the line after the fence), for positions inside the body.
    public var bodyFirstLine: Int
    /// This block's position in `MarkdownDocument.directiveBlocks`.
    public var index: Int

    /// Creates a directive block; `MarkdownDocument` makes these, tests compare against them.
    public init(
        name: String, arguments: [String], body: String, location: SourceLocation, bodyFirstLine: Int, index: Int
    ) {
        self.name = name
        self.arguments = arguments
        self.body = body
        self.location = location
        self.bodyFirstLine = bodyFirstLine
        self.index = index
    }

    /// Splits an info string into `(name, arguments)` when it starts with `{name}`; nil for any other info string.
    static func parseInfo(_ info: String) -> (name: String, arguments: [String])? {
        guard info.hasPrefix("{"), let close = info.firstIndex(of: "}") else { return nil }
        let name = info[info.index(after: info.startIndex)..<close].trimmingSpaces()
        let rest = info[info.index(after: close)...]
        let arguments = rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        return (name, arguments)
    }
}

extension Substring {
    /// Drops spaces and tabs at both ends.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
