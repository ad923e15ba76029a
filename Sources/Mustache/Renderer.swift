import Diagnostics

/// Walks the nodes of a template, writing text for a context stack.
struct Renderer {
    let partials: any PartialResolver
    let mode: RenderMode
    /// The text rendered so far.
    private(set) var output = ""
    /// The context stack; names are looked up from the top down.
    var stack: [MustacheValue]
    /// Printed at every kept line start: the indentation of the enclosing standalone partials and blocks.
    var indent = ""
    /// Block contents supplied by the child templates being rendered, by block name.
    var overrides: [String: Block] = [:]
    /// How many partials, parents and substituted blocks enclose the current node.
    var depth = 0

    init(context: MustacheValue, partials: any PartialResolver, mode: RenderMode) {
        self.partials = partials
        self.mode = mode
        stack = [context]
    }

    mutating func render(_ nodes: [Node]) throws(Diagnostic) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .lineStart:
                if !indent.isEmpty, isAtLineStart { output += indent }
            case .variable(let name, let escaped, _):
                if let text = lookup(name)?.text { output += escaped ? Renderer.escapeHTML(text) : text }
            case .section(let name, let inverted, let children, _):
                try renderSection(lookup(name) ?? .null, inverted: inverted, children)
            case .partial(let name, let indentation, let location):
                guard let template = try resolve(name, kind: "partial", at: location) else { continue }
                try nest(template.nodes, indentation: indentation, overrides: overrides, name: name, at: location)
            case .parent(let name, let indentation, let blocks, let location):
                try renderParent(name, indentation: indentation, blocks: blocks, at: location)
            case .block(let block):
                try renderBlock(block)
            }
        }
    }

    /// True when nothing has been written on the current output line yet.
    var isAtLineStart: Bool { output.isEmpty || output.utf8.last == UInt8(ascii: "\n") }

    mutating func write(_ text: String) { output += text }

    private mutating func renderSection(_ value: MustacheValue, inverted: Bool, _ children: [Node])
        throws(Diagnostic)
    {
        if inverted {
            if !value.isTruthy { try render(children) }
            return
        }
        guard value.isTruthy else { return }
        let items: [MustacheValue]
        if case .array(let list) = value { items = list } else { items = [value] }
        for item in items {
            stack.append(item)
            try render(children)
            stack.removeLast()
        }
    }

    /// Resolves `name` from the top of the stack down; the rest of a dotted name only inside that value.
    func lookup(_ name: Name) -> MustacheValue? {
        guard let first = name.path.first else { return stack.last }
        guard var value = stack.reversed().lazy.compactMap({ $0[first] }).first else { return nil }
        for key in name.path.dropFirst() {
            guard let next = value[key] else { return nil }
            value = next
        }
        return value
    }

    /// `text` with `& < > " '` replaced by entities.
    static func escapeHTML(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 }) else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
