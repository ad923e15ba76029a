import Diagnostics
import Foundation

/// The `{sweep}` chart: |dC/dw1| against the number of layers, y axis logarithmic, x axis linear in L.
/// A gradient that shrinks by about the same factor per layer is then a straight falling line.
///
/// Sizes and styles follow `DescentChart` (same margins, classes and phone-sized label room). The y axis spans
/// whole decades and is labelled with powers of ten; the gradients themselves, as engine numbers, are in the
/// view's sentence and table. A depth whose gradient is 0 has no place on a log axis: it is left out, and
/// said so below the chart.
enum SweepChart {
    typealias Layout = DescentChart

    static func render(_ context: ViewContext, depths: [Int]) throws(Diagnostic) -> String {
        var magnitudes: [Int: Double] = [:]
        for depth in depths { magnitudes[depth] = abs(try context.value(SweepView.gradient(depth))) }
        let plotted = depths.filter { (magnitudes[$0] ?? 0) > 0 && (magnitudes[$0] ?? 0).isFinite }
        let omitted = depths.filter { !plotted.contains($0) }
        guard !plotted.isEmpty, let minDepth = depths.first, let maxDepth = depths.last else {
            return try omissionNote(context, omitted: omitted)
        }

        // The axis runs over whole decades (at least one), so powers of ten label it whatever the values.
        let logs = plotted.map { log10(magnitudes[$0] ?? 1) }
        var (bottomValue, topValue) = ((logs.min() ?? 0).rounded(.down), (logs.max() ?? 0).rounded(.up))
        if topValue == bottomValue { (bottomValue, topValue) = (bottomValue - 1, topValue + 1) }
        let decadeRange = Int(bottomValue)...Int(topValue)
        let longest = decadeRange.map { DescentChart.powerOfTen($0).count }.max() ?? 1
        let left = max(44, (Double(longest) * Layout.phoneFont * Layout.glyphWidth).rounded(.up) + 12)
        let plotWidth = Layout.width - left - Layout.right
        let plotHeight = Layout.height - Layout.top - Layout.bottom
        func x(_ depth: Int) -> Double {
            let span = Double(maxDepth - minDepth)
            let t = span == 0 ? 0.5 : Double(depth - minDepth) / span
            return left + Layout.inset + t * (plotWidth - 2 * Layout.inset)
        }
        func yLog(_ v: Double) -> Double {
            Layout.top + Layout.inset + (1 - (v - bottomValue) / (topValue - bottomValue))
                * (plotHeight - 2 * Layout.inset)
        }
        func y(_ depth: Int) -> Double { yLog(log10(magnitudes[depth] ?? 1)) }

        let id = "\(context.idPrefix)-sweep"
        var svg =
            "<svg class=\"sg-chart\" role=\"img\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\" "
            + "viewBox=\"0 0 \(f(Layout.width)) \(f(Layout.height))\" width=\"\(f(Layout.width))\" "
            + "height=\"\(f(Layout.height))\">\n"
        svg += "<title id=\"\(id)-title\">|dC/dw1| against the number of layers</title>\n"
        svg += "<desc id=\"\(id)-desc\">\(description(depths, plotted: plotted, magnitudes: magnitudes))</desc>\n"
        svg += DescentChart.decades(bottomValue, topValue, left: left, plotWidth: plotWidth, y: yLog, avoiding: [])
        svg +=
            "<path class=\"sg-axis\" d=\"M\(f(left)) \(f(Layout.top))V\(f(Layout.top + plotHeight))"
            + "H\(f(left + plotWidth))\"/>\n"
        svg +=
            "<text class=\"sg-axis-title\" x=\"4\" y=\"\(f(Layout.top - 16))\">|\(NameMarkup.svg("dC/dw1"))| "
            + "(log scale)</text>\n"
        svg += xTicks(depths, x: x, baseline: Layout.top + plotHeight)
        svg +=
            "<text class=\"sg-axis-title\" x=\"\(f(left + plotWidth / 2))\" y=\"\(f(Layout.height - 4))\" "
            + "text-anchor=\"middle\">number of layers L</text>\n"
        svg += line(depths, plotted: Set(plotted), x: x, y: y)
        for depth in plotted {
            svg += "<circle class=\"sg-marker\" cx=\"\(f(x(depth)))\" cy=\"\(f(y(depth)))\" r=\"4\"/>\n"
        }
        return svg + "</svg>\n" + (try omissionNote(context, omitted: omitted))
    }

    /// Ticks at every depth. The first and last depths are always labelled; the others only where their
    /// label keeps clear of every label already placed (smallest depths first).
    private static func xTicks(_ depths: [Int], x: (Int) -> Double, baseline: Double) -> String {
        func halfWidth(_ depth: Int) -> Double {
            Double(String(depth).count) * Layout.phoneFont * Layout.glyphWidth / 2
        }
        var labelled: [Int] = [depths.first, depths.last].compactMap { $0 }
        for depth in depths.dropFirst().dropLast()
        where labelled.allSatisfy({
            abs(x($0) - x(depth)) >= halfWidth($0) + halfWidth(depth) + 6
        }) {
            labelled.append(depth)
        }
        var out = ""
        for depth in depths {
            let tx = x(depth)
            out += "<path class=\"sg-axis\" d=\"M\(f(tx)) \(f(baseline))v5\"/>"
            if labelled.contains(depth) {
                out +=
                    "<text class=\"sg-tick\" x=\"\(f(tx))\" y=\"\(f(baseline + 20))\" text-anchor=\"middle\">"
                    + "\(depth)</text>"
            }
            out += "\n"
        }
        return out
    }

    /// The line through the plotted depths, broken where a depth is left out.
    private static func line(_ depths: [Int], plotted: Set<Int>, x: (Int) -> Double, y: (Int) -> Double) -> String {
        var segments: [[String]] = [[]]
        for depth in depths {
            if plotted.contains(depth) {
                segments[segments.count - 1].append("\(f(x(depth))),\(f(y(depth)))")
            } else if !(segments.last?.isEmpty ?? true) {
                segments.append([])
            }
        }
        return segments.filter { $0.count > 1 }
            .map { "<polyline class=\"sg-line\" points=\"\($0.joined(separator: " "))\"/>\n" }.joined()
    }

    /// Below the chart: which depths a log axis cannot show, with their values.
    private static func omissionNote(_ context: ViewContext, omitted: [Int]) throws(Diagnostic) -> String {
        guard !omitted.isEmpty else { return "" }
        var items: [String] = []
        for depth in omitted {
            items.append("L = \(depth) (\(NameMarkup.html("dC/dw1")) = \(try context.data(SweepView.gradient(depth))))")
        }
        let list =
            items.count == 1 ? items[0] : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        return "<p class=\"sg-note\">A logarithmic axis has no place for a zero gradient, so the chart leaves out "
            + "\(list).</p>\n"
    }

    private static func description(_ depths: [Int], plotted: [Int], magnitudes: [Int: Double]) -> String {
        let list = depths.map(String.init)
        let joined = list.count == 1 ? list[0] : list.dropLast().joined(separator: ", ") + " and " + (list.last ?? "")
        var text = "Line chart of the size of dC/dw1 on a logarithmic axis, for chains of \(joined) layers."
        if let first = plotted.first, let last = plotted.last, first != last {
            let (a, b) = (magnitudes[first] ?? 0, magnitudes[last] ?? 0)
            let trend = b < a ? "falls" : (b > a ? "rises" : "stays level")
            text += " It \(trend) from \(first) to \(last) layers."
        }
        let left = depths.filter { !plotted.contains($0) }
        if !left.isEmpty {
            text += " Left out, because their gradient is zero: \(left.map(String.init).joined(separator: ", "))."
        }
        return text
    }

    private static func f(_ v: Double) -> String { DescentChart.f(v) }
}
