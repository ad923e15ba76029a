import Chains
import Views
import XCTest

/// Exact assertions on `{sweep}` and `{operations}`: every number is the engine's, at the right place.
final class SweepViewTests: XCTestCase {
    func testSweepTableHasOneRowPerDepthWithGradientAndCost() throws {
        let html = try render("sweep", chain: Fixtures.shrinking())
        let table = try XCTUnwrap(element("table", class: "sg-table sg-sweep-table", in: html))
        let numbers = dataElements(table)
        // dC/dw1 = 4^(1−L) and C = 4^−L for L = 1, 2, 4, 8, 16, 32.
        XCTAssertEqual(
            numbers.map(\.ref),
            [1, 2, 4, 8, 16, 32].flatMap { ["shrink:sweep@\($0).dC/dw1", "shrink:sweep@\($0).C"] })
        XCTAssertEqual(numbers.prefix(6).map(\.text), ["1", "0.25", "0.25", "0.0625", "0.01562", "0.003906"])
        XCTAssertEqual(numbers.last?.value, "5.421010862427522e-20")
        XCTAssertTrue(table.contains(#"<tr><th scope="row">32</th><td class="sg-value">"#))
    }

    func testSummaryNamesTheFirstAndLastGradients() throws {
        let shrink = try XCTUnwrap(
            element("p", class: "sg-summary", in: try render("sweep", chain: Fixtures.shrinking())))
        XCTAssertEqual(dataElements(shrink).map(\.ref), ["shrink:sweep@1.dC/dw1", "shrink:sweep@32.dC/dw1"])
        XCTAssertTrue(
            shrink.hasPrefix("<p class=\"sg-summary\">From 1 layer to 32 layers, dC/dw<sub>1</sub> shrinks from "))
        let grow = try XCTUnwrap(
            element("p", class: "sg-summary", in: try render("sweep", chain: Fixtures.cheatsheetSweep())))
        XCTAssertTrue(grow.contains("From 1 layer to 10 layers, dC/dw<sub>1</sub> grows from "))
        let one = try XCTUnwrap(
            element(
                "p", class: "sg-summary", in: try render("sweep", options: "depths: [8]", chain: Fixtures.shrinking())))
        XCTAssertEqual(
            one,
            #"<p class="sg-summary">With 8 layers, dC/dw<sub>1</sub> is "#
                + #"<data class="num" value="6.103515625e-05" data-ref="shrink:sweep@8.dC/dw1">"#
                + "6.104×10<sup>−5</sup></data>.</p>")
    }

    func testCaptionDescribesTheRepeatedLayer() throws {
        func caption(_ html: String) -> String? {
            guard let start = html.range(of: "<figcaption>"), let end = html.range(of: "</figcaption>") else {
                return nil
            }
            return String(html[start.upperBound..<end.lowerBound])
        }
        // The sigmoid fixture's layer 1: w1 = 0.5, b1 = −1, sigmoid; a single depth is "a chain of 1 copy".
        XCTAssertEqual(
            caption(try render("sweep", chain: Fixtures.sigmoidSweep())),
            "dC/dw<sub>1</sub> in a chain of 1 copy of layer 1 of the chain "
                + #"(w<sub>1</sub> = <data class="num" value="0.5" data-ref="w1">0.5</data>, "#
                + #"b<sub>1</sub> = <data class="num" value="-1" data-ref="b1">−1</data>, sigmoid)"#)
        XCTAssertEqual(
            caption(try render("sweep", options: "depths: [2, 4]", chain: Fixtures.shrinking())),
            "dC/dw<sub>1</sub> in chains of 2 to 4 copies of layer 1 of chain <code>shrink</code> "
                + #"(w<sub>1</sub> = <data class="num" value="0.5" data-ref="shrink:w1">0.5</data>, no squish)"#)
        let custom = try render("sweep", options: "caption: Deeper *and* smaller", chain: Fixtures.shrinking())
        XCTAssertEqual(caption(custom), "Deeper *and* smaller")
    }

    func testChartPlotsSizesOnALogAxisOfWholeDecades() throws {
        let html = try render("sweep", chain: Fixtures.shrinking())
        XCTAssertTrue(html.contains("(log scale)</text>"))
        // Six markers; each factor 4 per layer is the same drop, so the points lie on one straight line:
        // x and y both move in proportion to L − 1.
        XCTAssertEqual(html.components(separatedBy: "<circle class=\"sg-marker\"").count - 1, 6)
        let start = try XCTUnwrap(html.range(of: #"<polyline class="sg-line" points=""#)).upperBound
        let points = html[start...].prefix { $0 != "\"" }
        let coordinates = points.split(separator: " ").map { pair in
            pair.split(separator: ",").compactMap { Double($0) }
        }
        let (x0, y0) = (coordinates[0][0], coordinates[0][1])
        let (x5, y5) = (coordinates[5][0], coordinates[5][1])
        for point in coordinates {
            // Same slope from the first point to every point (within the 0.1 rounding of coordinates).
            let expected = y0 + (y5 - y0) * (point[0] - x0) / (x5 - x0)
            XCTAssertEqual(point[1], expected, accuracy: 0.2)
        }
        // 4^(1−L) runs from 1 (10⁰) down to 2.2×10⁻¹⁹: the axis spans 10⁻¹⁹ to 10⁰ and its labels are powers of
        // ten, not engine numbers (those are in the sentence and the table).
        XCTAssertTrue(html.contains(">10⁻¹⁸</text>"))
        XCTAssertFalse(html.contains("<tspan class=\"num\""))
    }

    func testNegativeGradientsArePlottedBySize() throws {
        // y = 1 > a_L: dC/dw1 = 2(2^−L − 1)·2^−(L−1) < 0; L = 1: 2·(−0.5)·1 = −1; L = 8: 4a(a − 1) with
        // a = 1/256, −1020/65536. Sizes 1 down to 0.0156: the points fall, as for y = 0.
        let html = try render("sweep", chain: Fixtures.shrinking(target: 1, depths: [1, 2, 4, 8]))
        XCTAssertTrue(html.contains(#"<data class="num" value="-0.01556396484375" data-ref="shrink:sweep@8.dC/dw1">"#))
        XCTAssertTrue(html.contains("dC/dw<sub>1</sub> shrinks from"), "compared by size")
        XCTAssertTrue(html.contains("It falls from 1 to 8 layers."))
        XCTAssertEqual(html.components(separatedBy: "<circle class=\"sg-marker\"").count - 1, 4)
    }

    func testZeroGradientIsLeftOffTheChartAndNamed() throws {
        let html = try render("sweep", chain: Fixtures.cheatsheetSweep())
        let note = try XCTUnwrap(element("p", class: "sg-note", in: html))
        XCTAssertEqual(
            note,
            #"<p class="sg-note">A logarithmic axis has no place for a zero gradient, so the chart leaves out "#
                + #"L = 1 (dC/dw<sub>1</sub> = "#
                + #"<data class="num" value="0" data-ref="worked:sweep@1.dC/dw1">0</data>).</p>"#)
        XCTAssertEqual(html.components(separatedBy: "<circle class=\"sg-marker\"").count - 1, 3)
        XCTAssertTrue(html.contains("Left out, because their gradient is zero: 1.</desc>"))
    }

    func testDepthsOptionPicksAndSortsDepths() throws {
        let html = try render("sweep", options: "depths: [16, 1, 4]", chain: Fixtures.shrinking())
        let table = try XCTUnwrap(element("table", class: "sg-table sg-sweep-table", in: html))
        XCTAssertEqual(
            dataElements(table).map(\.ref).filter { $0.hasSuffix("dC/dw1") },
            [
                "shrink:sweep@1.dC/dw1", "shrink:sweep@4.dC/dw1", "shrink:sweep@16.dC/dw1",
            ])
        XCTAssertTrue(html.contains("copies of layer 1"))
        XCTAssertTrue(html.contains("in chains of 1 to 16 copies"))
    }

    func testTableAndChartCanBeSwitchedOff() throws {
        let noTable = try render("sweep", options: "table: false", chain: Fixtures.shrinking())
        XCTAssertFalse(noTable.contains("<table"))
        XCTAssertTrue(noTable.contains("<svg"))
        let noChart = try render("sweep", options: "chart: false", chain: Fixtures.shrinking())
        XCTAssertFalse(noChart.contains("<svg"))
        XCTAssertTrue(noChart.contains("<table"))
    }

    func testOperationsShowBothCountsAndTheirGrowth() throws {
        let html = try render("operations", chain: Fixtures.cheatsheetSweep())
        let counts = try XCTUnwrap(element("table", class: "sg-table sg-operations-table", in: html))
        XCTAssertEqual(dataElements(counts).map(\.ref), ["worked:ops.backward", "worked:ops.separate"])
        XCTAssertEqual(dataElements(counts).map(\.text), ["5", "6"])
        XCTAssertFalse(counts.contains("Additions"), "no paths meet in a one-neuron chain")
        let growth = try XCTUnwrap(element("table", class: "sg-table sg-operations-growth", in: html))
        // 2L − 1 and L(L + 1)/2 for L = 1, 2, 3, 10.
        XCTAssertEqual(dataElements(growth).map(\.text), ["1", "1", "3", "3", "5", "6", "19", "55"])
    }

    func testOperationsWithoutSweepHaveNoGrowthTable() throws {
        let chain = Fixtures.withOperations(Fixtures.cheatsheet(), backward: 5, separate: 6)
        let html = try render("operations", chain: chain)
        XCTAssertNil(element("table", class: "sg-table sg-operations-growth", in: html))
        XCTAssertEqual(dataElements(html).map(\.text), ["5", "6"])
    }

    func testOperationsAddAnAdditionsColumnWherePathsMeet() throws {
        let chain = Fixtures.withOperations(Fixtures.twoPaths(), backward: 14, separate: 22, additions: (2, 2))
        let html = try render("operations", chain: chain)
        XCTAssertTrue(html.contains(#"<th scope="col">Additions</th>"#))
        XCTAssertEqual(
            dataElements(html).map(\.ref),
            [
                "net:ops.backward", "net:ops.backward.additions", "net:ops.separate", "net:ops.separate.additions",
            ])
    }

    func testOperationsDepthsOption() throws {
        let html = try render("operations", options: "depths: [32, 8]", chain: Fixtures.shrinking())
        let growth = try XCTUnwrap(element("table", class: "sg-table sg-operations-growth", in: html))
        XCTAssertEqual(dataElements(growth).map(\.text), ["15", "36", "63", "528"])
    }

    func testRenderingIsDeterministic() throws {
        for kind in ["sweep", "operations"] {
            XCTAssertEqual(try render(kind, chain: Fixtures.shrinking()), try render(kind, chain: Fixtures.shrinking()))
        }
    }
}
