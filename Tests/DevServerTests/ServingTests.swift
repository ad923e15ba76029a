import DevServer
import Foundation
import XCTest

final class ServingTests: XCTestCase {
    private var fixture: ServerFixture!

    override func setUpWithError() throws { fixture = try ServerFixture() }
    override func tearDown() { fixture.tearDown() }

    func testAFileIsServedWithItsBytesTypeAndNoCache() throws {
        let response = try fixture.get("/style.css")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.text, ServerFixture.styleCSS)
        XCTAssertEqual(response.headers["content-type"], "text/css; charset=utf-8")
        XCTAssertEqual(response.headers["content-length"], "23")
        XCTAssertEqual(response.headers["cache-control"], "no-cache")
    }

    func testContentTypeFollowsTheExtension() throws {
        let expected = [
            "/index.html": "text/html; charset=utf-8",
            "/style.css": "text/css; charset=utf-8",
            "/app.js": "text/javascript; charset=utf-8",
            "/logo.svg": "image/svg+xml",
            "/image.png": "image/png",
            "/data.json": "application/json",
            "/feed.xml": "application/xml",
            "/notes.txt": "text/plain; charset=utf-8",
            "/favicon.ico": "image/x-icon",
            "/font.woff2": "font/woff2",
            "/blob.bin": "application/octet-stream",
        ]
        for (path, type) in expected.sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(try fixture.get(path).headers["content-type"], type, path)
        }
    }

    func testAFolderURLServesItsIndexPage() throws {
        let lessons = try fixture.get("/lessons/")
        XCTAssertEqual(lessons.status, 200)
        XCTAssertTrue(lessons.text.hasPrefix("<html><body><h1>Lessons</h1>"), lessons.text)
        XCTAssertEqual(lessons.headers["content-type"], "text/html; charset=utf-8")
        let home = try fixture.get("/")
        XCTAssertTrue(home.text.hasPrefix("<!doctype html>\n<html><head><title>Home</title>"), home.text)
    }

    func testAFolderURLWithoutSlashRedirectsToTheSlashForm() throws {
        let response = try fixture.get("/lessons")
        XCTAssertEqual(response.status, 301)
        XCTAssertEqual(response.headers["location"], "/lessons/")
    }

    func testHEADSendsTheHeadersOfGETAndNoBody() throws {
        let response = try fixture.get("/style.css", method: "HEAD")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.headers["content-type"], "text/css; charset=utf-8")
        XCTAssertEqual(response.headers["content-length"], "23")
        XCTAssertEqual(response.headers["etag"], try fixture.get("/style.css").headers["etag"])
        XCTAssertEqual(response.body, [])
    }

    func testAMatchingETagGets304WithoutBody() throws {
        let etag = try XCTUnwrap(fixture.get("/style.css").headers["etag"])
        let again = try fixture.get("/style.css", headers: ["If-None-Match": etag])
        XCTAssertEqual(again.status, 304)
        XCTAssertEqual(again.body, [])
        XCTAssertEqual(again.headers["etag"], etag)
        XCTAssertEqual(try fixture.get("/style.css", headers: ["If-None-Match": "\"other\", W/\(etag)"]).status, 304)
        XCTAssertEqual(try fixture.get("/style.css", headers: ["If-None-Match": "\"other\""]).status, 200)
    }

    func testAChangedFileGetsANewETag() throws {
        let before = try XCTUnwrap(fixture.get("/style.css").headers["etag"])
        try fixture.folder.write(["site/style.css": "body { color: navy; }\n"])
        let after = try fixture.get("/style.css", headers: ["If-None-Match": before])
        XCTAssertEqual(after.status, 200)
        XCTAssertEqual(after.text, "body { color: navy; }\n")
    }

    func testIfModifiedSinceGets304UnlessTheFileIsNewer() throws {
        let modified = try XCTUnwrap(fixture.get("/style.css").headers["last-modified"])
        XCTAssertEqual(try fixture.get("/style.css", headers: ["If-Modified-Since": modified]).status, 304)
        let longAgo = "Sun, 06 Nov 1994 08:49:37 GMT"
        XCTAssertEqual(try fixture.get("/style.css", headers: ["If-Modified-Since": longAgo]).status, 200)
    }

    func testAPageETagNamesTheBuildSoANewBuildIsNeverAnsweredWith304() throws {
        let page = try fixture.get("/index.html")
        let etag = try XCTUnwrap(page.headers["etag"])
        XCTAssertNil(page.headers["last-modified"])
        XCTAssertEqual(try fixture.get("/index.html", headers: ["If-None-Match": etag]).status, 304)
        fixture.server.publish(.success)
        let rebuilt = try fixture.get("/index.html", headers: ["If-None-Match": etag])
        XCTAssertEqual(rebuilt.status, 200)
        XCTAssertNotEqual(rebuilt.headers["etag"], etag)
    }

    func testAMissingFileGetsTheSites404PageWithStatus404() throws {
        let response = try fixture.get("/no/such/page.html")
        XCTAssertEqual(response.status, 404)
        XCTAssertEqual(response.headers["content-type"], "text/html; charset=utf-8")
        XCTAssertTrue(response.text.hasPrefix("<!doctype html>\n<html><body><h1>Not here</h1>"), response.text)
        XCTAssertTrue(response.text.contains("<script data-sitegen-live-reload>"))
    }

    func testWithout404PageAMissingFileGetsPlainText404() throws {
        try FileManager.default.removeItem(at: fixture.site.appendingPathComponent("404.html"))
        let response = try fixture.get("/nothing")
        XCTAssertEqual(response.status, 404)
        XCTAssertEqual(response.text, "404 Not Found\n")
    }

    func testMethodsOtherThanGETAndHEADGet405() throws {
        let response = try fixture.get("/index.html", method: "DELETE")
        XCTAssertEqual(response.status, 405)
        XCTAssertEqual(response.headers["allow"], "GET, HEAD")
    }

    func testServedPagesCarryTheLiveReloadScriptButTheFileOnDiskDoesNot() throws {
        let response = try fixture.get("/index.html")
        let served = response.text
        XCTAssertTrue(served.hasPrefix("<!doctype html>\n<html><head><title>Home</title></head>\n<body><h1>Home</h1>"))
        XCTAssertTrue(served.hasSuffix("</script>\n</body></html>\n"), served)
        XCTAssertTrue(served.contains("<script data-sitegen-live-reload>"))
        XCTAssertTrue(served.contains("new EventSource(\"/__sitegen/events\")"))
        XCTAssertEqual(response.headers["content-length"], "\(response.body.count)")
        XCTAssertEqual(try fixture.folder.read("site/index.html"), ServerFixture.indexHTML)
        XCTAssertFalse(try fixture.get("/style.css").text.contains("<script"))
    }
}
