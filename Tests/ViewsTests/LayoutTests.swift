import XCTest

@testable import Views

/// How views lay themselves out for a reader: equations that wrap on a phone, the chart's axes and
/// legend, and where graph edges meet the node outlines.
final class LayoutTests: XCTestCase {
    // MARK: Equations that wrap

    func testAnEquationIsOneMathPerPieceWithTheLeftSideOnTheFirst() {
        XCTAssertEqual(
            MathML.wrapping("<mi>x</mi>", ["<mo>=</mo><mn>1</mn>", "<mo>=</mo><mn>2</mn>"]),
            #"<span class="sg-eq"><math displaystyle="true"><mi>x</mi><mo>=</mo><mn>1</mn></math>"#
                + #"<math displaystyle="true"><mo>=</mo><mn>2</mn></math></span>"#)
        XCTAssertEqual(
            MathML.wrapping("<mi>x</mi>", []),
            #"<span class="sg-eq"><math displaystyle="true"><mi>x</mi></math></span>"#)
    }

    func testANoteStaysOnTheLineOfTheLastPiece() {
        XCTAssertEqual(
            MathML.wrapping("<mi>x</mi>", ["<mo>=</mo><mn>1</mn>", "<mo>=</mo><mn>2</mn>"], after: " (note)"),
            #"<span class="sg-eq"><math displaystyle="true"><mi>x</mi><mo>=</mo><mn>1</mn></math>"#
                + #"<span class="sg-eq-end"><math displaystyle="true"><mo>=</mo><mn>2</mn></math> (note)</span></span>"#
        )
    }

    func testShortProductsStayWholeAndLongOnesBreakEveryThreeOperands() {
        let four = ["<mn>1</mn>", "<mn>2</mn>", "<mn>3</mn>", "<mn>4</mn>"]
        XCTAssertEqual(
            MathML.productPieces(four, lead: "<mo>=</mo>"),
            ["<mo>=</mo><mn>1</mn><mo>·</mo><mn>2</mn><mo>·</mo><mn>3</mn><mo>·</mo><mn>4</mn>"])
        let seven = four + ["<mn>5</mn>", "<mn>6</mn>", "<mn>7</mn>"]
        XCTAssertEqual(
            MathML.productPieces(seven, lead: "<mo>=</mo>"),
            [
                "<mo>=</mo><mn>1</mn><mo>·</mo><mn>2</mn><mo>·</mo><mn>3</mn>",
                "<mo>·</mo><mn>4</mn><mo>·</mo><mn>5</mn><mo>·</mo><mn>6</mn>",
                "<mo>·</mo><mn>7</mn>",
            ])
        XCTAssertEqual(MathML.productPieces(seven, lead: "", perPiece: 4).count, 2)
    }

    func testGradientLineKeepsItsFactorCountWithTheResult() throws {
        let html = try render("gradients", chain: Fixtures.cheatsheet())
        // dC/dw1 = 2 · 0.5 · 3 · 1 = 3: four factors stay one piece; "= 3 (4 factors)" cannot be split.
        XCTAssertTrue(
            html.contains(
                #"<span class="sg-eq-end"><math displaystyle="true"><mo>=</mo><mn><data class="num" value="3" "#
                    + #"data-ref="worked:dC/dw1">3</data></mn></math> <span class="sg-count">(4 factors)</span></span>"#
            ))
    }

    func testUpdateLineBreaksOnlyAtItsEqualsSigns() throws {
        let html = try render("descent", chain: Fixtures.cheatsheet())
        let first = try XCTUnwrap(html.components(separatedBy: "<li>").dropFirst().first)
        // w1_new = w1 − η · dC/dw1 | = 2 − 0.1 · 3 | = 1.7
        XCTAssertEqual(first.components(separatedBy: "<math ").count - 1, 3)
        XCTAssertTrue(first.hasPrefix(#"<span class="sg-eq"><math displaystyle="true"><msubsup><mi>w</mi>"#))
    }

    // MARK: The descent chart

    func testChartLeavesRoomForItsLabelsAndExplainsTheTriangles() throws {
        let html = try render("descent", chain: Fixtures.cheatsheet(steps: 3))
        // The longest cost label, "28.43", needs 5 × 19 × 0.62 → 59 units, plus 12: the y axis is at x = 71,
        // from the top margin (44) to the bottom of the plot (280 − 46 = 234), then right to 560 − 20 = 540.
        XCTAssertTrue(html.contains(#"<path class="sg-axis" d="M71 44V234H540"/>"#))
        XCTAssertTrue(html.contains(#"<text class="sg-legend-text" x="442" y="28">cost rose</text>"#))
        XCTAssertTrue(html.contains(#"<text class="sg-axis-title" x="4" y="28">cost C</text>"#))
        XCTAssertFalse(html.contains("sg-grid"))  // a linear axis: 1 to 28.43 is less than a factor of 100
    }

    func testLogAxisLabelsEveryThirdDecadeWhenTheyAreDense() throws {
        let html = try render("descent", chain: Fixtures.halving(steps: 25))
        // C falls from 1 to 4^−25 ≈ 10^−15.05 over 162 units of plot: 10.8 units a decade, so every third
        // decade gets a grid line (10^−15 … 10^0); labels skip 10^0 and 10^−15, which sit on the cost labels.
        XCTAssertEqual(html.components(separatedBy: "<path class=\"sg-grid\"").count - 1, 6)
        for label in ["10⁻¹²", "10⁻⁹", "10⁻⁶", "10⁻³"] {
            XCTAssertTrue(html.contains("text-anchor=\"end\">\(label)</text>"), label)
        }
        XCTAssertFalse(html.contains(">10⁻¹⁵</text>"))
        XCTAssertFalse(html.contains("sg-legend"))
    }

    func testPowersOfTenAreWrittenAsAReaderWould() {
        XCTAssertEqual(
            (-4...5).map(DescentChart.powerOfTen),
            [
                "10⁻⁴", "10⁻³", "0.01", "0.1", "1", "10", "100", "1000", "10⁴", "10⁵",
            ])
        XCTAssertEqual(DescentChart.powerOfTen(-12), "10⁻¹²")
    }

    // MARK: Graph edges

    func testEdgesLeaveAPillThroughItsOutline() {
        let node = GraphLayout.Node(name: "a1", role: .activation, x: 100, y: 50)
        func towards(_ x: Double, _ y: Double, pad: Double = 0) -> (Double, Double) {
            GraphLayout.boundary(from: node, towards: GraphLayout.Node(name: "b", role: .sum, x: x, y: y), pad: pad)
        }
        // Sideways through the round end (half-width 36), down through the flat bottom (half-height 22).
        XCTAssertEqual(towards(200, 50).0, 136, accuracy: 1e-9)
        XCTAssertEqual(towards(200, 50, pad: 1).0, 137, accuracy: 1e-9)
        XCTAssertEqual(towards(100, 150).1, 72, accuracy: 1e-9)
        // At 45° the ray misses the flat part (22 across > 14) and meets the end circle centred at (114, 50):
        // t = 14·cos45° + √(22² − (14·sin45°)²) = 9.8995 + 19.6469, so the point is 100 + t·cos45° = 120.892.
        let diagonal = towards(200, 150)
        XCTAssertEqual(diagonal.0, 120.892, accuracy: 1e-3)
        XCTAssertEqual(diagonal.1, 70.892, accuracy: 1e-3)
        XCTAssertEqual(GraphLayout.onLeftArc(node, angle: .pi / 2).0, 86, accuracy: 1e-9)
        XCTAssertEqual(GraphLayout.onLeftArc(node, angle: .pi / 2).1, 28, accuracy: 1e-9)
        XCTAssertEqual(GraphLayout.onLeftArc(node, angle: 0).0, 64, accuracy: 1e-9)
    }

    func testWeightsFeedingOneNodeNeverShareAnArrowhead() throws {
        let layout = GraphLayout(Fixtures.twoPaths())
        let segments = layout.segments()
        var ends: [String: [String]] = [:]
        for (edge, segment) in zip(layout.edges, segments) {
            let s = try XCTUnwrap(segment)
            ends[edge.to, default: []].append("\(DescentChart.f(s.x2)),\(DescentChart.f(s.y2))")
            if s.fromAbove {
                // It enters the upper-left arc: at most level with the centre, left of the straight part.
                let target = try XCTUnwrap(layout.node(edge.to))
                XCTAssertLessThan(s.y2, target.y)
                XCTAssertLessThan(s.x2, target.x - (GraphLayout.nodeWidth / 2 - GraphLayout.nodeHeight / 2))
            }
        }
        for (target, points) in ends {
            XCTAssertEqual(Set(points).count, points.count, "edges into \(target) share an end: \(points)")
        }
    }
}
