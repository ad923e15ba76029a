import Chains
import Views
import XCTest

/// Long runs, tiny numbers and the other cost functions.
final class ViewEdgeCaseTests: XCTestCase {
    func testLongDescentElidesMiddleRowsAndUsesALogAxis() throws {
        let html = try render("descent", chain: Fixtures.halving(steps: 25))
        // 26 states: rows 0–9 and 16–25 are shown, 10–15 summarized.
        XCTAssertTrue(
            html.contains(
                "<tr class=\"sg-elided\"><td colspan=\"4\">steps 10 to 15 omitted; the chart shows every step</td></tr>"
            ))
        XCTAssertFalse(html.contains("data-ref=\"halving:C@12\">"))
        XCTAssertTrue(html.contains("cost C (log scale)"))
        // C@25 = 4^−25 = 8.881784197001252e-16: <data> uses <sup>, SVG uses superscript characters.
        XCTAssertTrue(
            html.contains(
                #"<data class="num" value="8.881784197001252e-16" data-ref="halving:C@25">8.882×10<sup>−16</sup></data>"#
            ))
        XCTAssertTrue(
            html.contains(
                #"<tspan class="num" data-value="8.881784197001252e-16" data-ref="halving:C@25">8.882×10⁻¹⁶</tspan>"#))
        XCTAssertFalse(html.contains("sg-rise"))
        // Ticks every 3 steps (25 / 10 rounded up) plus the last.
        XCTAssertTrue(html.contains(">24</text>"))
        XCTAssertTrue(html.contains(">25</text>"))
        XCTAssertFalse(html.contains(">23</text>"))
    }

    func testHalfSquaredAndCrossEntropyCostLines() throws {
        var chain = Fixtures.cheatsheet()
        chain.cost = .halfSquared
        let half = try render("forward", chain: chain)
        XCTAssertTrue(
            half.contains(
                "<td><math displaystyle=\"true\"><mfrac><mn>1</mn><mn>2</mn></mfrac><msup><mrow><mo>(</mo>"
                    + "<msub><mi>a</mi><mn>3</mn></msub><mo>−</mo><mi>y</mi><mo>)</mo></mrow><mn>2</mn></msup></math></td>"
            ))
        chain.cost = .crossEntropy
        let entropy = try render("forward", chain: chain)
        XCTAssertTrue(
            entropy.contains(
                "<mo>−</mo><mo>[</mo><mi>y</mi><mspace width=\"0.2em\"/><mi>ln</mi><mspace width=\"0.1em\"/><msub><mi>a</mi><mn>3</mn></msub><mo>+</mo><mo>(</mo>"
                    + "<mn>1</mn><mo>−</mo><mi>y</mi><mo>)</mo><mspace width=\"0.2em\"/><mi>ln</mi><mspace width=\"0.1em\"/><mo>(</mo><mn>1</mn><mo>−</mo>"
                    + "<msub><mi>a</mi><mn>3</mn></msub><mo>)</mo><mo>]</mo>"))
    }

    func testPrecisionIsTheOneGiven() throws {
        let html = try render("descent", chain: Fixtures.cheatsheet(), precision: 2)
        XCTAssertTrue(html.contains(#"<data class="num" value="28.430224" data-ref="worked:C_new">28</data>"#))
    }
}
