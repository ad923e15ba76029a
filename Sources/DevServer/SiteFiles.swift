import Foundation

/// Answers GET and HEAD for files in the site folder.
///
/// Refusals: a path with `.`/`..` segments (plain or `%2e`), an encoded slash or backslash, a NUL
/// byte, or whose real path (symlinks resolved) leaves the site folder gets **403 Forbidden**, so
/// an author sees why a link or symlink is not served; a malformed `%` escape gets 400. A missing
/// file gets the site's own `404.html` with status 404.
struct SiteFiles: Sendable {
    /// The folder served; resolved again on each request, so swapping it (even through a
    /// symlink) takes effect at once.
    let siteDirectory: URL
    /// The current build id when the live-reload script is injected into HTML, `nil` to serve
    /// files unchanged.
    let liveReloadBuildID: @Sendable () -> String?

    func response(to request: HTTPRequest) -> HTTPResponse {
        let path: RequestPath
        switch RequestPath.parse(request.rawPath) {
        case .success(let parsed): path = parsed
        case .failure(.malformed): return .text(400, "400 Bad Request: malformed percent-encoding in the path")
        case .failure: return .forbidden
        }
        guard let root = Self.realPath(siteDirectory.path) else {
            return .text(503, "503 Service Unavailable: the site folder \(siteDirectory.path) does not exist")
        }
        switch resolve(path.segments.joined(separator: "/"), in: root) {
        case .outside: return .forbidden
        case .missing: return notFound(root: root)
        case .directory(let real):
            guard path.endsWithSlash || path.segments.isEmpty else {
                let location = "/" + path.rawSegments.joined(separator: "/") + "/"
                return .text(301, "301 Moved Permanently: \(location)", headers: [("Location", location)])
            }
            switch resolve(String(real.dropFirst(root.count + 1)) + "/index.html", in: root) {
            case .outside: return .forbidden
            case .file(let index, let info): return serve(index, info: info, name: "index.html", request: request)
            case .missing, .directory: return notFound(root: root)
            }
        case .file(let real, let info):
            return serve(real, info: info, name: path.segments.last ?? "", request: request)
        }
    }

    private enum Resolution {
        case outside, missing
        case directory(String)
        case file(String, stat)
    }

    /// Where `relative` really is: symlinks resolved, then checked to lie inside `root`.
    private func resolve(_ relative: String, in root: String) -> Resolution {
        let candidate = relative.isEmpty ? root : root + "/" + relative
        guard let real = Self.realPath(candidate) else { return .missing }
        guard real == root || real.hasPrefix(root == "/" ? "/" : root + "/") else { return .outside }
        var info = stat()
        guard stat(real, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory(real)
        case S_IFREG: return .file(real, info)
        default: return .missing  // never open a FIFO or device: reading it could block forever
        }
    }

    private func notFound(root: String) -> HTTPResponse {
        guard case .file(let page, _) = resolve("404.html", in: root), var body = Self.read(page) else {
            return .text(404, "404 Not Found")
        }
        if let build = liveReloadBuildID() { body = LiveReloadScript.inject(into: body, buildID: build) }
        return HTTPResponse(
            status: 404,
            headers: [("Content-Type", ContentType.forFile(named: "404.html")), ("Cache-Control", "no-cache")],
            body: .bytes(body))
    }

    private func serve(_ real: String, info: stat, name: String, request: HTTPRequest) -> HTTPResponse {
        let build = ContentType.isHTML(name) ? liveReloadBuildID() : nil
        let validators = Validators(info: info, buildID: build)
        // Validators come from stat and the build id alone, so a 304 never reads the file.
        if validators.isFresh(for: request) { return HTTPResponse(status: 304, headers: validators.headers) }
        guard var body = Self.read(real) else { return .text(404, "404 Not Found") }
        if let build { body = LiveReloadScript.inject(into: body, buildID: build) }
        let headers =
            [("Content-Type", ContentType.forFile(named: name))] + validators.headers
            + [("X-Content-Type-Options", "nosniff")]
        return HTTPResponse(status: 200, headers: headers, body: .bytes(body))
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }
}

extension HTTPResponse {
    /// The answer to every path that would leave the site folder.
    static let forbidden = HTTPResponse.text(403, "403 Forbidden: this path is outside the site folder")
}
