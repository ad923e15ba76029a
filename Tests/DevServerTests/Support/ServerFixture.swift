import DevServer
import Foundation
import TestSupport
import XCTest

/// Counts rebuilds and returns the outcome a test sets.
final class BuildRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var runs = 0
    private var nextOutcome: BuildOutcome = .success

    var count: Int { lock.withLock { runs } }

    /// What the following rebuilds return.
    func willReturn(_ outcome: BuildOutcome) { lock.withLock { nextOutcome = outcome } }

    func run() -> BuildOutcome {
        lock.withLock {
            runs += 1
            return nextOutcome
        }
    }

    /// Polls until `count` reaches `expected`, up to `timeout`.
    func waitForCount(_ expected: Int, timeout: Duration = .seconds(3)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while count < expected && ContinuousClock.now < deadline { usleep(5_000) }
        return count >= expected
    }
}

/// A small built site in a temp folder, its sources, and a dev server on a free loopback port.
///
/// Layout: `site/` (served), `content/` (watched), `outside/secret.txt` (must never be served),
/// with symlinks `site/escape` -> `../outside/secret.txt`, `site/escape-dir` -> `../outside`,
/// and `site/inside-link.html` -> `index.html`.
final class ServerFixture {
    static let indexHTML =
        "<!doctype html>\n<html><head><title>Home</title></head>\n<body><h1>Home</h1></body></html>\n"
    static let notFoundHTML = "<!doctype html>\n<html><body><h1>Not here</h1></body></html>\n"
    static let styleCSS = "body { color: black; }\n"
    static let secret = "top secret"

    static let files: [String: String] = [
        "site/index.html": indexHTML,
        "site/404.html": notFoundHTML,
        "site/style.css": styleCSS,
        "site/app.js": "console.log(1);\n",
        "site/data.json": "{}\n",
        "site/feed.xml": "<feed/>\n",
        "site/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
        "site/image.png": "not really a png",
        "site/notes.txt": "notes\n",
        "site/favicon.ico": "icon",
        "site/font.woff2": "font",
        "site/blob.bin": "blob",
        "site/lessons/index.html": "<html><body><h1>Lessons</h1></body></html>\n",
        "site/lessons/one.html": "<html><body><h1>One</h1></body></html>\n",
        "content/lesson.md": "# Lesson\n",
        "outside/secret.txt": secret,
    ]

    let folder: TempDirectory
    let builds = BuildRecorder()
    let server: DevServer

    var port: UInt16 { server.port }
    var site: URL { folder.url.appendingPathComponent("site") }
    var content: URL { folder.url.appendingPathComponent("content") }

    init(debounce: Duration = .milliseconds(100), basePath: String = "/") throws {
        folder = try TempDirectory(prefix: "sitegen-devserver")
        try folder.write(Self.files)
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.path("site/escape"), withDestinationPath: "../outside/secret.txt")
        try manager.createSymbolicLink(atPath: folder.path("site/escape-dir"), withDestinationPath: "../outside")
        try manager.createSymbolicLink(atPath: folder.path("site/inside-link.html"), withDestinationPath: "index.html")
        let builds = builds
        server = DevServer(
            siteDirectory: folder.url.appendingPathComponent("site"), port: 0,
            watch: [folder.url.appendingPathComponent("content")], debounce: debounce, basePath: basePath
        ) { builds.run() }
        try server.start()
    }

    func get(_ path: String, method: String = "GET", headers: [String: String] = [:]) throws -> RawResponse {
        try Loopback.request(path, method: method, headers: headers, port: port)
    }

    func tearDown() {
        server.stop()
        folder.remove()
    }
}
