import Diagnostics

/// Quantity names typeset in HTML (captions, table headers) and SVG (graph and chart labels).
enum NameMarkup {
    /// `a<sub>2</sub>[1]`, `w<sub>1</sub><sup>new</sup>`, `dC/dw<sub>1</sub>`, `η`.
    static func html(_ name: String) -> String {
        if let d = DerivativeName(name) {
            let path = d.path.map { " (path \(HTMLEscape.text($0)))" } ?? ""
            return "d\(html(d.of))/d\(html(d.wrt))\(path)"
        }
        return markup(name, sub: { "<sub>\($0)</sub>" }, sup: { "<sup>\($0)</sup>" })
    }

    /// The same in SVG text, with shifted `<tspan>`s for sub- and superscripts.
    static func svg(_ name: String) -> String {
        if let d = DerivativeName(name) { return "d\(svg(d.of))/d\(svg(d.wrt))" }
        return markup(
            name, sub: { "<tspan class=\"sub\" baseline-shift=\"sub\" font-size=\"75%\">\($0)</tspan>" },
            sup: { "<tspan class=\"sup\" baseline-shift=\"super\" font-size=\"75%\">\($0)</tspan>" })
    }

    /// Plain text for places without markup (`<title>`, `aria-label`): the name as authors type it.
    static func text(_ name: String) -> String {
        name == "learning_rate" ? "η" : HTMLEscape.text(name)
    }

    private static func markup(_ name: String, sub: (String) -> String, sup: (String) -> String) -> String {
        if name == "learning_rate" { return "η" }
        guard let parts = QuantityName(name) else { return HTMLEscape.text(name) }
        var out = HTMLEscape.text(parts.letters)
        if !parts.digits.isEmpty { out += sub(parts.digits) }
        switch parts.suffix {
        case .new: out += sup("new")
        case .step(let k): out += sup("(\(HTMLEscape.text(k)))")
        case nil: break
        }
        if let indices = parts.indices { out += "[\(HTMLEscape.text(indices))]" }
        return out
    }
}
