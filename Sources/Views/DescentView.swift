import Chains
import Diagnostics

/// `{descent}`: the update of every parameter after one step and the new cost; with several steps,
/// a table of the cost and parameters per step and a chart of the cost. Rising steps are flagged.
enum DescentView {
    /// Tables longer than this show the first and last rows only (the chart still shows every step).
    static let maxRows = 20

    static func render(_ context: ViewContext) throws(Diagnostic) -> String {
        let chain = context.chain
        guard chain.learningRate != nil, chain.descent.count >= 2 else {
            let label = chain.id.isEmpty ? "the chain" : "chain '\(chain.id)'"
            throw .error("{descent} needs a learning_rate in \(label)", at: context.location)
        }
        let steps = chain.descent.count - 1
        let eta = try context.data("learning_rate")
        let defaultCaption =
            steps == 1
            ? "One gradient-descent step on \(context.chainLabel) with learning rate η = \(eta)"
            : "Gradient descent on \(context.chainLabel): \(steps) steps with learning rate η = \(eta)"
        var out = "<figure class=\"sg-view sg-descent\">\n"
        out += "<figcaption>\(context.caption(default: defaultCaption))</figcaption>\n"
        out += "<ul class=\"sg-updates\">\n"
        for parameter in chain.parameters {
            out += "<li>\(try update(parameter, context: context))</li>\n"
        }
        out += "</ul>\n"
        out += try newCost(context)
        if steps > 1 {
            if context.options.flag("table", default: true) { out += try table(context) }
            if context.options.flag("chart", default: true) { out += try DescentChart.render(context) }
        }
        return out + "</figure>\n"
    }

    /// `w1_new = w1 − η · dC/dw1 = 2 − 0.1 · 3 = 1.7`.
    private static func update(_ parameter: String, context: ViewContext) throws(Diagnostic) -> String {
        let gradient = "dC/d\(parameter)"
        let new = "\(parameter)_new"
        let symbols = "\(MathML.identifier(parameter))<mo>−</mo><mi>η</mi><mo>·</mo>\(MathML.symbol(gradient))"
        let numbers =
            "\(try context.mn(parameter))<mo>−</mo>\(try context.mn("learning_rate", parenthesizeNegative: true))"
            + "<mo>·</mo>\(try context.mn(gradient, parenthesizeNegative: true))"
        return MathML.wrapping(
            MathML.identifier(new),
            ["<mo>=</mo>\(symbols)", "<mo>=</mo>\(numbers)", "<mo>=</mo>\(try context.mn(new))"])
    }

    /// The cost after the first step, compared with the cost before it.
    private static func newCost(_ context: ViewContext) throws(Diagnostic) -> String {
        let before = try context.value("C")
        let after = try context.value("C_new")
        let equation = MathML.math("\(MathML.identifier("C_new"))<mo>=</mo>\(try context.mn("C_new"))")
        let old = try context.data("C")
        if rises(from: before, to: after) {
            return "<p class=\"sg-new-cost sg-rise\">New cost \(equation), up from \(old). "
                + "<strong class=\"sg-flag\">▲&nbsp;The cost rose: this step overshot.</strong></p>\n"
        }
        let direction = after < before ? "down from" : "unchanged from"
        return "<p class=\"sg-new-cost\">New cost \(equation), \(direction) \(old).</p>\n"
    }

    /// A table of `C@k` (and each parameter's `X@k`) for every step, rising rows flagged in words.
    private static func table(_ context: ViewContext) throws(Diagnostic) -> String {
        let chain = context.chain
        let steps = chain.descent.count - 1
        let parameters = context.options.flag("parameters", default: true) ? chain.parameters : []
        var header = "<th scope=\"col\">Step</th><th scope=\"col\">Cost C</th>"
        for parameter in parameters { header += "<th scope=\"col\">\(NameMarkup.html(parameter))</th>" }
        header += "<th scope=\"col\">Change</th>"
        let shown =
            steps + 1 <= maxRows
            ? Array(0...steps) : Array(0..<(maxRows / 2)) + Array((steps - maxRows / 2 + 1)...steps)
        var rows: [String] = []
        var previous: Int?
        for k in shown {
            if let previous, k != previous + 1 {
                rows.append(
                    "<tr class=\"sg-elided\"><td colspan=\"\(parameters.count + 3)\">steps \(previous + 1) to \(k - 1) "
                        + "omitted; the chart shows every step</td></tr>")
            }
            previous = k
            var rose = false
            if k > 0 { rose = rises(from: try context.value("C@\(k - 1)"), to: try context.value("C@\(k)")) }
            var row = rose ? "<tr class=\"sg-rise\">" : "<tr>"
            row += "<th scope=\"row\">\(k)</th><td class=\"sg-value\">\(try context.data("C@\(k)"))</td>"
            for parameter in parameters {
                row += "<td class=\"sg-value\">\(try context.data("\(parameter)@\(k)"))</td>"
            }
            let change = k == 0 ? "start" : (rose ? "<strong class=\"sg-flag\">▲&nbsp;rose</strong>" : "▼&nbsp;fell")
            rows.append(row + "<td>\(change)</td></tr>")
        }
        return """
            <table class="sg-table sg-trajectory">
            <caption>Cost and parameters after each step</caption>
            <thead><tr>\(header)</tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>

            """
    }

    /// True when a step raised the cost by more than rounding noise (a finite cost turning non-finite counts).
    static func rises(from before: Double, to after: Double) -> Bool {
        guard before.isFinite else { return false }
        return !(after <= before + 1e-12 * max(1, abs(before)))
    }

    /// The steps (1-based) whose cost is higher than the step before.
    static func risingSteps(_ chain: ComputedChain) -> [Int] {
        chain.descent.indices.dropFirst().filter { rises(from: chain.descent[$0 - 1].cost, to: chain.descent[$0].cost) }
            .map { chain.descent[$0].step }
    }
}
