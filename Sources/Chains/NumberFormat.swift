import Diagnostics
import Foundation

/// How engine numbers are written: the exact `value` attribute and the rounded display text.
public enum NumberFormat {
    /// The shortest text that reads back as exactly `x` (`3`, `0.1`, `1e-07`); integers lose `.0`.
    public static func exact(_ x: Double) -> String {
        if x == 0 { return "0" }  // also folds -0
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    /// `x` rounded to `precision` significant digits, as a Double (used by `expect`).
    public static func rounded(_ x: Double, precision: Int) -> Double {
        guard x.isFinite, x != 0 else { return x }
        return Double(String(format: "%.\(max(1, precision) - 1)e", x)) ?? x
    }

    /// Display text as plain Unicode: `precision` significant digits, trailing zeros trimmed,
    /// U+2212 for minus, `1.5×10^−7` style for very large or small magnitudes (see `html`).
    public static func parts(_ x: Double, precision: Int) -> (mantissa: String, exponent: Int?) {
        guard x.isFinite else { return (x.isNaN ? "NaN" : (x < 0 ? "−∞" : "∞"), nil) }
        if x == 0 { return ("0", nil) }
        let p = max(1, precision)
        let sci = String(format: "%.\(p - 1)e", x)  // e.g. "-1.500e-07"
        let pieces = sci.split(separator: "e")
        let exponent = Int(pieces[1]) ?? 0
        if exponent >= 6 || exponent < -4 {
            return (minus(trimZeros(String(pieces[0]))), exponent)
        }
        // Fixed notation with exactly the significant digits asked for: 74729 at 4 digits is 74730.
        let decimals = max(0, p - 1 - exponent)
        let kept = decimals == 0 ? (Double(sci) ?? x) : x
        return (minus(trimZeros(String(format: "%.\(decimals)f", kept))), nil)
    }

    /// Display text for HTML: `3`, `−0.25`, `1.5×10<sup>−7</sup>`.
    public static func html(_ x: Double, precision: Int) -> String {
        let (mantissa, exponent) = parts(x, precision: precision)
        guard let exponent else { return mantissa }
        return "\(mantissa)×10<sup>\(minus(String(exponent)))</sup>"
    }

    /// Display text without markup: `3`, `−0.25`, `1.5×10^−7`.
    public static func text(_ x: Double, precision: Int) -> String {
        let (mantissa, exponent) = parts(x, precision: precision)
        guard let exponent else { return mantissa }
        return "\(mantissa)×10^\(minus(String(exponent)))"
    }

    /// Display text inside SVG `<tspan>`s, where markup cannot go: `1.5×10⁻⁷` with superscript characters.
    public static func svg(_ x: Double, precision: Int) -> String {
        let (mantissa, exponent) = parts(x, precision: precision)
        guard let exponent else { return mantissa }
        let superscripts: [Character: Character] = [
            "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        ]
        let power = String(String(abs(exponent)).compactMap { superscripts[$0] })
        return "\(mantissa)×10\(exponent < 0 ? "⁻" : "")\(power)"
    }

    /// The `<data class="num">` element every computed number is published as (format spec section 6).
    public static func dataElement(_ x: Double, ref: String, precision: Int) -> String {
        "<data class=\"num\" value=\"\(exact(x))\" data-ref=\"\(HTMLEscape.text(ref))\">\(html(x, precision: precision))</data>"
    }

    static func trimZeros(_ s: String) -> String {
        guard s.contains(".") else { return s }
        var t = Substring(s)
        while t.hasSuffix("0") { t = t.dropLast() }
        if t.hasSuffix(".") { t = t.dropLast() }
        return t == "-0" ? "0" : String(t)
    }

    static func minus(_ s: String) -> String {
        s.utf8.contains(UInt8(ascii: "-")) ? s.replacingOccurrences(of: "-", with: "\u{2212}") : s
    }
}
