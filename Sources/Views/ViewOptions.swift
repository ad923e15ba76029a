import Diagnostics
import YAML

/// The options from a view block's YAML body, checked against what the view accepts.
struct ViewOptions: Sendable {
    /// Markdown replacing the view's default caption.
    var caption: String?
    /// Yes/no switches by key (`chart`, `table`, `derivatives` ...); absent keys take the view's default.
    var flags: [String: Bool] = [:]
    /// Options the view reads itself, as written (`depths`: a list the view checks against its chain).
    var nodes: [String: YAMLNode] = [:]

    /// The option keys whose value is not a switch but a YAML value for the view to check.
    static let nodeKeys: Set<String> = ["depths"]

    /// The switch `key`, or `fallback` when the author did not set it.
    func flag(_ key: String, default fallback: Bool) -> Bool { flags[key] ?? fallback }

    /// Reads `node` as the options of `kind`; an empty body gives the defaults.
    static func parse(_ node: YAMLNode?, kind: ViewKind) throws(Diagnostic) -> ViewOptions {
        var options = ViewOptions()
        guard let node, !node.isNull else { return options }
        let known = kind.optionKeys
        guard let pairs = node.pairs else {
            throw .error(
                "the body of \(kind.braced) must be a map of options (\(known.joined(separator: ", "))), "
                    + "found \(node.kindName)", at: node.location)
        }
        for pair in pairs {
            let key = pair.name
            guard known.contains(key) else {
                throw .error(
                    "unknown option '\(key)' for \(kind.braced) (known options: \(known.joined(separator: ", ")))"
                        + Suggestions.didYouMean(key, in: known), at: pair.key.location)
            }
            if key == "caption" {
                guard let text = pair.value.string, pair.value.items == nil else {
                    throw .error(
                        "option 'caption' of \(kind.braced) must be text, found \(pair.value.kindName)",
                        at: pair.value.location)
                }
                options.caption = text
            } else if nodeKeys.contains(key) {
                options.nodes[key] = pair.value
            } else {
                guard let value = pair.value.bool else {
                    throw .error(
                        "option '\(key)' of \(kind.braced) must be true or false, found \(pair.value.kindName)",
                        at: pair.value.location)
                }
                options.flags[key] = value
            }
        }
        return options
    }
}
