import XCTest

@testable import DevServer

final class HTTPDateTests: XCTestCase {
    func testTheRFCExampleFormatsAndParses() {
        // RFC 9110 §5.6.7's example; 784111777 = 9075 days * 86400 + 8 h 49 min 37 s.
        XCTAssertEqual(HTTPDate.format(784_111_777), "Sun, 06 Nov 1994 08:49:37 GMT")
        XCTAssertEqual(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT"), 784_111_777)
    }

    func testOtherFormsAreNotDates() {
        XCTAssertNil(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT"))
        XCTAssertNil(HTTPDate.parse("Sun Nov  6 08:49:37 1994"))
        XCTAssertNil(HTTPDate.parse("Sun, 06 Nov 1994 25:49:37 GMT"))
        XCTAssertNil(HTTPDate.parse(""))
    }
}
