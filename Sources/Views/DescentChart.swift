import Diagnostics
import Foundation

/// The SVG line chart of the cost per descent step. The y axis turns logarithmic when the cost
/// spans two orders of magnitude or more, so a diverging run stays readable.
///
/// Sizes are in SVG units at the chart's natural width; on a phone the chart is scaled down and
/// views.css enlarges its text, so margins leave room for labels at `phoneFont` as well.
enum DescentChart {
    static let width = 560.0, height = 280.0
    static let right = 20.0, top = 44.0, bottom = 46.0
    /// The largest tick-label font views.css uses (phones), and its average glyph width in ems.
    static let phoneFont = 19.0, glyphWidth = 0.62
    /// Space inside the axes, so that no marker sits on an axis line.
    static let inset = 14.0
    /// The least vertical distance between two y-axis labels (a line of text at `phoneFont`).
    static let minLabelGap = 22.0

    static func render(_ context: ViewContext) throws(Diagnostic) -> String {
        let steps = context.chain.descent.count - 1
        var costs: [Double] = []
        for k in 0...steps { costs.append(try context.value("C@\(k)")) }
        let finite = costs.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max(),
            let kHigh = costs.firstIndex(of: high), let kLow = costs.firstIndex(of: low)
        else { return "" }
        let logScale = low > 0 && high / low >= 100
        let scale = { (c: Double) in logScale ? log10(c) : c }
        var (bottomValue, topValue) = (scale(low), scale(high))
        if topValue == bottomValue {
            let pad = max(1e-9, abs(topValue) * 0.1)
            (bottomValue, topValue) = (bottomValue - pad, topValue + pad)
        }
        // The y labels are the highest and lowest costs, both engine quantities; the left margin fits them.
        let labelKeys = kHigh == kLow ? [kHigh] : [kHigh, kLow]
        let longest = labelKeys.map { context.svgText(costs[$0]).count }.max() ?? 1
        let left = max(44, (Double(longest) * phoneFont * glyphWidth).rounded(.up) + 12)
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        func x(_ k: Int) -> Double {
            left + inset + (steps == 0 ? 0 : Double(k) / Double(steps)) * (plotWidth - 2 * inset)
        }
        func yScaled(_ v: Double) -> Double {
            top + inset + (1 - (v - bottomValue) / (topValue - bottomValue)) * (plotHeight - 2 * inset)
        }
        func y(_ c: Double) -> Double { yScaled(scale(c)) }

        let id = "\(context.idPrefix)-chart"
        let rising = Set((1..<costs.count).filter { DescentView.rises(from: costs[$0 - 1], to: costs[$0]) })
        var svg =
            "<svg class=\"sg-chart\" role=\"img\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\" "
            + "viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\">\n"
        svg += "<title id=\"\(id)-title\">Cost per gradient-descent step</title>\n"
        svg +=
            "<desc id=\"\(id)-desc\">\(description(steps: steps, rising: rising.sorted(), logScale: logScale))</desc>\n"
        let labelYs = labelKeys.map { y(costs[$0]) }
        if logScale {
            svg += decades(bottomValue, topValue, left: left, plotWidth: plotWidth, y: yScaled, avoiding: labelYs)
        }
        // Axes, with the y axis title above the axis where it reads horizontally.
        svg += "<path class=\"sg-axis\" d=\"M\(f(left)) \(f(top))V\(f(top + plotHeight))H\(f(left + plotWidth))\"/>\n"
        svg +=
            "<text class=\"sg-axis-title\" x=\"4\" y=\"\(f(top - 16))\">"
            + "cost C\(logScale ? " (log scale)" : "")</text>\n"
        let every = max(1, Int((Double(steps) / 10).rounded(.up)))
        for k in 0...steps where k % every == 0 || k == steps {
            let tx = x(k)
            svg += "<path class=\"sg-axis\" d=\"M\(f(tx)) \(f(top + plotHeight))v5\"/>"
            svg +=
                "<text class=\"sg-tick\" x=\"\(f(tx))\" y=\"\(f(top + plotHeight + 20))\" "
                + "text-anchor=\"middle\">\(k)</text>\n"
        }
        svg +=
            "<text class=\"sg-axis-title\" x=\"\(f(left + plotWidth / 2))\" y=\"\(f(height - 4))\" "
            + "text-anchor=\"middle\">step</text>\n"
        for k in labelKeys {
            svg +=
                "<text class=\"sg-tick\" x=\"\(f(left - 8))\" y=\"\(f(y(costs[k]) + 4.5))\" text-anchor=\"end\">"
                + "\(try context.tspan("C@\(k)"))</text>\n"
        }
        svg += line(costs, x: x, y: y)
        // Markers: circles, and triangles for steps that raised the cost, so the flag is not colour alone.
        for (k, c) in costs.enumerated() where c.isFinite {
            let (cx, cy) = (x(k), y(c))
            let circle = "<circle class=\"sg-marker\" cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"4\"/>\n"
            svg += rising.contains(k) ? triangle(cx, cy) : circle
        }
        if !rising.isEmpty {
            // A legend for the triangles, top right, in words.
            let lx = width - right - 110
            svg +=
                "<g class=\"sg-legend\">\(triangle(lx, top - 21, close: false))"
                + "<text class=\"sg-legend-text\" x=\"\(f(lx + 12))\" y=\"\(f(top - 16))\">cost rose</text></g>\n"
        }
        return svg + "</svg>\n"
    }

    /// Faint horizontal lines at each power of ten inside a log axis, labelled (1, 10, 100, 1000, 10⁴ …)
    /// unless the label would crowd one of the cost labels at `avoiding`.
    static func decades(
        _ low: Double, _ high: Double, left: Double, plotWidth: Double, y: (Double) -> Double,
        avoiding labelYs: [Double]
    ) -> String {
        let first = Int(low.rounded(.up)), last = Int(high.rounded(.down))
        guard first <= last, last - first < 400 else { return "" }
        // Every decade when they are far enough apart for a label, else every second, third ...
        let pitch = abs(y(0) - y(1))
        let every = pitch >= minLabelGap ? 1 : Int((minLabelGap / pitch).rounded(.up))
        var out = ""
        for p in first...last where p % every == 0 {
            let py = y(Double(p))
            out += "<path class=\"sg-grid\" d=\"M\(f(left)) \(f(py))h\(f(plotWidth))\"/>"
            if labelYs.allSatisfy({ abs($0 - py) >= minLabelGap }) {
                out +=
                    "<text class=\"sg-tick sg-decade\" x=\"\(f(left - 8))\" y=\"\(f(py + 4.5))\" text-anchor=\"end\">"
                    + "\(powerOfTen(p))</text>"
            }
            out += "\n"
        }
        return out
    }

    /// 10^p as a reader writes it: 0.01, 0.1, 1, 10, 100, 1000, then 10⁴, 10⁻³ with superscripts.
    static func powerOfTen(_ p: Int) -> String {
        switch p {
        case 0...3: return "1" + String(repeating: "0", count: p)
        case -2 ... -1: return "0." + String(repeating: "0", count: -p - 1) + "1"
        default:
            let digits: [Character: Character] = [
                "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
            ]
            return "10" + (p < 0 ? "⁻" : "") + String(String(abs(p)).compactMap { digits[$0] })
        }
    }

    /// The cost line, broken where the cost is not finite.
    private static func line(_ costs: [Double], x: (Int) -> Double, y: (Double) -> Double) -> String {
        var segment: [String] = []
        var segments: [[String]] = []
        for (k, c) in costs.enumerated() {
            if c.isFinite {
                segment.append("\(f(x(k))),\(f(y(c)))")
            } else if !segment.isEmpty {
                segments.append(segment)
                segment = []
            }
        }
        if !segment.isEmpty { segments.append(segment) }
        return segments.map { "<polyline class=\"sg-line\" points=\"\($0.joined(separator: " "))\"/>\n" }.joined()
    }

    /// An upward triangle centred on (cx, cy): the marker of a step that raised the cost.
    private static func triangle(_ cx: Double, _ cy: Double, close: Bool = true) -> String {
        "<path class=\"sg-marker sg-rise\" d=\"M\(f(cx)) \(f(cy - 7))L\(f(cx + 7)) \(f(cy + 5.5))"
            + "H\(f(cx - 7))Z\"/>" + (close ? "\n" : "")
    }

    private static func description(steps: Int, rising: [Int], logScale: Bool) -> String {
        var text = "Line chart of the cost C at steps 0 to \(steps)\(logScale ? " on a logarithmic axis" : "")."
        if rising.isEmpty {
            text += " The cost never rises."
        } else {
            let list = rising.map(String.init).joined(separator: ", ")
            text += " Triangles mark \(rising.count == 1 ? "step" : "steps") \(list), where the cost rose."
        }
        return text
    }

    /// Coordinates with one decimal, trailing `.0` dropped, for stable output.
    static func f(_ v: Double) -> String {
        let s = String(format: "%.1f", v)
        return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }
}
