import DevServer
import Foundation
import XCTest

/// `404.html` links from the published base path (it is served at any URL); the dev server answers
/// that path from the site root too, so the not-found page keeps its stylesheet while serving.
final class BasePathTests: XCTestCase {
    func testRequestsUnderTheBasePathAreServedFromTheSiteRoot() throws {
        let fixture = try ServerFixture(basePath: "/course/")
        defer { fixture.tearDown() }
        let direct = try fixture.get("/style.css")
        let published = try fixture.get("/course/style.css")
        XCTAssertEqual(published.status, 200)
        XCTAssertEqual(published.text, direct.text)
        XCTAssertEqual(published.text, ServerFixture.styleCSS)
    }

    func testTheBasePathDoesNotOpenAWayOutOfTheSite() throws {
        let fixture = try ServerFixture(basePath: "/course/")
        defer { fixture.tearDown() }
        XCTAssertEqual(try fixture.get("/course/../outside/secret.txt").status, 403)
        XCTAssertEqual(try fixture.get("/course/%2e%2e/outside/secret.txt").status, 403)
    }
}
