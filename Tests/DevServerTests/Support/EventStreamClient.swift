import Foundation

/// A browser's EventSource reduced to what the tests need: connects to `/__sitegen/events`,
/// decodes the chunked body, and hands out events (comments and `retry:` blocks skipped).
final class EventStreamClient {
    struct Event: Equatable {
        let name: String
        let data: String
    }

    let socket: LoopbackSocket
    let status: Int
    let headers: [String: String]
    private var raw: [UInt8] = []
    private var text = ""

    init(port: UInt16) throws {
        socket = try LoopbackSocket(port: port)
        try socket.send("GET /__sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        let separator = Array("\r\n\r\n".utf8)
        let deadline = ContinuousClock.now + .seconds(5)
        var received: [UInt8] = []
        while ContinuousClock.now < deadline {
            guard let chunk = try socket.receive(timeout: .milliseconds(100)) else { break }
            received += chunk
            if let end = (0..<max(0, received.count - 3)).first(where: { Array(received[$0..<$0 + 4]) == separator }) {
                let head = try RawResponse(bytes: Array(received[..<(end + 4)]))
                status = head.status
                headers = head.headers
                raw = Array(received[(end + 4)...])
                return
            }
        }
        throw LoopbackSocket.Failure(description: "no response headers on the event stream")
    }

    /// The next event within `timeout`, or `nil` if none came (or the server ended the stream).
    func next(timeout: Duration = .seconds(3)) throws -> Event? {
        let deadline = ContinuousClock.now + timeout
        while true {
            decodeChunks()
            while let block = text.range(of: "\n\n") {
                let lines = text[..<block.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
                text = String(text[block.upperBound...])
                let name = lines.first { $0.hasPrefix("event: ") }.map { String($0.dropFirst(7)) }
                let data = lines.filter { $0.hasPrefix("data: ") }.map { $0.dropFirst(6) }.joined(separator: "\n")
                if let name { return Event(name: name, data: data) }
            }
            guard ContinuousClock.now < deadline else { return nil }
            guard let chunk = try socket.receive(timeout: .milliseconds(50)) else { return nil }
            raw += chunk
        }
    }

    /// Whether the server closed the stream within `timeout`.
    func waitForClose(timeout: Duration) throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try socket.receive(timeout: .milliseconds(20)) == nil { return true }
        }
        return false
    }

    /// Moves complete chunks (`size CRLF data CRLF`) from `raw` into `text`.
    private func decodeChunks() {
        while let lineEnd = (0..<max(0, raw.count - 1)).first(where: { raw[$0] == 13 && raw[$0 + 1] == 10 }),
            let size = Int(String(decoding: raw[..<lineEnd], as: UTF8.self), radix: 16),
            raw.count >= lineEnd + 2 + size + 2
        {
            text += String(decoding: raw[(lineEnd + 2)..<(lineEnd + 2 + size)], as: UTF8.self)
            raw = Array(raw[(lineEnd + 2 + size + 2)...])
        }
    }
}
