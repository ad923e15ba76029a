/// Relative links between site URLs, so the site works under any base path.
enum RelativeURL {
    /// The prefix that leads from the page at `url` back to the site root: `./`, `../`, `../../`.
    static func root(from url: String) -> String {
        let depth = url.split(separator: "/").count
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }

    /// A relative link from the page at `from` to the page at `to` (both site-relative folder URLs).
    static func link(from: String, to: String) -> String {
        let a = from.split(separator: "/")
        let b = to.split(separator: "/")
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        let up = String(repeating: "../", count: a.count - common)
        let down = b[common...].map { $0 + "/" }.joined()
        let link = up + down
        return link.isEmpty ? "./" : link
    }

    /// Resolves a relative `path` against the folder `base` (both `/`-separated, no leading `/`);
    /// nil when it climbs above the root.
    static func resolve(_ path: String, against base: String) -> String? {
        var parts = base.split(separator: "/").map(String.init)
        for piece in path.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
            switch piece {
            case "", ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }
}
