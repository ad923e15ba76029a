import Chains
import Diagnostics

/// `{graph}`: the computational graph as inline SVG, forward values on nodes and local derivatives
/// on edges, followed by the same content as a list for readers who cannot see the picture.
enum GraphView {
    static func render(_ context: ViewContext) throws(Diagnostic) -> String {
        let layout = GraphLayout(context.chain)
        let showValues = context.options.flag("values", default: true)
        let showDerivatives = context.options.flag("derivatives", default: true)
        var factors: [String: Factor] = [:]
        for factor in context.chain.edges { factors[key(factor.of, factor.wrt)] = factor }
        let id = "\(context.idPrefix)-graph"
        let f = DescentChart.f

        var svg =
            "<svg class=\"sg-graph\" role=\"img\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\" "
            + "viewBox=\"0 0 \(f(layout.width)) \(f(layout.height))\" width=\"\(f(layout.width))\" "
            + "height=\"\(f(layout.height))\" style=\"--sg-width: \(f(layout.width))px\">\n"
        svg +=
            "<title id=\"\(id)-title\">Computational graph of \(title(context.chain))</title>\n"
        svg += "<desc id=\"\(id)-desc\">\(description(context, layout: layout))</desc>\n"
        svg +=
            "<defs><marker id=\"\(id)-arrow\" viewBox=\"0 0 8 8\" refX=\"8\" refY=\"4\" markerWidth=\"7\" "
            + "markerHeight=\"7\" orient=\"auto-start-reverse\">"
            + "<path class=\"sg-arrow\" d=\"M0 0L8 4L0 8Z\"/></marker></defs>\n"
        var labels = ""
        for (edge, segment) in zip(layout.edges, layout.segments()) {
            guard let segment else { continue }
            let (x1, y1, x2, y2) = (segment.x1, segment.y1, segment.x2, segment.y2)
            svg +=
                "<line class=\"sg-edge\" x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" "
                + "marker-end=\"url(#\(id)-arrow)\"/>\n"
            if showDerivatives, let factor = factors[key(edge.to, edge.from)], context.has(factor.name) {
                // Labels of edges from the upper band sit near their source, where those edges are apart;
                // crossing edges between node columns are labelled nearer their target.
                let t = y1 == y2 ? 0.5 : (segment.fromAbove ? 0.3 : 0.65)
                let lx = x1 + (x2 - x1) * t
                let ly = y1 + (y2 - y1) * t
                labels +=
                    "<text class=\"sg-edge-label\" x=\"\(f(lx))\" y=\"\(f(ly - 4))\" text-anchor=\"middle\">"
                    + "\(try context.tspan(factor.name))</text>\n"
            }
        }
        for node in layout.nodes {
            svg += try nodeMarkup(node, context: context, showValue: showValues)
        }
        svg += labels + "</svg>\n"

        let caption = context.caption(default: "Computational graph of \(context.chainLabel)")
        // The text version follows the figure: a figure's caption must come first or last in it.
        return "<figure class=\"sg-view sg-graph\">\n\(svg)<figcaption>\(caption)</figcaption>\n</figure>\n"
            + (try textAlternative(context, layout: layout, factors: factors))
    }

    /// The chain as named in plain text (`<title>` takes no markup).
    private static func title(_ chain: ComputedChain) -> String {
        chain.id.isEmpty ? "the chain" : "chain \(HTMLEscape.text(chain.id))"
    }

    private static func key(_ of: String, _ wrt: String) -> String { "\(of)\u{1F}\(wrt)" }

    private static func nodeMarkup(_ node: GraphLayout.Node, context: ViewContext, showValue: Bool) throws(Diagnostic)
        -> String
    {
        let f = DescentChart.f
        let w = GraphLayout.width(of: node)
        let h = GraphLayout.nodeHeight
        let (x, y) = (node.x - w / 2, node.y - h / 2)
        let rounded = node.role == .parameter || node.role == .target ? "2" : "\(f(h / 2))"
        var out = "<g class=\"sg-node sg-role-\(node.role.rawValue)\">"
        out += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(w))\" height=\"\(f(h))\" rx=\"\(rounded)\"/>"
        if node.role == .cost {
            out +=
                "<rect class=\"sg-inner\" x=\"\(f(x + 3))\" y=\"\(f(y + 3))\" width=\"\(f(w - 6))\" "
                + "height=\"\(f(h - 6))\" rx=\"\(f(h / 2 - 3))\"/>"
        }
        let nameY = showValue ? node.y - 3 : node.y + 5
        out +=
            "<text class=\"sg-node-name\" x=\"\(f(node.x))\" y=\"\(f(nameY))\" text-anchor=\"middle\">"
            + "\(NameMarkup.svg(node.name))</text>"
        if showValue, context.has(node.name) {
            out +=
                "<text class=\"sg-node-value\" x=\"\(f(node.x))\" y=\"\(f(node.y + 14))\" text-anchor=\"middle\">"
                + "\(try context.tspan(node.name))</text>"
        }
        return out + "</g>\n"
    }

    private static func description(_ context: ViewContext, layout: GraphLayout) -> String {
        let inputs = context.chain.inputs.map(NameMarkup.text).joined(separator: ", ")
        let layers = layout.layerCount == 1 ? "1 layer" : "\(layout.layerCount) layers"
        return "Left to right: the input \(inputs), \(layers), and the cost C. Parameters and the target "
            + "sit above the node they feed. Nodes show forward values and arrows show local derivatives; "
            + "the list after the figure gives them as text."
    }

    /// The nodes with their values and the edges with their derivatives, as HTML lists.
    private static func textAlternative(
        _ context: ViewContext, layout: GraphLayout, factors: [String: Factor]
    ) throws(Diagnostic) -> String {
        var nodes: [String] = []
        for node in layout.nodes.sorted(by: { ($0.x, $0.y) < ($1.x, $1.y) }) {
            let value = context.has(node.name) ? " = \(try context.data(node.name))" : ""
            nodes.append("<li>\(NameMarkup.html(node.name))\(value) (\(node.role.rawValue))</li>")
        }
        var edges: [String] = []
        for edge in layout.edges {
            var item = "<li>\(NameMarkup.html(edge.from)) → \(NameMarkup.html(edge.to))"
            if let factor = factors[key(edge.to, edge.from)], context.has(factor.name) {
                item += ": \(NameMarkup.html(factor.name)) = \(try context.data(factor.name))"
            }
            edges.append(item + "</li>")
        }
        return """
            <details class="sg-graph-text">
            <summary>The graph as text</summary>
            <p>Nodes, left to right:</p>
            <ul>
            \(nodes.joined(separator: "\n"))
            </ul>
            <p>Edges, with the local derivative each carries:</p>
            <ul>
            \(edges.joined(separator: "\n"))
            </ul>
            </details>

            """
    }
}
