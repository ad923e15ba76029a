import Chains
import XCTest

final class NumberFormatTests: XCTestCase {
    func testExactIsTheShortestRoundTrip() {
        XCTAssertEqual(NumberFormat.exact(3), "3")
        XCTAssertEqual(NumberFormat.exact(0.1), "0.1")
        XCTAssertEqual(NumberFormat.exact(-0.0), "0")
        XCTAssertEqual(NumberFormat.exact(1.7), "1.7")
        XCTAssertEqual(Double(NumberFormat.exact(0.1 + 0.2)), 0.1 + 0.2)
    }

    func testHTMLDisplayForm() {
        XCTAssertEqual(NumberFormat.html(0.6224593312, precision: 4), "0.6225")
        XCTAssertEqual(NumberFormat.html(-0.25, precision: 4), "\u{2212}0.25")
        XCTAssertEqual(NumberFormat.html(1.5e-7, precision: 4), "1.5×10<sup>\u{2212}7</sup>")
        XCTAssertEqual(NumberFormat.html(2, precision: 4), "2")
        XCTAssertEqual(NumberFormat.html(28.430224, precision: 4), "28.43")
        // Whole numbers wider than the precision round too: 74729 has five digits, four are shown.
        XCTAssertEqual(NumberFormat.html(74729.3, precision: 4), "74730")
        XCTAssertEqual(NumberFormat.html(-99_999.4, precision: 3), "\u{2212}100000")  // the carry adds a digit
        XCTAssertEqual(NumberFormat.html(-999_999, precision: 3), "\u{2212}1×10<sup>6</sup>")
        XCTAssertEqual(NumberFormat.html(12345, precision: 2), "12000")
        // SVG text cannot hold <sup>: the same number with superscript characters.
        XCTAssertEqual(NumberFormat.svg(5.1934e-5, precision: 4), "5.193×10⁻⁵")
        XCTAssertEqual(NumberFormat.svg(2.5e7, precision: 4), "2.5×10⁷")
        XCTAssertEqual(NumberFormat.svg(0.25, precision: 4), "0.25")
    }

    func testRoundedIsWhatExpectComparesAt() {
        XCTAssertEqual(NumberFormat.rounded(0.6224593312, precision: 4), 0.6225)
        XCTAssertEqual(NumberFormat.rounded(2.00004, precision: 4), 2)
    }

    func testDataElement() {
        XCTAssertEqual(
            NumberFormat.dataElement(3, ref: "worked:dC/dw1", precision: 4),
            "<data class=\"num\" value=\"3\" data-ref=\"worked:dC/dw1\">3</data>")
    }
}
