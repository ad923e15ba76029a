import Chains
import Diagnostics

/// `{sweep}`: the gradient of the first weight, dC/dw1, in chains of L copies of the chain's first layer,
/// for each depth L of its `sweep` key: a sentence with the first and last values, a table, and a chart
/// of |dC/dw1| on a logarithmic axis, where a vanishing gradient is a falling straight line.
enum SweepView {
    static func render(_ context: ViewContext) throws(Diagnostic) -> String {
        let chain = context.chain
        guard !chain.sweepDepths.isEmpty else {
            throw .error(
                "{sweep} needs a 'sweep' list of depths in \(SweepDepths.label(chain)), as in \(SweepDepths.example)",
                at: context.location)
        }
        let depths = try SweepDepths.selected(context, kind: .sweep)
        var out = "<figure class=\"sg-view sg-sweep\">\n"
        out += "<figcaption>\(context.caption(default: try defaultCaption(context, depths: depths)))</figcaption>\n"
        out += try summary(context, depths: depths)
        if context.options.flag("table", default: true) { out += try table(context, depths: depths) }
        if context.options.flag("chart", default: true) { out += try SweepChart.render(context, depths: depths) }
        return out + "</figure>\n"
    }

    static func gradient(_ depth: Int) -> String { SweepNames.name("dC/dw1", depth: depth) }

    static func layers(_ n: Int) -> String { n == 1 ? "1 layer" : "\(n) layers" }

    /// "dC/dw1 in chains of 1 to 32 copies of layer 1 of chain deep10 (w1 = 1, sigmoid)"; one depth is
    /// "in a chain of 8 copies".
    private static func defaultCaption(_ context: ViewContext, depths: [Int]) throws(Diagnostic) -> String {
        let chains =
            depths.count == 1
            ? "a chain of \(depths[0]) \(depths[0] == 1 ? "copy" : "copies")"
            : "chains of \(depths[0]) to \(depths[depths.count - 1]) copies"
        var layer: [String] = []
        let neuron = context.chain.layers.first?.neurons.first
        if let weight = neuron?.inputs.first?.weight {
            layer.append("\(NameMarkup.html(weight)) = \(try context.data(weight))")
        }
        if let bias = neuron?.bias { layer.append("\(NameMarkup.html(bias)) = \(try context.data(bias))") }
        let activation = neuron?.activation ?? .none
        layer.append(activation == .none ? "no squish" : activation.rawValue)
        return "\(NameMarkup.html("dC/dw1")) in \(chains) of layer 1 of \(context.chainLabel) "
            + "(\(layer.joined(separator: ", ")))"
    }

    /// "From 1 layer to 32 layers, dC/dw1 shrinks from 0.2875 to 1.996×10⁻²¹." (by magnitude).
    private static func summary(_ context: ViewContext, depths: [Int]) throws(Diagnostic) -> String {
        let symbol = NameMarkup.html("dC/dw1")
        guard let first = depths.first, let last = depths.last, first != last else {
            return "<p class=\"sg-summary\">With \(layers(depths[0])), \(symbol) is "
                + "\(try context.data(gradient(depths[0]))).</p>\n"
        }
        let (a, b) = (abs(try context.value(gradient(first))), abs(try context.value(gradient(last))))
        let verb = b < a ? "shrinks" : (b > a ? "grows" : "stays the same")
        let change =
            a == b
            ? "\(verb), \(try context.data(gradient(first)))"
            : "\(verb) from \(try context.data(gradient(first))) to \(try context.data(gradient(last)))"
        return "<p class=\"sg-summary\">From \(layers(first)) to \(layers(last)), \(symbol) \(change).</p>\n"
    }

    /// One row per depth: L, dC/dw1, C.
    private static func table(_ context: ViewContext, depths: [Int]) throws(Diagnostic) -> String {
        var rows: [String] = []
        for depth in depths {
            rows.append(
                "<tr><th scope=\"row\">\(depth)</th><td class=\"sg-value\">\(try context.data(gradient(depth)))</td>"
                    + "<td class=\"sg-value\">\(try context.data(SweepNames.name("C", depth: depth)))</td></tr>")
        }
        return """
            <table class="sg-table sg-sweep-table">
            <caption>The first weight’s gradient and the cost for each number of layers</caption>
            <thead><tr><th scope="col">Layers L</th><th scope="col">\(NameMarkup.html("dC/dw1"))</th>\
            <th scope="col">Cost C</th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>

            """
    }
}
