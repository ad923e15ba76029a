import Chains
import Diagnostics
import Foundation
import YAML

/// Renders view blocks and inline `=name` values of a computed chain as HTML fragments.
public enum ViewRenderer {
    /// The HTML fragment for one view block: a `<figure class="sg-view sg-KIND">`.
    ///
    /// - Parameters:
    ///   - request: the block, its argument and options.
    ///   - chain: the chain the block refers to, as computed by the engine.
    ///   - precision: significant digits to display (the chain's, else the site's).
    ///   - markdown: renders a Markdown snippet (factor meanings, captions) to inline HTML.
    /// - Throws: a diagnostic at the block for an unknown view, argument or option.
    public static func render(
        _ request: ViewRequest, chain: ComputedChain, precision: Int, markdown: (String) -> String
    ) throws(Diagnostic) -> String {
        let kind = try resolveKind(request)
        try checkArgument(request, kind: kind)
        let options = try ViewOptions.parse(request.options, kind: kind)
        return try withoutActuallyEscaping(markdown) { (markdown) throws(Diagnostic) -> String in
            let context = ViewContext(
                chain: chain, precision: max(1, precision), markdown: markdown, location: request.location,
                options: options)
            switch kind {
            case .forward: return try ForwardView.render(context)
            case .factors: return try FactorsView.render(context, argument: request.argument ?? "")
            case .gradients: return try GradientsView.render(context)
            case .descent: return try DescentView.render(context)
            case .graph: return try GraphView.render(context)
            case .sweep: return try SweepView.render(context)
            case .operations: return try OperationsView.render(context)
            }
        }
    }

    /// The `<data>` element for `` `=name` `` in prose. `name` may carry the chain's id (`worked:C`).
    /// - Throws: "unknown quantity 'dC/dw4'; did you mean 'dC/dw1'?" at `location`.
    public static func inlineValue(
        name: String, chain: ComputedChain, precision: Int, location: SourceLocation
    ) throws(Diagnostic) -> String {
        var key = name.trimmingCharacters(in: .whitespaces)
        if !chain.id.isEmpty, key.hasPrefix("\(chain.id):") { key.removeFirst(chain.id.count + 1) }
        key = chain.canonicalName(key)  // `a2[1]` of a one-neuron layer is published as `a2`
        guard let value = chain.quantities[key] else {
            let known = chain.quantities.keys.sorted()
            throw .error("unknown quantity '\(name)'" + Suggestions.didYouMean(key, in: known), at: location)
        }
        return NumberFormat.dataElement(value, ref: chain.ref(key), precision: max(1, precision))
    }

    /// The view kind named by the request, accepting `factors` and `{factors}`.
    static func resolveKind(_ request: ViewRequest) throws(Diagnostic) -> ViewKind {
        var name = Substring(request.kind)
        if name.hasPrefix("{"), name.hasSuffix("}") { name = name.dropFirst().dropLast() }
        if let kind = ViewKind(rawValue: String(name)) { return kind }
        let known = ViewKind.allCases.map(\.rawValue)
        let suggestion = Suggestions.closest(to: String(name), in: known).map { "; did you mean '{\($0)}'?" } ?? ""
        throw .error(
            "unknown view '{\(name)}' (known views: \(ViewKind.knownList))\(suggestion)", at: request.location)
    }

    /// Only `{factors}` takes an argument, and it needs one.
    static func checkArgument(_ request: ViewRequest, kind: ViewKind) throws(Diagnostic) {
        let argument = request.argument?.trimmingCharacters(in: .whitespaces) ?? ""
        if kind.takesArgument, argument.isEmpty {
            throw .error("\(kind.braced) needs a parameter, as in '{factors} dC/dw1'", at: request.location)
        }
        if !kind.takesArgument, !argument.isEmpty {
            throw .error("\(kind.braced) takes no argument, found '\(argument)'", at: request.location)
        }
    }
}
