import Foundation

/// The cache validators of one served file, and the check of a conditional request against them.
///
/// Every response says `Cache-Control: no-cache`: browsers keep the file but ask again each time,
/// and get a bodiless 304 while it is unchanged. The ETag is built from the size and the
/// modification time in nanoseconds. A page with the live-reload script depends on the build as
/// well, so its ETag also names the build and it has no Last-Modified (a date alone would let a
/// browser keep a page whose script names an old build, and reload it forever).
struct Validators {
    let etag: String
    let lastModified: Int?

    init(info: stat, buildID: String?) {
        let nanoseconds = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        let base = "\(info.st_size)-\(nanoseconds)"
        etag = "\"" + (buildID.map { "\(base)-\($0)" } ?? base) + "\""
        lastModified = buildID == nil ? Int(info.st_mtim.tv_sec) : nil
    }

    /// `ETag`, `Last-Modified` (when there is one) and `Cache-Control`.
    var headers: [(name: String, value: String)] {
        var headers = [("ETag", etag)]
        if let lastModified { headers.append(("Last-Modified", HTTPDate.format(lastModified))) }
        headers.append(("Cache-Control", "no-cache"))
        return headers
    }

    /// Whether the client's copy is current, so a 304 is the answer (RFC 9110 §13.2.2: when
    /// `If-None-Match` is present, `If-Modified-Since` is ignored).
    func isFresh(for request: HTTPRequest) -> Bool {
        if let tags = request.header("If-None-Match") {
            return tags.split(separator: ",").contains { tag in
                let trimmed = tag.trimmingCharacters(in: .whitespaces)
                return trimmed == "*" || Self.weakened(trimmed) == Self.weakened(etag)
            }
        }
        if let since = request.header("If-Modified-Since"), let date = HTTPDate.parse(since),
            let lastModified
        {
            return lastModified <= date
        }
        return false
    }

    /// Weak comparison (RFC 9110 §8.8.3.2): `W/"x"` matches `"x"`.
    private static func weakened(_ tag: String) -> String { tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag }
}
