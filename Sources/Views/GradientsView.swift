import Chains
import Diagnostics

/// `{gradients}`: every parameter's gradient as its product of factors, output side first:
/// `dC/dw3 = 2 · 6 = 12 (2 factors)`.
enum GradientsView {
    /// Above this many paths a gradient is shown as its value alone, not as a long sum.
    static let expandedPaths = 4

    static func render(_ context: ViewContext) throws(Diagnostic) -> String {
        var items: [String] = []
        for parameter in outputSideFirst(context.chain) {
            items.append("<li>\(try line(parameter, context: context))</li>")
        }
        let caption = context.caption(
            default: "The gradient of the cost for every parameter of \(context.chainLabel), output side first")
        return """
            <figure class="sg-view sg-gradients">
            <figcaption>\(caption)</figcaption>
            <ul class="sg-gradient-list">
            \(items.joined(separator: "\n"))
            </ul>
            </figure>

            """
    }

    /// Parameters by layer from the output back, keeping network order within a layer (`w3`, `b3`, `w2` ...).
    static func outputSideFirst(_ chain: ComputedChain) -> [String] {
        var layerOf: [String: Int] = [:]
        for layer in chain.layers {
            for neuron in layer.neurons {
                for input in neuron.inputs { layerOf[input.weight] = layer.index }
                if let bias = neuron.bias { layerOf[bias] = layer.index }
            }
        }
        return chain.parameters.enumerated()
            .sorted { lhs, rhs in
                let l = layerOf[lhs.element] ?? 0
                let r = layerOf[rhs.element] ?? 0
                return l != r ? l > r : lhs.offset < rhs.offset
            }
            .map(\.element)
    }

    private static func line(_ parameter: String, context: ViewContext) throws(Diagnostic) -> String {
        let gradient = "dC/d\(parameter)"
        let paths = context.chain.paths[parameter] ?? []
        let count = context.chain.pathCounts[parameter] ?? paths.count
        var pieces: [String] = []
        var note: String
        if paths.count == count, count >= 1, count <= expandedPaths {
            for (k, path) in paths.enumerated() {
                var numbers: [String] = []
                for (index, factor) in path.factors.enumerated() {
                    numbers.append(try context.mn(factor.name, parenthesizeNegative: k > 0 || index > 0))
                }
                pieces += MathML.productPieces(numbers, lead: k == 0 ? "<mo>=</mo>" : MathML.plus)
            }
            let factors = plural(paths[0].factors.count, "factor")
            note = count == 1 ? factors : "\(count) paths of \(factors)"
        } else {
            note = plural(count, "path")
            if let first = paths.first, paths.allSatisfy({ $0.factors.count == first.factors.count }) {
                note += " of \(plural(first.factors.count, "factor"))"
            }
        }
        pieces.append("<mo>=</mo>\(try context.mn(gradient))")
        // The count stays on the line of the result, never on a line of its own.
        return MathML.wrapping(MathML.symbol(gradient), pieces, after: " <span class=\"sg-count\">(\(note))</span>")
    }

    static func plural(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }
}
