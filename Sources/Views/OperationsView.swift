import Chains
import Diagnostics

/// `{operations}`: how many multiplications it takes to get every parameter's gradient by one backward
/// sweep, against multiplying out each parameter's chain-rule product on its own (see `OperationNames`);
/// with the chain's `sweep` depths, how both counts grow with the number of layers.
enum OperationsView {
    static func render(_ context: ViewContext) throws(Diagnostic) -> String {
        let depths = try SweepDepths.selected(context, kind: .operations)
        let caption = context.caption(
            default: "Multiplications for every gradient of \(context.chainLabel): one backward sweep against "
                + "each chain multiplied out on its own")
        var out = "<figure class=\"sg-view sg-operations\">\n<figcaption>\(caption)</figcaption>\n"
        out += try counts(context)
        out += explanation(withAdditions: try hasAdditions(context))
        if !depths.isEmpty { out += try growth(context, depths: depths) }
        return out + "</figure>\n"
    }

    private static func hasAdditions(_ context: ViewContext) throws(Diagnostic) -> Bool {
        let backward = try context.value(OperationNames.backwardAdditions)
        let separate = try context.value(OperationNames.separateAdditions)
        return backward != 0 || separate != 0
    }

    /// The two methods side by side; an Additions column only where paths meet.
    private static func counts(_ context: ViewContext) throws(Diagnostic) -> String {
        let additions = try hasAdditions(context)
        func row(_ method: String, _ multiplications: String, _ sums: String) throws(Diagnostic) -> String {
            var cells =
                "<th scope=\"row\">\(method)</th><td class=\"sg-value\">\(try context.data(multiplications))</td>"
            if additions { cells += "<td class=\"sg-value\">\(try context.data(sums))</td>" }
            return "<tr>\(cells)</tr>"
        }
        let header =
            "<th scope=\"col\">Method</th><th scope=\"col\">Multiplications</th>"
            + (additions ? "<th scope=\"col\">Additions</th>" : "")
        let backward = try row(
            "One backward sweep, each shared factor used once", OperationNames.backward,
            OperationNames.backwardAdditions)
        let separate = try row(
            "Each parameter’s chain multiplied out on its own", OperationNames.separate,
            OperationNames.separateAdditions)
        return """
            <table class="sg-table sg-operations-table">
            <thead><tr>\(header)</tr></thead>
            <tbody>
            \(backward)
            \(separate)
            </tbody>
            </table>

            """
    }

    private static func explanation(withAdditions: Bool) -> String {
        var text =
            "The backward sweep walks from the cost toward the input and keeps the gradient of every node it "
            + "passes. It starts from the output’s desire, and each further factor costs exactly one "
            + "multiplication: the gradient at its output-side end times the factor. Multiplying out a "
            + "parameter’s chain of <var>k</var> factors on its own takes <var>k</var> − 1 multiplications, and "
            + "repeats the output-side factors for every parameter behind them."
        if withAdditions { text += " Where several paths meet, their products are added: the Additions column." }
        return "<p class=\"sg-note\">\(text)</p>\n"
    }

    /// One row per sweep depth: L, backward, separate; then what the rows show.
    private static func growth(_ context: ViewContext, depths: [Int]) throws(Diagnostic) -> String {
        var rows: [String] = []
        for depth in depths {
            let backward = try context.data(SweepNames.name(OperationNames.backward, depth: depth))
            let separate = try context.data(SweepNames.name(OperationNames.separate, depth: depth))
            rows.append(
                "<tr><th scope=\"row\">\(depth)</th><td class=\"sg-value\">\(backward)</td>"
                    + "<td class=\"sg-value\">\(separate)</td></tr>")
        }
        return """
            <table class="sg-table sg-operations-growth">
            <caption>Multiplications in chains of L copies of layer 1</caption>
            <thead><tr><th scope="col">Layers L</th><th scope="col">Backward sweep</th>\
            <th scope="col">Each on its own</th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            <p class="sg-note">The backward sweep grows in step with the number of layers; the separate \
            products grow with its square, because each extra layer lengthens every chain behind it.</p>

            """
    }
}
