/// A section-3 quantity name split into the pieces the views typeset:
/// `w2[1,3]_new` is letters `w`, layer `2`, indices `1,3`, suffix `.new`.
struct QuantityName: Sendable, Hashable {
    /// What follows the core name.
    enum Suffix: Sendable, Hashable {
        /// `w1_new`: the value after one descent step.
        case new
        /// `w1@3`: the value after k descent steps.
        case step(String)
    }

    var letters: String
    var digits: String
    /// The neuron indices inside brackets, e.g. `1,3`; nil without brackets.
    var indices: String?
    var suffix: Suffix?

    /// Splits `name`; nil for text that is not a plain quantity name (the caller falls back to plain text).
    init?(_ name: String) {
        var rest = Substring(name)
        if rest.hasSuffix("_new") {
            suffix = .new
            rest = rest.dropLast(4)
        } else if let at = rest.lastIndex(of: "@") {
            suffix = .step(String(rest[rest.index(after: at)...]))
            rest = rest[..<at]
        }
        letters = String(rest.prefix { $0.isLetter })
        rest = rest.dropFirst(letters.count)
        digits = String(rest.prefix { $0.isASCII && $0.isNumber })
        rest = rest.dropFirst(digits.count)
        if rest.hasPrefix("["), rest.hasSuffix("]") {
            indices = String(rest.dropFirst().dropLast())
            rest = ""
        }
        guard !letters.isEmpty, rest.isEmpty else { return nil }
    }
}

/// A derivative name `dA/dB`, optionally with a path number `dC/dw1#2`.
struct DerivativeName: Sendable, Hashable {
    var of: String
    var wrt: String
    /// The path number from `#k`, as text.
    var path: String?

    /// Splits `name`; nil when it is not of the form `dA/dB`.
    init?(_ name: String) {
        var text = Substring(name)
        if let hash = text.firstIndex(of: "#") {
            path = String(text[text.index(after: hash)...])
            text = text[..<hash]
        }
        guard let slash = text.firstIndex(of: "/") else { return nil }
        let top = text[..<slash]
        let bottom = text[text.index(after: slash)...]
        guard top.count > 1, bottom.count > 1, top.hasPrefix("d"), bottom.hasPrefix("d") else { return nil }
        of = String(top.dropFirst())
        wrt = String(bottom.dropFirst())
    }
}
