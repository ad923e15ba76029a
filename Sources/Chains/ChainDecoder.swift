import Diagnostics
import YAML

/// Reads typed values out of YAML nodes, recording a positioned problem for every bad one
/// so a chain reports all its mistakes at once.
struct ChainDecoder {
    var problems: [Diagnostic] = []

    mutating func fail(_ message: String, at location: SourceLocation) {
        problems.append(.error(message, at: location))
    }

    /// The node's text for messages: the scalar itself, or its shape.
    static func shown(_ node: YAMLNode) -> String {
        if let text = node.string, !node.isNull { return "'\(YAMLNode.quoted(text))'" }
        return node.kindName
    }

    /// A finite number, or nil after recording why not.
    mutating func number(_ node: YAMLNode, _ what: String) -> Double? {
        guard let x = node.number else {
            fail("\(what) must be a number, found \(Self.shown(node))", at: node.location)
            return nil
        }
        guard x.isFinite else {
            fail("\(what) must be a finite number, found \(Self.shown(node))", at: node.location)
            return nil
        }
        return x
    }

    /// A number or a non-empty list of numbers (`input`, `target`, a bias list).
    mutating func numbers(_ node: YAMLNode, _ what: String) -> [Double]? {
        if let items = node.items {
            guard !items.isEmpty else {
                fail("\(what) must not be an empty list", at: node.location)
                return nil
            }
            let values = items.map { number($0, what) }
            return values.contains(nil) ? nil : values.compactMap { $0 }
        }
        if node.pairs != nil {
            fail("\(what) must be a number or a list of numbers, found a map", at: node.location)
            return nil
        }
        return number(node, what).map { [$0] }
    }

    /// A whole number in `range`.
    mutating func integer(_ node: YAMLNode, _ what: String, in range: ClosedRange<Int>) -> Int? {
        guard let x = number(node, what) else { return nil }
        guard x == x.rounded(), x >= Double(range.lowerBound), x <= Double(range.upperBound) else {
            let text = x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : "\(x)"
            fail(
                "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), found \(text)",
                at: node.location)
            return nil
        }
        return Int(x)
    }

    /// A name from a fixed set, with a suggestion for near misses.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ what: String) -> T?
    where T.RawValue == String {
        let names = T.allCases.map(\.rawValue)
        guard let text = node.string, !node.isNull else {
            fail("\(what) must be one of \(names.joined(separator: ", ")), found \(node.kindName)", at: node.location)
            return nil
        }
        if let value = T(rawValue: text) { return value }
        let hint = Suggestions.didYouMean(text, in: names)
        fail(
            "unknown \(what) '\(YAMLNode.quoted(text))'\(hint) (one of \(names.joined(separator: ", ")))",
            at: node.location)
        return nil
    }

    /// The pairs of a map, reporting keys outside `allowed` with a suggestion.
    mutating func pairs(_ node: YAMLNode, _ what: String, allowed: [String]) -> [YAMLPair]? {
        guard let pairs = node.pairs else {
            fail("\(what) must be a map of keys, found \(node.kindName)", at: node.location)
            return nil
        }
        for pair in pairs where !allowed.contains(pair.name) {
            let hint = Suggestions.didYouMean(pair.name, in: allowed)
            fail("unknown key '\(pair.name)' in \(what)\(hint)", at: pair.key.location)
        }
        return pairs.filter { allowed.contains($0.name) }
    }
}
