import Diagnostics
import Foundation

/// The SVG line chart of the cost per descent step. The y axis turns logarithmic when the cost
/// spans two orders of magnitude or more, so a diverging run stays readable.
enum DescentChart {
    static let width = 560.0, height = 260.0
    static let left = 72.0, right = 24.0, top = 20.0, bottom = 48.0

    static func render(_ context: ViewContext) throws(Diagnostic) -> String {
        let steps = context.chain.descent.count - 1
        var costs: [Double] = []
        for k in 0...steps { costs.append(try context.value("C@\(k)")) }
        let finite = costs.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return "" }
        let logScale = low > 0 && high / low >= 100
        let scale = { (c: Double) in logScale ? log10(c) : c }
        var (bottomValue, topValue) = (scale(low), scale(high))
        if topValue == bottomValue {
            let pad = max(1e-9, abs(topValue) * 0.1)
            (bottomValue, topValue) = (bottomValue - pad, topValue + pad)
        }
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        func x(_ k: Int) -> Double { left + (steps == 0 ? 0 : Double(k) / Double(steps)) * plotWidth }
        func y(_ c: Double) -> Double { top + (1 - (scale(c) - bottomValue) / (topValue - bottomValue)) * plotHeight }

        let id = "\(context.idPrefix)-chart"
        let rising = Set((1..<costs.count).filter { DescentView.rises(from: costs[$0 - 1], to: costs[$0]) })
        var svg =
            "<svg class=\"sg-chart\" role=\"img\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\" "
            + "viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\">\n"
        svg += "<title id=\"\(id)-title\">Cost per gradient-descent step</title>\n"
        svg +=
            "<desc id=\"\(id)-desc\">\(description(steps: steps, rising: rising.sorted(), logScale: logScale))</desc>\n"
        // Axes.
        svg += "<path class=\"sg-axis\" d=\"M\(f(left)) \(f(top))V\(f(top + plotHeight))H\(f(left + plotWidth))\"/>\n"
        let every = max(1, Int((Double(steps) / 10).rounded(.up)))
        for k in 0...steps where k % every == 0 || k == steps {
            svg +=
                "<text class=\"sg-tick\" x=\"\(f(x(k)))\" y=\"\(f(top + plotHeight + 16))\" "
                + "text-anchor=\"middle\">\(k)</text>\n"
        }
        svg +=
            "<text class=\"sg-axis-title\" x=\"\(f(left + plotWidth / 2))\" y=\"\(f(height - 8))\" "
            + "text-anchor=\"middle\">step</text>\n"
        svg +=
            "<text class=\"sg-axis-title\" transform=\"translate(14 \(f(top + plotHeight / 2))) rotate(-90)\" "
            + "text-anchor=\"middle\">cost C\(logScale ? " (log scale)" : "")</text>\n"
        // The highest and lowest costs label the y axis; both are engine quantities.
        if let kHigh = costs.firstIndex(of: high), let kLow = costs.firstIndex(of: low) {
            for k in kHigh == kLow ? [kHigh] : [kHigh, kLow] {
                svg +=
                    "<text class=\"sg-tick\" x=\"\(f(left - 6))\" y=\"\(f(y(costs[k]) + 4))\" text-anchor=\"end\">"
                    + "\(try context.tspan("C@\(k)"))</text>\n"
            }
        }
        // The line, broken where the cost is not finite.
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
        for points in segments { svg += "<polyline class=\"sg-line\" points=\"\(points.joined(separator: " "))\"/>\n" }
        // Markers: circles, and triangles for steps that raised the cost, so the flag is not colour alone.
        for (k, c) in costs.enumerated() where c.isFinite {
            let (cx, cy) = (x(k), y(c))
            if rising.contains(k) {
                svg +=
                    "<path class=\"sg-marker sg-rise\" d=\"M\(f(cx)) \(f(cy - 6))L\(f(cx + 6)) \(f(cy + 5))"
                    + "H\(f(cx - 6))Z\"/>\n"
            } else {
                svg += "<circle class=\"sg-marker\" cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"3.5\"/>\n"
            }
        }
        return svg + "</svg>\n"
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
