import Diagnostics

/// A YAML document as a small tree whose every node knows where it came from.
public struct YAMLNode: Sendable, Hashable {
    /// What the node holds.
    public enum Kind: Sendable, Hashable {
        /// A scalar's text; `plain` is false for quoted and block scalars (so `"3"` is a string).
        case scalar(String, plain: Bool)
        /// A list.
        case sequence([YAMLNode])
        /// A map, in source order; keys are unique.
        case mapping([YAMLPair])
    }

    /// The node's content.
    public var kind: Kind
    /// Where the node starts in the source file.
    public var location: SourceLocation

    /// Creates a node.
    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// One entry of a mapping.
public struct YAMLPair: Sendable, Hashable {
    /// The key, always a scalar.
    public var key: YAMLNode
    /// The value.
    public var value: YAMLNode
    /// The key's text.
    public var name: String { key.string ?? "" }

    /// Creates an entry.
    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}

extension YAMLNode {
    /// The scalar text, or nil for lists and maps.
    public var string: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// A plain scalar read as a number (YAML 1.1 `.inf`/`.nan` included); nil otherwise.
    /// Out-of-range literals such as `1e400` come back infinite, so callers can reject them.
    public var number: Double? {
        guard case .scalar(let text, let plain) = kind, plain else { return nil }
        switch text.lowercased() {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default: break
        }
        // Only decimal literals: Swift's Double("nan") or Double("0x10") are not YAML numbers.
        let allowed = Set("0123456789+-.eE_")
        guard !text.isEmpty, text.allSatisfy({ allowed.contains($0) }), text.contains(where: \.isNumber)
        else { return nil }
        return Double(String(text.filter { $0 != "_" }))
    }

    /// A plain scalar read as a boolean (`true`/`false`, `yes`/`no`); nil otherwise.
    public var bool: Bool? {
        guard case .scalar(let text, let plain) = kind, plain else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// True for a plain `null`, `~` or empty scalar.
    public var isNull: Bool {
        guard case .scalar(let text, let plain) = kind, plain else { return false }
        return text.isEmpty || text == "~" || text.lowercased() == "null"
    }

    /// The entries of a map, or nil.
    public var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The items of a list, or nil.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The value under `key` in a map.
    public subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.name == key }?.value
    }

    /// A short name for the node's shape, for messages like "expected a number, found a list".
    public var kindName: String {
        switch kind {
        case .scalar(let text, _): return number != nil ? "a number" : (isNull ? "nothing" : "'\(Self.quoted(text))'")
        case .sequence(let items): return items.isEmpty ? "an empty list" : "a list"
        case .mapping(let pairs): return pairs.isEmpty ? "an empty map" : "a map"
        }
    }

    /// A scalar as a message quotes it: on one line (line breaks and tabs as spaces, other control characters
    /// as U+FFFD) and at most 40 characters, so a paragraph swallowed by an unclosed fence stays readable.
    public static func quoted(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, last == "\n" || last == "\r" { scalars.removeLast() }
        let shown = scalars.map { scalar -> Unicode.Scalar in
            if scalar == "\n" || scalar == "\r" || scalar == "\t" { return " " }
            return scalar.properties.generalCategory == .control ? "\u{FFFD}" : scalar
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: shown.prefix(40))
        guard shown.count > 40 else { return String(view) }
        while view.last == " " { view.removeLast() }
        return String(view) + "…"
    }
}
