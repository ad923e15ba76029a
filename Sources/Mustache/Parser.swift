import Diagnostics

/// Builds the node tree from tokens, matching `{{/name}}` to its opening tag and re-indenting blocks.
struct Parser {
    /// One open scope: the root, or a section, inverted section, parent or block.
    private struct Frame {
        var tag: Tag?
        var nodes: [Node] = []
        /// Indentation removed from the start of each line here (set inside standalone blocks).
        var dedent: String
    }

    /// How deeply sections, parents and blocks may nest in one template.
    static let maximumNesting = 200

    private let tokens: [Token]
    private var position = 0
    private var frames = [Frame(tag: nil, dedent: "")]

    private init(tokens: [Token]) { self.tokens = tokens }

    /// The nodes of a template made of `tokens` (already through the standalone-line pass).
    static func parse(_ tokens: [Token]) throws(Diagnostic) -> [Node] {
        var parser = Parser(tokens: tokens)
        return try parser.run()
    }

    private mutating func run() throws(Diagnostic) -> [Node] {
        var atLineStart = false
        while position < tokens.count {
            let token = tokens[position]
            position += 1
            switch token {
            case .lineStart:
                append(.lineStart)
                atLineStart = true
                continue
            case .text(let text):
                append(.text(atLineStart ? Parser.removePrefix(of: currentDedent, from: text) : text))
            case .newline(let text):
                append(.text(text))
            case .tag(let tag):
                try handle(tag)
            }
            atLineStart = false
        }
        if let open = frames.last?.tag {
            throw .error("unclosed \(Parser.scopeWord(open.kind)) '\(open.name)'", at: open.location)
        }
        return frames[0].nodes
    }

    private var currentDedent: String { frames.last?.dedent ?? "" }

    private mutating func append(_ node: Node) {
        frames[frames.count - 1].nodes.append(node)
    }

    private mutating func handle(_ tag: Tag) throws(Diagnostic) {
        if tag.kind.opens != nil, frames.count > Parser.maximumNesting {
            // Rendering recurses once per level; refuse absurd nesting rather than overflow the stack.
            throw .error("sections nested more than \(Parser.maximumNesting) levels deep", at: tag.location)
        }
        switch tag.kind {
        case .variable(let escaped):
            append(.variable(Name(tag.name), escaped: escaped, at: tag.location))
        case .section, .inverted, .parent:
            frames.append(Frame(tag: tag, dedent: currentDedent))
        case .block:
            frames.append(Frame(tag: tag, dedent: tag.standalone ? tag.contentIndentation : currentDedent))
        case .partial:
            let indentation = tag.standalone ? Parser.removePrefix(of: currentDedent, from: tag.lineIndentation) : nil
            append(.partial(PartialName(tag.name), indentation: indentation, at: tag.location))
        case .close:
            try close(tag)
        case .comment, .setDelimiters:
            break
        }
    }

    private mutating func close(_ tag: Tag) throws(Diagnostic) {
        guard frames.count > 1, let open = frames.last?.tag else {
            throw .error("closing tag '\(tag.name)' has no open section", at: tag.location)
        }
        guard open.name == tag.name else {
            let word = Parser.scopeWord(open.kind)
            throw .error("closing tag '\(tag.name)' does not match open \(word) '\(open.name)'", at: tag.location)
        }
        if open.kind == .block, open.standalone, !tag.standalone, position < tokens.count,
            case .newline(let text) = tokens[position]
        {
            // A standalone block ending at a line end owns that line end, so its content is whole lines.
            append(.text(text))
            position += 1
        }
        let frame = frames.removeLast()
        let location = open.location
        switch open.kind {
        case .section, .inverted:
            append(.section(Name(open.name), inverted: open.kind == .inverted, frame.nodes, at: location))
        case .parent:
            let indentation = open.standalone ? Parser.removePrefix(of: currentDedent, from: open.lineIndentation) : nil
            var overrides: [String: Block] = [:]
            for case .block(let block) in frame.nodes where overrides[block.name] == nil {
                overrides[block.name] = block
            }
            append(.parent(PartialName(open.name), indentation: indentation, overrides: overrides, at: location))
        default:
            let indentation =
                open.standalone ? Parser.removePrefix(of: currentDedent, from: open.contentIndentation) : nil
            append(.block(Block(name: open.name, nodes: frame.nodes, indentation: indentation, location: location)))
        }
    }

    /// `text` without the part of `prefix` it starts with.
    static func removePrefix(of prefix: String, from text: String) -> String {
        var remaining = Substring(text).unicodeScalars
        for scalar in prefix.unicodeScalars {
            guard remaining.first == scalar else { break }
            remaining.removeFirst()
        }
        return String(String.UnicodeScalarView(remaining))
    }

    /// How diagnostics name an open scope.
    private static func scopeWord(_ kind: TagKind) -> String {
        switch kind {
        case .parent: return "parent"
        case .block: return "block"
        default: return "section"
        }
    }
}
