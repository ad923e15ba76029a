import XCTest

@testable import DevServer

final class RequestPathTests: XCTestCase {
    func testPlainPathsSplitIntoDecodedSegments() {
        XCTAssertEqual(
            RequestPath.parse("/lessons/a%20b.html"),
            .success(
                RequestPath(
                    segments: ["lessons", "a b.html"], rawSegments: ["lessons", "a%20b.html"], endsWithSlash: false)))
    }

    func testTheRootAndFolderFormsEndWithASlash() {
        let root = RequestPath(segments: [], rawSegments: [], endsWithSlash: true)
        XCTAssertEqual(RequestPath.parse("/"), .success(root))
        XCTAssertEqual(try RequestPath.parse("/lessons/").get().endsWithSlash, true)
    }

    func testEmptySegmentsCollapse() {
        XCTAssertEqual(try RequestPath.parse("//lessons//one.html").get().segments, ["lessons", "one.html"])
    }

    func testEachRefusal() {
        XCTAssertEqual(RequestPath.parse("index.html"), .failure(.notAbsolute))
        XCTAssertEqual(RequestPath.parse("/a/../b"), .failure(.dotSegment))
        XCTAssertEqual(RequestPath.parse("/a/./b"), .failure(.dotSegment))
        XCTAssertEqual(RequestPath.parse("/%2e%2E/b"), .failure(.dotSegment))
        XCTAssertEqual(RequestPath.parse("/a%2fb"), .failure(.encodedSeparator))
        XCTAssertEqual(RequestPath.parse("/a%5Cb"), .failure(.encodedSeparator))
        XCTAssertEqual(RequestPath.parse("/a\\b"), .failure(.encodedSeparator))
        XCTAssertEqual(RequestPath.parse("/a%00b"), .failure(.nulByte))
        XCTAssertEqual(RequestPath.parse("/a%2"), .failure(.malformed))
        XCTAssertEqual(RequestPath.parse("/a%g1"), .failure(.malformed))
        XCTAssertEqual(RequestPath.parse("/%ff"), .failure(.malformed), "not UTF-8")
    }

    func testDotsInsideANameAreFine() {
        let path = try? RequestPath.parse("/..hidden/a..b/.well-known").get()
        XCTAssertEqual(path?.segments, ["..hidden", "a..b", ".well-known"])
    }
}
