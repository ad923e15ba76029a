import Diagnostics

/// A parsed template element; a template is a list of nodes.
indirect enum Node: Sendable {
    /// Literal text, line ends included.
    case text(String)
    /// The start of a source line: an indented partial, parent or block prints its indentation here.
    case lineStart
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
    case variable(Name, escaped: Bool, at: SourceLocation)
    /// `{{#name}}...{{/name}}`, or `{{^name}}...{{/name}}` when `inverted`.
    case section(Name, inverted: Bool, [Node], at: SourceLocation)
    /// `{{>name}}`; `indentation` is set when the tag stands alone on its line.
    case partial(PartialName, indentation: String?, at: SourceLocation)
    /// `{{<name}}...{{/name}}` with the blocks it overrides.
    case parent(PartialName, indentation: String?, overrides: [String: Block], at: SourceLocation)
    /// `{{$name}}...{{/name}}`: a place a child template may fill, with default content.
    case block(Block)
}

/// A block: its name, content, and (when standalone) the indentation its content lines had.
struct Block: Sendable {
    var name: String
    /// Content with `indentation` removed from the start of every line.
    var nodes: [Node]
    /// Set when the opening tag stands alone: added back to every content line where it is expanded.
    var indentation: String?
    var location: SourceLocation
}

/// A looked-up name: `.` (the top of the context stack) or a dotted path such as `page.title`.
struct Name: Sendable, CustomStringConvertible {
    /// Empty for the implicit iterator `.`.
    var path: [String]

    init(_ text: String) {
        path = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    var description: String { path.isEmpty ? "." : path.joined(separator: ".") }
}

/// The name of a partial or parent: fixed, or (`*name`) looked up in the context when rendering.
enum PartialName: Sendable, CustomStringConvertible {
    case fixed(String)
    case dynamic(Name)

    init(_ text: String) {
        if text.hasPrefix("*"), text.count > 1 {
            self = .dynamic(Name(String(text.dropFirst())))
        } else {
            self = .fixed(text)
        }
    }

    var description: String {
        switch self {
        case .fixed(let name): return name
        case .dynamic(let name): return "*\(name)"
        }
    }
}
