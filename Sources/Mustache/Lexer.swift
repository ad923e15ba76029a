import Diagnostics

/// Splits template source into text, line ends and tags, following `{{=<% %>=}}` delimiter changes.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private let file: String
    private var index = 0
    private var line = 1
    private var column = 1
    private var openDelimiter: [Unicode.Scalar] = ["{", "{"]
    private var closeDelimiter: [Unicode.Scalar] = ["}", "}"]
    private var tokens: [Token] = []
    /// Open scopes by name, so a `{{/name}}` knows whether it closes a parent or block.
    private var scopes: [(name: String, kind: TagKind.OpenKind)] = []

    private init(source: String, file: String) {
        scalars = Array(source.unicodeScalars)
        self.file = file
    }

    /// The tokens of `source`; `file` is used in diagnostics.
    static func tokenize(_ source: String, file: String) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(source: source, file: file)
        try lexer.run()
        return lexer.tokens
    }

    private mutating func run() throws(Diagnostic) {
        var textStart = index
        while index < scalars.count {
            if matches(openDelimiter, at: index) {
                emitText(textStart..<index)
                try lexTag()
                textStart = index
            } else {
                advance()
            }
        }
        emitText(textStart..<index)
    }

    /// Emits text, splitting it at `\n` and `\r\n` so the line pass can see whole lines.
    private mutating func emitText(_ range: Range<Int>) {
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let isCRLF = scalars[i] == "\r" && i + 1 < range.upperBound && scalars[i + 1] == "\n"
            if scalars[i] == "\n" || isCRLF {
                if start < i { tokens.append(.text(string(start..<i))) }
                let end = isCRLF ? i + 2 : i + 1
                tokens.append(.newline(string(i..<end)))
                start = end
                i = end
            } else {
                i += 1
            }
        }
        if start < range.upperBound { tokens.append(.text(string(start..<range.upperBound))) }
    }

    private mutating func lexTag() throws(Diagnostic) {
        let location = SourceLocation(file: file, line: line, column: column)
        advance(by: openDelimiter.count)
        var kind = TagKind.variable(escaped: true)
        var closing = closeDelimiter
        if index < scalars.count {
            switch scalars[index] {
            case "{": kind = .variable(escaped: false); closing = ["}"] + closeDelimiter
            case "&": kind = .variable(escaped: false)
            case "#": kind = .section
            case "^": kind = .inverted
            case "/": kind = .close(closing: nil)
            case "!": kind = .comment
            case ">": kind = .partial
            case "<": kind = .parent
            case "$": kind = .block
            case "=": kind = .setDelimiters; closing = ["="] + closeDelimiter
            default: break
            }
            if kind != .variable(escaped: true) { advance() }
        }
        guard let end = find(closing, from: index) else {
            throw .error("unclosed tag; expected '\(String(closing))' before the end of the file", at: location)
        }
        let content = string(index..<end)
        advance(by: end + closing.count - index)
        var name = content.trimmingWhitespace
        if kind == .partial || kind == .parent, name.hasPrefix("*") {
            // A dynamic name may be padded after its star: `{{>* dynamic}}`.
            name = "*" + String(name.dropFirst()).trimmingWhitespace
        }
        switch kind {
        case .comment:
            break
        case .setDelimiters:
            try setDelimiters(name, at: location)
        default:
            if name.isEmpty { throw .error("empty tag name", at: location) }
            // A name with a line break is a tag whose closing delimiter is missing: the rest is not its name.
            if name.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) {
                throw .error("unclosed tag; expected '\(String(closing))' before the end of the line", at: location)
            }
            if name.unicodeScalars.contains(where: \.isWhitespace) {
                throw .error("invalid tag name '\(name)'; names cannot contain spaces", at: location)
            }
            if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                throw .error(
                    "invalid tag name '\(name.printable)'; names cannot contain control characters", at: location)
            }
            if let opened = kind.opens { scopes.append((name, opened)) }
            if case .close = kind, let top = scopes.last, top.name == name {
                kind = .close(closing: top.kind)
                scopes.removeLast()
            }
        }
        tokens.append(.tag(Tag(kind: kind, name: name, location: location)))
    }

    /// Applies `{{=open close=}}`: two delimiters separated by whitespace, neither containing `=`.
    private mutating func setDelimiters(_ content: String, at location: SourceLocation) throws(Diagnostic) {
        let parts = content.unicodeScalars.split(whereSeparator: \.isWhitespace).map(Array.init)
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
            throw .error(
                "invalid delimiters '\(content.printable)'; expected two delimiters separated by a space, "
                    + "like {{=<% %>=}}",
                at: location)
        }
        openDelimiter = parts[0]
        closeDelimiter = parts[1]
    }

    private func matches(_ pattern: [Unicode.Scalar], at position: Int) -> Bool {
        guard position + pattern.count <= scalars.count else { return false }
        for (offset, scalar) in pattern.enumerated() where scalars[position + offset] != scalar { return false }
        return true
    }

    private func find(_ pattern: [Unicode.Scalar], from start: Int) -> Int? {
        var position = start
        while position + pattern.count <= scalars.count {
            if matches(pattern, at: position) { return position }
            position += 1
        }
        return nil
    }

    private mutating func advance(by count: Int = 1) {
        for _ in 0..<count where index < scalars.count {
            // Positions count a lone `\r` as a line end too, as editors, cmark-gfm and libyaml do.
            let loneCR = scalars[index] == "\r" && (index + 1 == scalars.count || scalars[index + 1] != "\n")
            if scalars[index] == "\n" || loneCR {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
    }

    private func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}

extension String {
    /// Creates a string from Unicode scalars.
    init(_ scalars: [Unicode.Scalar]) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        self = String(view)
    }

    /// The string without leading and trailing spaces, tabs and line ends.
    var trimmingWhitespace: String {
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { !$0.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(Array(scalars[first...last]))
    }
}

extension String {
    /// The string on one line, for a message: tabs and line ends as spaces, other control characters as U+FFFD.
    var printable: String {
        String(
            unicodeScalars.map { scalar -> Unicode.Scalar in
                if scalar.isWhitespace { return " " }
                return scalar.properties.generalCategory == .control ? "\u{FFFD}" : scalar
            })
    }
}

extension Unicode.Scalar {
    /// Space, tab, or a line end.
    var isWhitespace: Bool { self == " " || self == "\t" || self == "\n" || self == "\r" }
}
