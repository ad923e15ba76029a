import DevServer
import Foundation
import XCTest

final class LiveReloadTests: XCTestCase {
    private var fixture: ServerFixture!

    override func setUpWithError() throws { fixture = try ServerFixture() }
    override func tearDown() { fixture.tearDown() }

    private func connect() throws -> (EventStreamClient, EventStreamClient.Event) {
        let client = try EventStreamClient(port: fixture.port)
        return (client, try XCTUnwrap(client.next()))
    }

    private func edit(_ relative: String, _ text: String = "# Changed\n") throws {
        try Data(text.utf8).write(to: fixture.content.appendingPathComponent(relative))
    }

    func testANewStreamIsToldTheCurrentBuildAtOnce() throws {
        let (client, first) = try connect()
        XCTAssertEqual(client.status, 200)
        XCTAssertEqual(client.headers["content-type"], "text/event-stream")
        XCTAssertEqual(first.name, "hello")
        let page = try fixture.get("/index.html").text
        XCTAssertTrue(page.contains("const build = \"\(first.data)\";"), "the page names the build the stream names")
    }

    func testAChangedSourceRebuildsOnceAndReloadsOpenPages() throws {
        let (client, hello) = try connect()
        let start = ContinuousClock.now
        try edit("lesson.md")
        let event = try XCTUnwrap(client.next(), "no event after the edit")
        let latency = ContinuousClock.now - start
        XCTAssertEqual(event.name, "reload")
        XCTAssertNotEqual(event.data, hello.data, "a new build id")
        XCTAssertEqual(fixture.builds.count, 1)
        XCTAssertNil(try client.next(timeout: .milliseconds(300)), "one save, one event")
        XCTAssertEqual(fixture.builds.count, 1)
        print("edit-to-reload latency with 100 ms debounce: \(latency)")
    }

    func testAnEditorSaveSequenceIsOneRebuild() throws {
        // A longer quiet period than the default, so a busy CI machine pausing between two steps
        // of the save cannot split it.
        fixture.tearDown()
        fixture = try ServerFixture(debounce: .milliseconds(300))
        let (client, _) = try connect()
        let folder = fixture.content.path
        let manager = FileManager.default
        // What vim does on :w with backupcopy=no: probe file, backup by rename, write, chmod.
        try edit("4913", "")
        try manager.removeItem(atPath: folder + "/4913")
        try manager.moveItem(atPath: folder + "/lesson.md", toPath: folder + "/lesson.md~")
        try edit("lesson.md", "# Saved\n")
        try manager.setAttributes([.posixPermissions: 0o644], ofItemAtPath: folder + "/lesson.md")
        try manager.removeItem(atPath: folder + "/lesson.md~")
        XCTAssertEqual(try client.next()?.name, "reload")
        XCTAssertNil(try client.next(timeout: .milliseconds(300)))
        XCTAssertEqual(fixture.builds.count, 1)
    }

    func testEditorTempFilesAloneDoNotRebuild() throws {
        try edit(".lesson.md.swp", "x")
        try edit("lesson.md~", "x")
        try edit(".#lesson.md", "x")
        try edit("4913", "")
        usleep(400_000)
        XCTAssertEqual(fixture.builds.count, 0)
    }

    func testAFolderCreatedLaterIsWatchedToo() throws {
        let folder = fixture.content.appendingPathComponent("part2/deep")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        XCTAssertTrue(fixture.builds.waitForCount(1))
        try Data("# Deep\n".utf8).write(to: folder.appendingPathComponent("page.md"))
        XCTAssertTrue(fixture.builds.waitForCount(2), "a change inside the new folder rebuilds")
    }

    func testAFailedBuildShowsItsLinesAndTheNextGoodBuildReloads() throws {
        let (client, _) = try connect()
        let lines = [
            "content/lesson.md:3:5: error: unknown quantity 'z'",
            "content/lesson.md:9:1: error: a <chain> & more",
        ]
        fixture.builds.willReturn(.failure(lines))
        try edit("lesson.md")
        XCTAssertEqual(try client.next(), .init(name: "error", data: lines.joined(separator: "\n")))
        XCTAssertEqual(try fixture.get("/index.html").status, 200, "the last good site is still served")

        let (_, late) = try connect()
        XCTAssertEqual(late.name, "error", "a page opened while the build is broken shows the overlay")
        XCTAssertEqual(late.data, lines.joined(separator: "\n"))

        fixture.builds.willReturn(.success)
        try edit("lesson.md", "# Fixed\n")
        XCTAssertEqual(try client.next()?.name, "reload")
        XCTAssertEqual(try connect().1.name, "hello")
    }

    func testMultiLineDiagnosticsAreSplitIntoLines() throws {
        let (client, _) = try connect()
        fixture.server.publish(.failure(["a.md:1:1: error: first\nsecond", "b.md:2:2: error: third"]))
        let event = try XCTUnwrap(client.next())
        XCTAssertEqual(event.name, "error")
        XCTAssertEqual(event.data, "a.md:1:1: error: first\nsecond\nb.md:2:2: error: third")
    }

    func testTheOverlayIsAnAccessibleDialogFilledAsText() throws {
        let page = try fixture.get("/").text
        XCTAssertTrue(page.contains("overlay.setAttribute(\"role\", \"alertdialog\");"))
        XCTAssertTrue(page.contains("text.textContent = lines.join(\"\\n\");"), "lines are text, never HTML")
        XCTAssertTrue(page.contains("ui-monospace"))
        XCTAssertFalse(page.contains("innerHTML"))
    }
}
