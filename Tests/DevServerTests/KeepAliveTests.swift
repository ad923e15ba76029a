import DevServer
import Foundation
import XCTest

/// Browsers reuse connections; the server keeps them open between requests.
final class KeepAliveTests: XCTestCase {
    func testTwoRequestsOnOneConnection() throws {
        let fixture = try ServerFixture()
        defer { fixture.tearDown() }
        let socket = try LoopbackSocket(port: fixture.port)
        let request = "GET /style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        try socket.send(request)
        let first = try readOneResponse(socket)
        XCTAssertTrue(first.hasPrefix("HTTP/1.1 200"), first)
        XCTAssertFalse(first.lowercased().contains("connection: close"), first)
        try socket.send(request)  // the same socket: it must still be open
        let second = try readOneResponse(socket)
        XCTAssertTrue(second.hasPrefix("HTTP/1.1 200"), second)
        XCTAssertTrue(second.hasSuffix(ServerFixture.styleCSS), second)
    }

    /// Reads until one whole response (headers plus Content-Length bytes) has arrived.
    private func readOneResponse(_ socket: LoopbackSocket) throws -> String {
        var bytes: [UInt8] = []
        for _ in 0..<50 {
            guard let chunk = try socket.receive(timeout: .milliseconds(100)) else { break }
            bytes += chunk
            let text = String(decoding: bytes, as: UTF8.self)
            if let end = text.range(of: "\r\n\r\n"),
                let lengthLine = text[..<end.lowerBound].split(separator: "\r\n")
                    .first(where: { $0.lowercased().hasPrefix("content-length:") }),
                let length = Int(lengthLine.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)),
                text.utf8.count - text[..<end.upperBound].utf8.count >= length
            {
                return text
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
