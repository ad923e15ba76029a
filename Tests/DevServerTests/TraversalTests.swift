import Foundation
import XCTest

/// Every way out of the site folder gets 403 with the same text, and the secret next to the site
/// (`outside/secret.txt`) never appears in a response.
final class TraversalTests: XCTestCase {
    private var fixture: ServerFixture!

    override func setUpWithError() throws { fixture = try ServerFixture() }
    override func tearDown() { fixture.tearDown() }

    private func assertRefused(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let response = try fixture.get(path)
        XCTAssertEqual(response.status, 403, path, file: file, line: line)
        let text = "403 Forbidden: this path is outside the site folder\n"
        XCTAssertEqual(response.text, text, path, file: file, line: line)
        XCTAssertFalse(response.text.contains(ServerFixture.secret), path, file: file, line: line)
    }

    func testDotDotSegmentsAreRefused() throws {
        try assertRefused("/../outside/secret.txt")
        try assertRefused("/lessons/../../outside/secret.txt")
        try assertRefused("/lessons/../index.html")  // even when it would stay inside
        try assertRefused("/./index.html")
    }

    func testPercentEncodedDotsAreRefused() throws {
        try assertRefused("/%2e%2e/outside/secret.txt")
        try assertRefused("/%2E%2E/outside/secret.txt")
        try assertRefused("/.%2e/outside/secret.txt")
        try assertRefused("/lessons/%2e%2e/%2e%2e/outside/secret.txt")
    }

    func testEncodedSlashesAndBackslashesAreRefused() throws {
        try assertRefused("/..%2foutside%2fsecret.txt")
        try assertRefused("/lessons%2Fone.html")
        try assertRefused("/..%5coutside%5csecret.txt")
        try assertRefused("/..\\outside\\secret.txt")
    }

    func testNulBytesAreRefused() throws {
        try assertRefused("/index.html%00.png")
    }

    func testSymlinksThatLeaveTheSiteAreRefused() throws {
        try assertRefused("/escape")
        try assertRefused("/escape-dir/secret.txt")
        try assertRefused("/escape-dir/")
    }

    func testSymlinksThatStayInsideAreServed() throws {
        let response = try fixture.get("/inside-link.html")
        XCTAssertEqual(response.status, 200)
        XCTAssertTrue(response.text.hasPrefix("<!doctype html>\n<html><head><title>Home</title>"), response.text)
    }

    func testMalformedEscapesAreBadRequests() throws {
        let response = try fixture.get("/index%zz.html")
        XCTAssertEqual(response.status, 400)
        XCTAssertEqual(response.text, "400 Bad Request: malformed percent-encoding in the path\n")
    }

    func testEncodedOrdinaryCharactersAreDecoded() throws {
        try fixture.folder.write(["site/a b.txt": "spaced\n"])
        XCTAssertEqual(try fixture.get("/a%20b.txt").text, "spaced\n")
        XCTAssertEqual(try fixture.get("/%69ndex.html").status, 200)  // %69 is "i"
    }
}
