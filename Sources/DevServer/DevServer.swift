import Foundation

/// `sitegen serve`: serves a built site on a local port, rebuilds it when sources change, and
/// keeps open pages current through server-sent events.
///
/// The server knows nothing about how a site is built: the caller passes a `rebuild` closure
/// that builds, swaps the new site folder in only on success, and returns the outcome. Open pages
/// reload after a success and show an overlay with the error lines after a failure.
///
/// ```swift
/// let server = DevServer(siteDirectory: site, port: 8080, watch: [content, templates]) { build() }
/// try server.start()
/// print("Serving on \(server.url)")
/// server.runUntilSignal()
/// ```
///
/// HTTP: GET and HEAD only (other methods get 405); `Cache-Control: no-cache` with an ETag (and
/// `Last-Modified` for files other than pages) so repeat requests get 304; a folder URL serves
/// its `index.html` (without the trailing slash it redirects there, 301); a missing file gets the
/// site's `404.html` with status 404. Paths that would leave the site folder get 403, see
/// `SiteFiles`. `/__sitegen/events` is the event stream and shadows any file of that name.
public final class DevServer: @unchecked Sendable {
    /// The folder served (normally `site/`).
    public let siteDirectory: URL
    /// The published base path that is mapped to the site root (`/` maps nothing).
    public let basePath: String
    /// The address listened on, as given.
    public let host: String
    private let requestedPort: UInt16
    private let watchRoots: [URL]
    private let debounce: Duration
    private let rebuild: @Sendable () -> BuildOutcome
    let hub: EventHub
    private let lock = NSLock()
    private var daemon: HTTPDaemon?
    private var watcher: FileWatcher?
    private var boundPort: UInt16 = 0
    private var started = false
    private var waitingForSignal = false

    /// Prepares a server; nothing is opened until `start()`.
    ///
    /// - Parameters:
    ///   - siteDirectory: the built site to serve.
    ///   - host: a numeric IPv4 or IPv6 address (or `localhost`); loopback unless told otherwise.
    ///   - port: the port to listen on; 0 lets the system pick a free one (read it from `port`).
    ///   - watch: folders watched recursively (missing ones are skipped); must not contain
    ///     `siteDirectory`, or each build would trigger the next.
    ///   - debounce: how long changes must stop before a rebuild starts.
    ///   - basePath: the path the site is published under (`/backprop/`, from `base_url`). Pages
    ///     link relatively, but `404.html` links from this path because it is served anywhere; so
    ///     requests under it are also answered from the site root, and the 404 page keeps its style.
    ///   - rebuild: builds the site; runs on the watcher's thread, one build at a time.
    public init(
        siteDirectory: URL, host: String = "127.0.0.1", port: UInt16 = 0, watch: [URL],
        debounce: Duration = .milliseconds(100), basePath: String = "/",
        rebuild: @escaping @Sendable () -> BuildOutcome
    ) {
        self.basePath = basePath.hasSuffix("/") ? basePath : basePath + "/"
        self.siteDirectory = siteDirectory
        self.host = host
        self.requestedPort = port
        self.watchRoots = watch
        self.debounce = debounce
        self.rebuild = rebuild
        self.hub = EventHub()
    }

    deinit { stop() }

    /// Binds the port, starts serving and starts watching. Prints nothing.
    ///
    /// Throws, with a message for the terminal, when the port is taken (`port 8080 on 127.0.0.1
    /// is already in use`), the host is not an address of this machine, or the server was
    /// already started (a server starts once; make a new one to serve again).
    public func start() throws(DevServerError) {
        lock.lock()
        let again = started
        started = true
        lock.unlock()
        guard !again else { throw DevServerError("the server was already started") }
        let socket = try ListenSocket.open(host: host, port: requestedPort)
        let files = SiteFiles(siteDirectory: siteDirectory) { [hub] in hub.buildID }
        let hub = hub
        let basePath = basePath
        let daemon = HTTPDaemon { request in Self.route(request, files: files, hub: hub, basePath: basePath) }
        try daemon.start(listenSocket: socket.descriptor)
        let rebuild = rebuild
        let watcher: FileWatcher
        do {
            watcher = try FileWatcher(roots: watchRoots, debounce: debounce) { _ in hub.publish(rebuild()) }
        } catch {
            daemon.stop()
            throw error
        }
        watcher.start()
        lock.withLock {
            self.daemon = daemon
            self.watcher = watcher
            boundPort = socket.port
        }
    }

    /// The port listened on (the one the system chose when 0 was asked); 0 before `start()`.
    public var port: UInt16 { lock.withLock { boundPort } }

    /// The address to open in a browser, such as `http://127.0.0.1:8080/`.
    public var url: String { "http://\(SocketAddress.urlHost(host)):\(port)/" }

    /// Tells open pages about a build the caller ran itself, such as the first one before
    /// `start()`: `.success` reloads them, `.failure` shows the overlay (also to pages opened later,
    /// until a build succeeds).
    public func publish(_ outcome: BuildOutcome) { hub.publish(outcome) }

    /// Stops watching, ends every event stream, closes every connection and the port. Returns
    /// within a second with streams open; waits for a rebuild in progress to finish first.
    /// Safe to call more than once.
    public func stop() {
        let (daemon, watcher) = lock.withLock {
            defer {
                self.daemon = nil
                self.watcher = nil
            }
            return (self.daemon, self.watcher)
        }
        watcher?.stop()
        hub.close()  // wakes the streams first: the daemon waits for every connection thread
        daemon?.stop()
    }

    /// Whether `runUntilSignal()` has its handlers installed (tests wait for this before signalling).
    var isWaitingForSignal: Bool { lock.withLock { waitingForSignal } }

    func setWaitingForSignal(_ value: Bool) { lock.withLock { waitingForSignal = value } }

    /// The whole request handling: the event stream, the method check, then the site's files.
    static func route(_ request: HTTPRequest, files: SiteFiles, hub: EventHub, basePath: String = "/")
        -> HTTPResponse
    {
        var request = request
        if basePath != "/", request.rawPath.hasPrefix(basePath) {
            request.rawPath = "/" + request.rawPath.dropFirst(basePath.count)  // still checked for traversal
        }
        guard request.method == "GET" || request.method == "HEAD" else {
            return .text(405, "405 Method Not Allowed", headers: [("Allow", "GET, HEAD")])
        }
        if request.rawPath == LiveReloadScript.eventsPath {
            let headers = [("Content-Type", "text/event-stream"), ("Cache-Control", "no-cache")]
            let body: HTTPResponse.Body = request.method == "HEAD" ? .bytes([]) : .stream(hub.subscribe())
            return HTTPResponse(status: 200, headers: headers, body: body)
        }
        return files.response(to: request)
    }
}
