import Chains
import Diagnostics

/// `{forward}`: every layer's computation in order, then the cost, as a table of
/// node, formula, the formula with numbers substituted, and value.
enum ForwardView {
    static func render(_ context: ViewContext) throws(Diagnostic) -> String {
        var rows: [String] = []
        for layer in context.chain.layers {
            for neuron in layer.neurons {
                let sumNode = neuron.preActivation ?? neuron.name
                rows.append(
                    try row(
                        context, node: sumNode, formula: weightedSum(neuron, operand: MathML.identifier),
                        numbers: try weightedSum(neuron) { (name: String, first: Bool) throws(Diagnostic) in
                            try context.mn(name, parenthesizeNegative: !first)
                        }))
                if let z = neuron.preActivation {
                    let function = activation(neuron.activation)
                    rows.append(
                        try row(
                            context, node: neuron.name,
                            formula: "\(function)<mo>(</mo>\(MathML.identifier(z))<mo>)</mo>",
                            numbers: "\(function)<mo>(</mo>\(try context.mn(z))<mo>)</mo>"))
                }
            }
        }
        let (costFormula, costNumbers) = try cost(context)
        rows.append(try row(context, node: "C", formula: costFormula, numbers: costNumbers))
        let caption = context.caption(
            default: "Forward pass of \(context.chainLabel): each layer from the input to the cost")
        return """
            <figure class="sg-view sg-forward">
            <table class="sg-table">
            <caption>\(caption)</caption>
            <thead><tr><th scope="col">Node</th><th scope="col">Formula</th>\
            <th scope="col">With numbers</th><th scope="col">Value</th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            </figure>

            """
    }

    private static func row(
        _ context: ViewContext, node: String, formula: String, numbers: String
    ) throws(Diagnostic) -> String {
        "<tr><th scope=\"row\">\(MathML.math(MathML.identifier(node)))</th>"
            + "<td>\(MathML.math(formula))</td><td>\(MathML.math(numbers))</td>"
            + "<td class=\"sg-value\">\(try context.data(node))</td></tr>"
    }

    /// `w2 · a1 + b2` with each name rendered by `operand`; `first` is true for the leading operand.
    private static func weightedSum(
        _ neuron: ComputedNeuron, operand: (String, Bool) throws(Diagnostic) -> String
    ) throws(Diagnostic) -> String {
        var terms: [String] = []
        for input in neuron.inputs {
            let first = terms.isEmpty
            terms.append("\(try operand(input.weight, first))<mo>·</mo>\(try operand(input.input, false))")
        }
        if let bias = neuron.bias { terms.append(try operand(bias, terms.isEmpty)) }
        return terms.joined(separator: "<mo>+</mo>")
    }

    private static func weightedSum(_ neuron: ComputedNeuron, operand: (String) -> String) -> String {
        // Symbols never need parentheses, so the leading-operand flag is ignored.
        (try? weightedSum(neuron) { (name: String, _: Bool) throws(Diagnostic) in operand(name) }) ?? ""
    }

    /// The squish's symbol: σ, tanh, ReLU, leaky ReLU.
    static func activation(_ activation: Activation) -> String {
        switch activation {
        case .none: return ""
        case .sigmoid: return "<mi>σ</mi>"
        case .tanh: return "<mi>tanh</mi>"
        case .relu: return "<mi>ReLU</mi>"
        case .leakyReLU: return "<mi>LeakyReLU</mi>"
        }
    }

    /// The cost as a formula and with numbers, one term per output.
    private static func cost(_ context: ViewContext) throws(Diagnostic) -> (String, String) {
        let chain = context.chain
        var symbolic: [String] = []
        var numeric: [String] = []
        for (index, output) in chain.outputs.enumerated() {
            guard index < chain.targets.count else { break }
            let target = chain.targets[index]
            let a = MathML.identifier(output)
            let y = MathML.identifier(target)
            let an = try context.mn(output, parenthesizeNegative: true)
            let yn = try context.mn(target, parenthesizeNegative: true)
            switch chain.cost {
            case .squared, .halfSquared:
                let half = chain.cost == .halfSquared ? "<mfrac><mn>1</mn><mn>2</mn></mfrac>" : ""
                symbolic.append("\(half)<msup><mrow><mo>(</mo>\(a)<mo>−</mo>\(y)<mo>)</mo></mrow><mn>2</mn></msup>")
                numeric.append("\(half)<msup><mrow><mo>(</mo>\(an)<mo>−</mo>\(yn)<mo>)</mo></mrow><mn>2</mn></msup>")
            case .crossEntropy:
                symbolic.append(crossEntropy(a: a, y: y))
                numeric.append(crossEntropy(a: an, y: yn))
            }
        }
        let join = chain.cost == .crossEntropy ? "" : "<mo>+</mo>"
        return (symbolic.joined(separator: join), numeric.joined(separator: join))
    }

    /// `−[y ln a + (1 − y) ln(1 − a)]`, the binary cross-entropy of one output.
    private static func crossEntropy(a: String, y: String) -> String {
        let ln = "<mspace width=\"0.2em\"/><mi>ln</mi><mspace width=\"0.1em\"/>"
        return "<mo>−</mo><mo>[</mo>\(y)\(ln)\(a)<mo>+</mo><mo>(</mo><mn>1</mn><mo>−</mo>\(y)<mo>)</mo>"
            + "\(ln)<mo>(</mo><mn>1</mn><mo>−</mo>\(a)<mo>)</mo><mo>]</mo>"
    }
}
