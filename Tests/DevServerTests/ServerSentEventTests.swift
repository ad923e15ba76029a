import XCTest

@testable import DevServer

final class ServerSentEventTests: XCTestCase {
    func testTheWireFormatHasOneDataLinePerLine() {
        XCTAssertEqual(ServerSentEvent.reload(buildID: "ab-2").encoded, "event: reload\ndata: ab-2\n\n")
        XCTAssertEqual(
            ServerSentEvent.error(["a:1:1: error: x", "b:2:2: error: y\r\nmore"]).encoded,
            "event: error\ndata: a:1:1: error: x\ndata: b:2:2: error: y\ndata: more\n\n")
    }

    func testAnEventWithoutLinesStillHasADataLineSoBrowsersDispatchIt() {
        XCTAssertEqual(ServerSentEvent.error([]).encoded, "event: error\ndata: \n\n")
    }
}
