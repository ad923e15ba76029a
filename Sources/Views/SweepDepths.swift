import Chains
import Diagnostics
import YAML

/// The depths a `{sweep}` or `{operations}` view shows: every depth of the chain's `sweep` key, or the
/// ones its `depths` option picks, smallest first.
enum SweepDepths {
    /// The chain as named in messages: `chain 'deep10'`, or `the chain`.
    static func label(_ chain: ComputedChain) -> String { chain.id.isEmpty ? "the chain" : "chain '\(chain.id)'" }

    /// What an author adds to a chain to get depths, for hints.
    static let example = "'sweep: [1, 2, 4, 8, 16, 32]'"

    /// The selected depths, sorted.
    /// - Throws: at the option, when `depths` is not a non-empty list, names a depth that is not a whole
    ///   number from 1 to `ChainLimits.layers`, repeats one, or names one the chain's `sweep` did not compute.
    static func selected(_ context: ViewContext, kind: ViewKind) throws(Diagnostic) -> [Int] {
        let computed = context.chain.sweepDepths
        guard let node = context.options.nodes["depths"] else { return computed.sorted() }
        let option = "option 'depths' of \(kind.braced)"
        guard !computed.isEmpty else {
            throw .error(
                "\(option) needs a 'sweep' list in \(label(context.chain)), as in \(example)", at: node.location)
        }
        guard let items = node.items else {
            throw .error("\(option) must be a list of depths, found \(shown(node))", at: node.location)
        }
        guard !items.isEmpty else { throw .error("\(option) must not be an empty list", at: node.location) }
        var depths: [Int] = []
        for item in items {
            let depth = try wholeNumber(item)
            guard !depths.contains(depth) else {
                throw .error("depth \(depth) appears twice in 'depths'", at: item.location)
            }
            guard computed.contains(depth) else {
                let list = computed.sorted().map(String.init).joined(separator: ", ")
                throw .error(
                    "depth \(depth) is not in the sweep of \(label(context.chain)) (\(list)); add it to the chain's "
                        + "'sweep'", at: item.location)
            }
            depths.append(depth)
        }
        return depths.sorted()
    }

    /// A depth from 1 to `ChainLimits.layers`, as the chain's `sweep` key requires.
    private static func wholeNumber(_ item: YAMLNode) throws(Diagnostic) -> Int {
        let range = "a whole number from 1 to \(ChainLimits.layers)"
        guard let x = item.number, x.isFinite else {
            throw .error("a depth in 'depths' must be \(range), found \(shown(item))", at: item.location)
        }
        guard x == x.rounded(), x >= 1, x <= Double(ChainLimits.layers) else {
            let text = x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : "\(x)"
            throw .error("a depth in 'depths' must be \(range), found \(text)", at: item.location)
        }
        return Int(x)
    }

    /// The node's text for messages: the scalar itself, or its shape.
    private static func shown(_ node: YAMLNode) -> String {
        if let text = node.string, !node.isNull { return "'\(text)'" }
        return node.kindName
    }
}
