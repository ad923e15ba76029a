import Foundation
import XCTest

/// A plain TCP connection to 127.0.0.1, so tests send request lines byte for byte (no client
/// library normalises `/../x` or `%2e%2e` away).
final class LoopbackSocket {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private let descriptor: Int32

    init(port: UInt16) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket() failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7f00_0001).bigEndian
        let status = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard status == 0 else {
            close(descriptor)
            throw Failure(description: "cannot connect to port \(port): errno \(errno)")
        }
    }

    deinit { close(descriptor) }

    func send(_ text: String) throws {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let sent = bytes.withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { throw Failure(description: "send failed: errno \(errno)") }
            bytes = bytes.dropFirst(sent)
        }
    }

    /// Waits up to `timeout` for bytes: returns them, `[]` on timeout, `nil` when the server closed.
    func receive(timeout: Duration) throws -> [UInt8]? {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let (seconds, attoseconds) = timeout.components
        let milliseconds = Int32(seconds * 1000 + attoseconds / 1_000_000_000_000_000)
        guard poll(&poller, 1, milliseconds) > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count < 0 { throw Failure(description: "recv failed: errno \(errno)") }
        return count == 0 ? nil : Array(buffer[..<count])
    }

    /// Everything the server sends until it closes the connection.
    func receiveAll(timeout: Duration = .seconds(5)) throws -> [UInt8] {
        var all: [UInt8] = []
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            guard let chunk = try receive(timeout: .milliseconds(100)) else { return all }
            all += chunk
        }
        throw Failure(description: "the server did not close the connection within \(timeout)")
    }
}

/// A response as read off the wire.
struct RawResponse {
    let status: Int
    /// Header values by lower-cased name.
    let headers: [String: String]
    let body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    /// Splits `bytes` at the blank line; the body is kept as sent (these tests never use chunking
    /// here: fixed responses carry Content-Length).
    init(bytes: [UInt8]) throws {
        let separator = Array("\r\n\r\n".utf8)
        let starts = 0..<max(0, bytes.count - 3)
        guard let end = starts.first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else {
            throw LoopbackSocket.Failure(description: "no header end in \(String(decoding: bytes, as: UTF8.self))")
        }
        let head = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusFields = head[0].split(separator: " ")
        guard statusFields.count >= 2, let status = Int(statusFields[1]) else {
            throw LoopbackSocket.Failure(description: "bad status line \(head[0])")
        }
        self.status = status
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[line[..<colon].lowercased()] = value
        }
        self.headers = headers
        body = Array(bytes[(end + 4)...])
    }
}

enum Loopback {
    /// Sends `method path` with `headers` and `Connection: close`, and reads the whole response.
    static func request(
        _ path: String, method: String = "GET", headers: [String: String] = [:], port: UInt16
    ) throws -> RawResponse {
        let socket = try LoopbackSocket(port: port)
        var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
        try socket.send(text + "\r\n")
        return try RawResponse(bytes: socket.receiveAll())
    }
}
