import Chains
import Diagnostics

/// What every view needs while rendering: the chain, the digits to show, the Markdown renderer,
/// the block's location and its options. All engine numbers go out through this type, so each one
/// is a key of `chain.quantities` carrying exactly that value.
struct ViewContext {
    var chain: ComputedChain
    var precision: Int
    var markdown: (String) -> String
    var location: SourceLocation
    var options: ViewOptions

    /// The engine's value of `name`; a missing name is an engine bug, reported at the block.
    func value(_ name: String) throws(Diagnostic) -> Double {
        guard let value = chain.quantities[name] else {
            throw .error("internal error: chain '\(chain.id)' has no quantity '\(name)'", at: location)
        }
        return value
    }

    /// True when the chain has a quantity called `name`.
    func has(_ name: String) -> Bool { chain.quantities[name] != nil }

    /// The `<data class="num">` element for `name`.
    func data(_ name: String) throws(Diagnostic) -> String {
        NumberFormat.dataElement(try value(name), ref: chain.ref(name), precision: precision)
    }

    /// `name`'s number as a MathML `<mn>` holding its `<data>`; `parenthesizeNegative` puts
    /// a negative number that follows an operator in parentheses, as in `3 · (−1)`.
    func mn(_ name: String, parenthesizeNegative: Bool = false) throws(Diagnostic) -> String {
        let number = "<mn>\(try data(name))</mn>"
        guard parenthesizeNegative, try value(name) < 0 else { return number }
        return "<mo>(</mo>\(number)<mo>)</mo>"
    }

    /// `name`'s number inside SVG, where `<data>` is not allowed: a `<tspan class="num">` with the
    /// same exact value and reference, shown as plain text (`1.5×10⁻⁷`).
    func tspan(_ name: String) throws(Diagnostic) -> String {
        let x = try value(name)
        return
            "<tspan class=\"num\" data-value=\"\(NumberFormat.exact(x))\" data-ref=\"\(HTMLEscape.text(chain.ref(name)))\">"
            + "\(svgText(x))</tspan>"
    }

    /// Display text for SVG, where `<sup>` cannot go: `NumberFormat.svg`.
    func svgText(_ x: Double) -> String { NumberFormat.svg(x, precision: precision) }

    /// The author's caption (Markdown) or the view's default (already HTML).
    func caption(default fallback: String) -> String {
        options.caption.map(markdown) ?? fallback
    }

    /// The chain as named in captions: `chain <code>worked</code>`, or `the chain` when it has no id.
    var chainLabel: String { chain.id.isEmpty ? "the chain" : "chain <code>\(HTMLEscape.text(chain.id))</code>" }

    /// A prefix for element ids unique to this block on its page.
    var idPrefix: String {
        let id = chain.id.isEmpty ? "chain" : chain.id
        return "sg-\(id)-l\(location.line)"
    }
}
