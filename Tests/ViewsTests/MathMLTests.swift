import XCTest

@testable import Views

/// The typesetting of names and the engine's formula text.
final class MathMLTests: XCTestCase {
    func testIdentifiers() {
        XCTAssertEqual(MathML.identifier("a3"), "<msub><mi>a</mi><mn>3</mn></msub>")
        XCTAssertEqual(MathML.identifier("y"), "<mi>y</mi>")
        XCTAssertEqual(MathML.identifier("learning_rate"), "<mi>η</mi>")
        XCTAssertEqual(MathML.identifier("w1_new"), "<msubsup><mi>w</mi><mn>1</mn><mtext>new</mtext></msubsup>")
        XCTAssertEqual(
            MathML.identifier("C@2"), "<msup><mi>C</mi><mrow><mo>(</mo><mn>2</mn><mo>)</mo></mrow></msup>")
        XCTAssertEqual(
            MathML.identifier("w2[1,3]"),
            "<msub><mi>w</mi><mn>2</mn></msub><mo>[</mo><mn>1</mn><mo separator=\"true\" rspace=\"0.1em\">,</mo>"
                + "<mn>3</mn><mo>]</mo>")
        XCTAssertEqual(MathML.identifier("<x>"), "<mi>&lt;x&gt;</mi>")
    }

    func testDerivativeIsAFraction() {
        XCTAssertEqual(
            MathML.symbol("dC/dw1"),
            "<mfrac><mrow><mi>d</mi><mi>C</mi></mrow><mrow><mi>d</mi><msub><mi>w</mi><mn>1</mn></msub></mrow></mfrac>")
    }

    func testFormulas() {
        XCTAssertEqual(
            MathML.formula("2(a3 − y)"),
            "<mn>2</mn><mo>(</mo><msub><mi>a</mi><mn>3</mn></msub><mo>−</mo><mi>y</mi><mo>)</mo>")
        XCTAssertEqual(
            MathML.formula("σ′(z2)"), "<mi>σ</mi><mo>′</mo><mo>(</mo><msub><mi>z</mi><mn>2</mn></msub><mo>)</mo>")
        XCTAssertEqual(
            MathML.formula("1 − tanh²(z1)"),
            "<mn>1</mn><mo>−</mo><msup><mrow><mi>tanh</mi></mrow><mn>2</mn></msup><mo>(</mo>"
                + "<msub><mi>z</mi><mn>1</mn></msub><mo>)</mo>")
        XCTAssertEqual(
            MathML.formula("(a − y)²"),
            "<msup><mrow><mo>(</mo><mi>a</mi><mo>−</mo><mi>y</mi><mo>)</mo></mrow><mn>2</mn></msup>")
        XCTAssertEqual(MathML.formula("a < b"), "<mi>a</mi><mo>&lt;</mo><mi>b</mi>")
        XCTAssertEqual(MathML.formula("²"), "<mn>2</mn>")
    }

    func testNamesInHTMLAndSVG() {
        XCTAssertEqual(NameMarkup.html("dC/dw1[1,2]"), "dC/dw<sub>1</sub>[1,2]")
        XCTAssertEqual(NameMarkup.html("w3_new"), "w<sub>3</sub><sup>new</sup>")
        XCTAssertEqual(
            NameMarkup.svg("a2"), "a<tspan class=\"sub\" baseline-shift=\"sub\" font-size=\"75%\">2</tspan>")
    }
}
