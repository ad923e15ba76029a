import Chains
import Diagnostics
import Foundation

/// `{factors} dC/dw1`: the table of local derivatives from the cost back to one parameter,
/// then their product; with several paths, one table and product per path, then their sum.
enum FactorsView {
    static func render(_ context: ViewContext, argument: String) throws(Diagnostic) -> String {
        let parameter = try resolve(argument, in: context)
        let gradient = "dC/d\(parameter)"
        let count = context.chain.pathCounts[parameter] ?? context.chain.paths[parameter]?.count ?? 0
        if count > FactorPath.limit {
            throw .error(
                "\(gradient) has \(count) paths, more than \(FactorPath.limit) a table can show; "
                    + "use {gradients} instead", at: context.location)
        }
        guard let paths = context.chain.paths[parameter], !paths.isEmpty else {
            throw .error(
                "internal error: chain '\(context.chain.id)' has no paths for '\(parameter)'", at: context.location)
        }
        var out = "<figure class=\"sg-view sg-factors\">\n"
        if paths.count == 1 {
            let caption = context.caption(
                default: "Factors of \(NameMarkup.html(gradient)) in \(context.chainLabel), "
                    + "from the cost back to \(NameMarkup.html(parameter))")
            out += try table(paths[0], caption: caption, context: context)
            out += try productLines(paths[0], label: MathML.symbol(gradient), total: gradient, context: context)
        } else {
            let caption = context.caption(
                default: "\(NameMarkup.html(gradient)) in \(context.chainLabel) sums \(paths.count) paths "
                    + "from the cost back to \(NameMarkup.html(parameter))")
            out += "<figcaption>\(caption)</figcaption>\n"
            for (index, path) in paths.enumerated() {
                let k = index + 1
                out += "<section class=\"sg-path\">\n"
                out += try table(
                    path, caption: "Path \(k) of \(paths.count): \(route(path, parameter: parameter))",
                    context: context)
                out += try productLines(
                    path, label: "<mtext>path \(k)</mtext>", total: "\(gradient)#\(k)", context: context)
                out += "</section>\n"
            }
            var terms: [String] = []
            for k in 1...paths.count {
                terms.append(try context.mn("\(gradient)#\(k)", parenthesizeNegative: k > 1))
            }
            let pieces = terms.enumerated().map { ($0.offset == 0 ? "<mo>=</mo>" : MathML.plus) + $0.element }
            let sum = MathML.wrapping(MathML.symbol(gradient), pieces + ["<mo>=</mo>\(try context.mn(gradient))"])
            out += "<p class=\"sg-sum\"><span class=\"sg-sum-label\">Sum of the paths:</span> \(sum)</p>\n"
        }
        return out + "</figure>\n"
    }

    /// The parameter named by `dC/dw1` or `w1`, or an error naming the closest one.
    static func resolve(_ argument: String, in context: ViewContext) throws(Diagnostic) -> String {
        let raw = argument.trimmingCharacters(in: .whitespaces)
        let prefixed = raw.hasPrefix("dC/d")
        let name = context.chain.canonicalName(prefixed ? String(raw.dropFirst(4)) : raw)
        let parameters = context.chain.parameters
        if parameters.contains(name) { return name }
        let candidates = prefixed ? parameters.map { "dC/d\($0)" } : parameters
        throw .error(
            "unknown parameter '\(raw)' for {factors} (parameters: \(parameters.joined(separator: ", ")))"
                + Suggestions.didYouMean(raw, in: candidates), at: context.location)
    }

    /// `C ← a3 ← a2[1] ← a1[1] ← w1[1,1]`: the nodes a path passes, cost first.
    private static func route(_ path: FactorPath, parameter: String) -> String {
        guard let first = path.factors.first else { return NameMarkup.html(parameter) }
        let nodes = [first.of] + path.factors.map(\.wrt)
        return nodes.map(NameMarkup.html).joined(separator: " ← ")
    }

    private static func table(_ path: FactorPath, caption: String, context: ViewContext) throws(Diagnostic) -> String {
        let meanings = context.options.flag("meanings", default: true)
        var rows: [String] = []
        for factor in path.factors {
            var row =
                "<tr><th scope=\"row\">\(MathML.math(MathML.symbol(factor.name)))</th>"
                + "<td>\(MathML.math(MathML.formula(factor.formula)))</td>"
                + "<td class=\"sg-value\">\(try context.data(factor.name))</td>"
            if meanings {
                row += "<td>\(context.markdown(context.chain.meanings[factor.name] ?? factor.meaning))</td>"
            }
            rows.append(row + "</tr>")
        }
        let meaningHeader = meanings ? "<th scope=\"col\">Meaning</th>" : ""
        return """
            <table class="sg-table">
            <caption>\(caption)</caption>
            <thead><tr><th scope="col">Factor</th><th scope="col">Formula</th>\
            <th scope="col">Value</th>\(meaningHeader)</tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>

            """
    }

    /// The chain rule in symbols, then in numbers: `dC/dw1 = 2 · 0.5 · 3 · 1 = 3`.
    private static func productLines(
        _ path: FactorPath, label: String, total: String, context: ViewContext
    ) throws(Diagnostic) -> String {
        let symbols = path.factors.map { MathML.symbol($0.name) }
        var numbers: [String] = []
        for (index, factor) in path.factors.enumerated() {
            numbers.append(try context.mn(factor.name, parenthesizeNegative: index > 0))
        }
        let product =
            MathML.productPieces(numbers, lead: "<mo>=</mo>") + ["<mo>=</mo>\(try context.mn(total))"]
        return "<p class=\"sg-chain-rule\">"
            + "\(MathML.wrapping(label, MathML.productPieces(symbols, lead: "<mo>=</mo>", perPiece: 2)))</p>\n"
            + "<p class=\"sg-product\">\(MathML.wrapping(label, product))</p>\n"
    }
}
