import Diagnostics

/// What a tag does, decided by the character after the opening delimiter.
enum TagKind: Equatable, Sendable {
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw).
    case variable(escaped: Bool)
    /// `{{#name}}`.
    case section
    /// `{{^name}}`.
    case inverted
    /// `{{/name}}`; `closing` is the kind of the tag it closes, when the lexer could tell.
    case close(closing: OpenKind?)
    /// `{{! anything }}`.
    case comment
    /// `{{>name}}`.
    case partial
    /// `{{<name}}`.
    case parent
    /// `{{$name}}`.
    case block
    /// `{{=<% %>=}}`.
    case setDelimiters

    /// The kinds that open a section-like scope closed by `{{/name}}`.
    enum OpenKind: Equatable, Sendable {
        case section, inverted, parent, block
    }

    /// The scope this tag opens, if any.
    var opens: OpenKind? {
        switch self {
        case .section: return .section
        case .inverted: return .inverted
        case .parent: return .parent
        case .block: return .block
        default: return nil
        }
    }

    /// Tags that print nothing themselves, so a line holding only them and whitespace is removed.
    var canStandAlone: Bool {
        if case .variable = self { return false }
        return true
    }

    /// Inheritance tags (and invisible ones), which may share a standalone line with each other.
    var isInheritanceOrSilent: Bool {
        switch self {
        case .parent, .block, .comment, .setDelimiters: return true
        case .close(let closing): return closing == .parent || closing == .block
        default: return false
        }
    }
}

/// One tag as written, with what the standalone-line pass learned about its line.
struct Tag: Sendable {
    var kind: TagKind
    /// The trimmed tag content: a name, a dotted name, `.`, or (for partials) `*name` for a dynamic name.
    var name: String
    /// Where the opening delimiter starts.
    var location: SourceLocation
    /// True when the tag's line held only whitespace and silent tags, and was removed from the output.
    var standalone = false
    /// For a standalone tag: the whitespace that preceded it on its line.
    var lineIndentation = ""
    /// For a standalone block: the indentation of its content (see `Lexer+Lines.swift`).
    var contentIndentation = ""
}

/// The lexer's output: text split at line ends, tags, and (after the line pass) line starts.
enum Token: Sendable {
    /// Text without line ends.
    case text(String)
    /// `\n` or `\r\n`.
    case newline(String)
    /// A tag.
    case tag(Tag)
    /// The start of a source line that is kept; an indented partial prints its indentation here.
    case lineStart

    /// True for text made only of spaces and tabs.
    var isBlank: Bool {
        if case .text(let text) = self { return text.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" } }
        return false
    }
}
