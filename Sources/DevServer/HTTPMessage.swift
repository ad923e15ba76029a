/// One request as the daemon hands it to the router: method, path exactly as sent, headers.
struct HTTPRequest: Sendable {
    /// `GET`, `HEAD`, ...
    var method: String
    /// The path from the request line, before any percent-decoding and without the query string,
    /// so that `/%2e%2e/x` can be told apart from `/../x` and from `/x`.
    var rawPath: String
    /// Header values by lower-cased name.
    var headers: [String: String]

    init(method: String, rawPath: String, headers: [String: String] = [:]) {
        self.method = method
        self.rawPath = rawPath
        self.headers = headers
    }

    /// The value of the header `name` (case-insensitive).
    func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// A body that is produced while it is sent, such as a server-sent-events stream.
///
/// `next()` runs on the connection's own thread and may block; it returns `nil` to end the body.
/// `close()` is called once, when the connection is gone.
protocol ResponseStream: AnyObject, Sendable {
    func next() -> [UInt8]?
    func close()
}

/// One response: status, headers in order, and a whole or streamed body.
struct HTTPResponse: Sendable {
    enum Body: Sendable {
        case bytes([UInt8])
        case stream(any ResponseStream)
    }

    var status: Int
    var headers: [(name: String, value: String)]
    var body: Body

    init(status: Int, headers: [(name: String, value: String)] = [], body: Body = .bytes([])) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A short plain-text response, for errors and refusals.
    static func text(_ status: Int, _ text: String, headers: [(name: String, value: String)] = []) -> HTTPResponse {
        HTTPResponse(
            status: status,
            headers: [("Content-Type", "text/plain; charset=utf-8"), ("Cache-Control", "no-cache")] + headers,
            body: .bytes(Array((text + "\n").utf8)))
    }

    /// The value of the first header called `name` (case-insensitive).
    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
