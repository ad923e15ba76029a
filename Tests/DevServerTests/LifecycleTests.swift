import Foundation
import XCTest

@testable import DevServer

final class LifecycleTests: XCTestCase {
    private var fixture: ServerFixture!

    override func setUpWithError() throws { fixture = try ServerFixture() }
    override func tearDown() { fixture.tearDown() }

    private func isRefused(_ port: UInt16) -> Bool { (try? LoopbackSocket(port: port)) == nil }

    func testPortZeroGetsAFreePortThatTheURLNames() throws {
        XCTAssertNotEqual(fixture.port, 0)
        XCTAssertEqual(fixture.server.url, "http://127.0.0.1:\(fixture.port)/")
    }

    func testAPortInUseIsAClearError() throws {
        let second = DevServer(siteDirectory: fixture.site, port: fixture.port, watch: []) { .success }
        XCTAssertThrowsError(try second.start()) { error in
            XCTAssertEqual("\(error)", "port \(fixture.port) on 127.0.0.1 is already in use")
        }
    }

    func testAHostThatIsNotAnAddressIsAClearError() throws {
        let server = DevServer(siteDirectory: fixture.site, host: "nowhere", watch: []) { .success }
        XCTAssertThrowsError(try server.start()) { error in
            XCTAssertEqual("\(error)", "invalid host 'nowhere': give an IP address such as 127.0.0.1 or ::1")
        }
    }

    func testAServerStartsOnce() throws {
        XCTAssertThrowsError(try fixture.server.start()) { error in
            XCTAssertEqual("\(error)", "the server was already started")
        }
    }

    func testStopTakesLessThanASecondWithAnEventStreamOpen() throws {
        let client = try EventStreamClient(port: fixture.port)
        XCTAssertEqual(try client.next()?.name, "hello")
        let start = ContinuousClock.now
        fixture.server.stop()
        let elapsed = ContinuousClock.now - start
        XCTAssertLessThan(elapsed, .seconds(1))
        XCTAssertTrue(try client.waitForClose(timeout: .milliseconds(500)), "the stream is closed")
        XCTAssertTrue(isRefused(fixture.port), "the port is closed")
        print("stop() with one open event stream took \(elapsed)")
    }

    func testSIGTERMStopsRunUntilSignalWithinASecond() throws {
        let done = DispatchSemaphore(value: 0)
        let server = fixture.server
        Thread {
            server.runUntilSignal(); done.signal()
        }.start()
        let deadline = ContinuousClock.now + .seconds(3)
        while !server.isWaitingForSignal && ContinuousClock.now < deadline { usleep(1_000) }
        XCTAssertTrue(server.isWaitingForSignal)
        let client = try EventStreamClient(port: fixture.port)
        XCTAssertEqual(try client.next()?.name, "hello")
        kill(getpid(), SIGTERM)
        XCTAssertEqual(done.wait(timeout: .now() + 1), .success, "runUntilSignal returned within a second")
        XCTAssertTrue(isRefused(fixture.port))
    }

    func testSIGINTStopsRunUntilSignalToo() throws {
        let done = DispatchSemaphore(value: 0)
        let server = fixture.server
        Thread {
            server.runUntilSignal(); done.signal()
        }.start()
        let deadline = ContinuousClock.now + .seconds(3)
        while !server.isWaitingForSignal && ContinuousClock.now < deadline { usleep(1_000) }
        kill(getpid(), SIGINT)
        XCTAssertEqual(done.wait(timeout: .now() + 1), .success)
        XCTAssertTrue(isRefused(fixture.port))
    }
}
