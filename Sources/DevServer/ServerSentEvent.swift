/// One message on the event stream, in the text/event-stream wire format.
struct ServerSentEvent: Equatable {
    /// The `event:` name the page listens for.
    var name: String
    /// The payload; each element becomes one `data:` line, so lines must not hold line breaks.
    var lines: [String]

    /// `event: NAME`, one `data:` line per line (at least one, so the event is dispatched), blank line.
    var encoded: String {
        let data = lines.isEmpty ? [""] : lines
        return "event: \(name)\n" + data.map { "data: \($0)\n" }.joined() + "\n"
    }

    /// Sent first on every stream: reconnect after one second if the server goes away.
    static let preamble = "retry: 1000\n\n"

    /// A comment line, ignored by browsers; keeps idle streams alive and finds closed ones.
    static let keepAlive = ": keep-alive\n\n"

    /// Tells a page which build is current; a page from an older build reloads.
    static func hello(buildID: String) -> ServerSentEvent { ServerSentEvent(name: "hello", lines: [buildID]) }

    /// Tells pages that build `buildID` has finished writing.
    static func reload(buildID: String) -> ServerSentEvent { ServerSentEvent(name: "reload", lines: [buildID]) }

    /// Tells pages that the last build failed with these diagnostic lines (line breaks inside a
    /// line are split into more lines).
    static func error(_ diagnostics: [String]) -> ServerSentEvent {
        let lines = diagnostics.flatMap { line in
            line.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        }
        return ServerSentEvent(name: "error", lines: lines.map(String.init))
    }
}
