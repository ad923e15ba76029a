import CMicroHTTPD
import Foundation

/// The one place that talks to libmicrohttpd: owns an `MHD_Daemon`, turns each request into an
/// `HTTPRequest` for `handler`, and queues the `HTTPResponse` it returns.
///
/// The daemon runs its own polling thread and one thread per connection, so a streamed body (the
/// server-sent-events endpoint) may block in `ResponseStream.next()` without holding up other
/// requests. Paths reach the handler exactly as sent: the unescape callback leaves `%xx` alone.
final class HTTPDaemon: @unchecked Sendable {
    typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    fileprivate let handler: Handler
    private let lock = NSLock()
    private var daemon: OpaquePointer?

    init(handler: @escaping Handler) { self.handler = handler }

    deinit { stop() }

    /// Starts serving on `listenSocket`, a bound, listening TCP socket; the daemon owns it from
    /// here on and closes it when stopped.
    func start(listenSocket: Int32) throws(DevServerError) {
        let flags =
            MHD_USE_INTERNAL_POLLING_THREAD.rawValue | MHD_USE_THREAD_PER_CONNECTION.rawValue
            | MHD_USE_POLL.rawValue
        let options: [CVarArg] = [
            MHD_OPTION.LISTEN_SOCKET.rawValue, listenSocket,
            MHD_OPTION.UNESCAPE_CALLBACK.rawValue, unsafeBitCast(keepEscapes, to: OpaquePointer.self), Int(0),
            // Idle keep-alive connections each hold a thread; let them go after a while.
            MHD_OPTION.CONNECTION_TIMEOUT.rawValue, UInt32(60),
            MHD_OPTION.END.rawValue,
        ]
        let context = Unmanaged.passUnretained(self).toOpaque()
        let started = withVaList(options) { arguments in
            MHD_start_daemon_va(flags, 0, nil, nil, accessHandler, context, arguments)
        }
        guard let started else {
            if fcntl(listenSocket, F_GETFD) != -1 { _ = Glibc.close(listenSocket) }
            throw DevServerError("libmicrohttpd could not start the HTTP server")
        }
        lock.withLock { daemon = started }
    }

    /// Stops accepting, closes every connection and waits for their threads. Streams must have
    /// been told to end first, or this waits for them.
    func stop() {
        let running = lock.withLock {
            defer { daemon = nil }
            return daemon
        }
        if let running { MHD_stop_daemon(running) }
    }

    fileprivate func queue(_ response: HTTPResponse, on connection: OpaquePointer) -> MHD_Result {
        let created: OpaquePointer?
        switch response.body {
        case .bytes(let bytes):
            created = bytes.withUnsafeBytes { buffer in
                MHD_create_response_from_buffer(
                    buffer.count, UnsafeMutableRawPointer(mutating: buffer.baseAddress), .RESPMEM_MUST_COPY)
            }
        case .stream(let stream):
            let box = Unmanaged.passRetained(StreamBox(stream))
            created = MHD_create_response_from_callback(UInt64.max, 4096, readStream, box.toOpaque(), freeStream)
            if created == nil { box.release() }
        }
        guard let created else { return .NO }
        defer { MHD_destroy_response(created) }
        for header in response.headers {
            _ = MHD_add_response_header(created, header.name, header.value)
        }
        return MHD_queue_response(connection, UInt32(response.status), created)
    }
}

/// A streamed body and the bytes of its last chunk that did not fit libmicrohttpd's buffer.
private final class StreamBox {
    let stream: any ResponseStream
    var pending: ArraySlice<UInt8> = []

    init(_ stream: any ResponseStream) { self.stream = stream }
}

private typealias UnescapeCallback =
    @convention(c) (
        UnsafeMutableRawPointer?, OpaquePointer?, UnsafeMutablePointer<CChar>?
    ) -> Int

/// Leaves `%xx` escapes in the path so the router sees exactly what the client sent.
private let keepEscapes: UnescapeCallback = { _, _, text in text.map { strlen($0) } ?? 0 }

private let collectHeader: MHD_KeyValueIterator = { context, _, key, value in
    guard let context, let key else { return .YES }
    let headers = context.assumingMemoryBound(to: [String: String].self)
    headers.pointee[String(cString: key).lowercased()] = value.map { String(cString: $0) } ?? ""
    return .YES
}

private let accessHandler: MHD_AccessHandlerCallback = {
    context, connection, url, method, _, _, uploadSize, requestState in
    guard let context, let connection, let url, let method, let requestState else { return .NO }
    // Answering on the first call counts as an "early" response, for which libmicrohttpd drops
    // keep-alive; so the first call only marks the request, and the answer comes on the next one.
    if requestState.pointee == nil {
        requestState.pointee = UnsafeMutableRawPointer(bitPattern: 1)
        return .YES
    }
    if let uploadSize, uploadSize.pointee != 0 {
        uploadSize.pointee = 0  // bodies are never read (only GET and HEAD are served): discard them
        return .YES
    }
    let daemon = Unmanaged<HTTPDaemon>.fromOpaque(context).takeUnretainedValue()
    var headers: [String: String] = [:]
    withUnsafeMutablePointer(to: &headers) { pointer in
        _ = MHD_get_connection_values(connection, .HEADER_KIND, collectHeader, pointer)
    }
    let request = HTTPRequest(method: String(cString: method), rawPath: String(cString: url), headers: headers)
    return daemon.queue(daemon.handler(request), on: connection)
}

private let readStream: MHD_ContentReaderCallback = { context, _, buffer, capacity in
    guard let context, let buffer, capacity > 0 else { return -2 }  // MHD_CONTENT_READER_END_WITH_ERROR
    let box = Unmanaged<StreamBox>.fromOpaque(context).takeUnretainedValue()
    while box.pending.isEmpty {
        guard let chunk = box.stream.next() else { return -1 }  // MHD_CONTENT_READER_END_OF_STREAM
        box.pending = chunk[...]
    }
    let count = min(capacity, box.pending.count)
    box.pending.prefix(count).withUnsafeBytes { bytes in
        UnsafeMutableRawPointer(buffer).copyMemory(from: bytes.baseAddress!, byteCount: count)
    }
    box.pending = box.pending.dropFirst(count)
    return count
}

private let freeStream: MHD_ContentReaderFreeCallback = { context in
    guard let context else { return }
    let box = Unmanaged<StreamBox>.fromOpaque(context).takeRetainedValue()
    box.stream.close()
}
