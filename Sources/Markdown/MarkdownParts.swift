import Diagnostics

/// A fenced code block whose info string is `{name} words...`: a chain definition or a view.
public struct DirectiveBlock: Sendable, Hashable {
    /// `chain`, `forward`, `factors`... without braces.
    public var name: String
    /// The words after `{name}`: `["worked", "dC/dw1"]`.
    public var arguments: [String]
    /// The block's content (YAML, possibly empty).
    public var body: String
    /// The opening fence.
    public var location: SourceLocation
    /// The file line of the body's first line.
    public var bodyFirstLine: Int
    /// Position among the page's directive blocks.
    public var index: Int

    /// `{factors} worked dC/dw1` -> (`factors`, [`worked`, `dC/dw1`]); nil when not a directive.
    static func parseInfo(_ info: String) -> (name: String, arguments: [String])? {
        let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = words.first, first.hasPrefix("{"), first.hasSuffix("}"), first.count > 2 else { return nil }
        return (String(first.dropFirst().dropLast()), Array(words.dropFirst()))
    }
}

/// A code span whose content starts with `=`: a computed number in prose.
public struct InlineValue: Sendable, Hashable {
    /// What follows `=`, trimmed: `C`, `worked:dC/dw1`.
    public var name: String
    /// Where the name starts (just after the `=`).
    public var location: SourceLocation
    public var index: Int
}

/// A heading with its final, unique id.
public struct Heading: Sendable, Hashable {
    public var level: Int
    /// The heading as plain text.
    public var text: String
    public var id: String
    public var location: SourceLocation
}

/// A link or image destination.
public struct Link: Sendable, Hashable {
    public var destination: String
    public var location: SourceLocation
    public var index: Int
    public var isImage: Bool
}

/// Text of an HTML fragment without its tags, for heading names built from computed values.
enum HTMLStrip {
    static func text(_ html: String) -> String {
        var out = ""
        var inTag = false
        for c in html {
            if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
        }
        return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}
