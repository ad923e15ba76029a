import Foundation
import XCTest

@testable import DevServer

final class EventHubTests: XCTestCase {
    private func text(_ bytes: [UInt8]?) -> String? { bytes.map { String(decoding: $0, as: UTF8.self) } }

    func testAStreamStartsWithRetryAndTheCurrentBuild() {
        let hub = EventHub()
        let stream = hub.subscribe()
        XCTAssertEqual(text(stream.next()), "retry: 1000\n\nevent: hello\ndata: \(hub.buildID)\n\n")
    }

    func testASilentStreamSendsKeepAliveCommentsAndEndsWhenClosed() {
        let hub = EventHub(keepAliveInterval: .milliseconds(50))
        let stream = hub.subscribe()
        _ = stream.next()
        XCTAssertEqual(text(stream.next()), ": keep-alive\n\n")
        hub.close()
        XCTAssertNil(stream.next())
    }

    func testClosingWakesAWaitingStreamAtOnce() {
        let hub = EventHub(keepAliveInterval: .seconds(30))
        let stream = hub.subscribe()
        _ = stream.next()
        let ended = DispatchSemaphore(value: 0)
        Thread {
            if stream.next() == nil { ended.signal() }
        }.start()
        usleep(50_000)
        let start = ContinuousClock.now
        hub.close()
        XCTAssertEqual(ended.wait(timeout: .now() + 1), .success)
        XCTAssertLessThan(ContinuousClock.now - start, .milliseconds(500))
    }

    func testEveryOpenStreamGetsEachOutcomeAndAClosedStreamIsForgotten() {
        let hub = EventHub()
        let streams = [hub.subscribe(), hub.subscribe()]
        for stream in streams { _ = stream.next() }
        hub.publish(.failure(["a.md:1:2: error: bad"]))
        hub.publish(.success)
        for stream in streams {
            XCTAssertEqual(text(stream.next()), "event: error\ndata: a.md:1:2: error: bad\n\n")
            XCTAssertEqual(text(stream.next()), "event: reload\ndata: \(hub.buildID)\n\n")
        }
        XCTAssertEqual(hub.subscriberCount, 2)
        streams[0].close()
        XCTAssertEqual(hub.subscriberCount, 1)
    }

    func testOnlyASuccessChangesTheBuildID() {
        let hub = EventHub()
        let first = hub.buildID
        hub.publish(.failure([]))
        XCTAssertEqual(hub.buildID, first)
        hub.publish(.success)
        XCTAssertNotEqual(hub.buildID, first)
        XCTAssertEqual(hub.buildID.split(separator: "-").last, "2")
    }
}
