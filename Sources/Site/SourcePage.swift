import Diagnostics

/// One Markdown file of `content/` and the place it takes in the built site.
public struct SourcePage: Sendable, Equatable {
    /// What role the page plays in the course.
    public enum Kind: String, Sendable {
        case home, track, lesson, page
    }

    /// Project-relative path, e.g. `content/track-11/cheatsheet.md`.
    public var source: String
    public var kind: Kind
    /// The track folder the page belongs to (`track-11`), nil for top-level pages.
    public var track: String?
    /// Site-relative URL: `""` for the home page, `track-11/`, `track-11/cheatsheet/`.
    public var url: String
    /// The file written under `site/`: `index.html`, `track-11/cheatsheet/index.html`.
    public var output: String
    public var front: FrontMatter

    /// The file name without `.md`, used to order pages that have no `order`.
    public var slug: String {
        let name = source.split(separator: "/").last.map(String.init) ?? source
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    /// The page's title.
    public var title: String { front.title }

    /// Where pages start, for messages about the whole page.
    public var start: SourceLocation { SourceLocation(file: source, line: 1, column: 1) }

    /// Maps a path under `content/` (`track-11/cheatsheet.md`) to its kind, track and URL.
    static func placement(ofContentPath relative: String) -> (kind: Kind, track: String?, url: String) {
        let parts = relative.split(separator: "/").map(String.init)
        let stem = String(parts[parts.count - 1].dropLast(3))
        if parts.count == 1 {
            return stem == "index" ? (.home, nil, "") : (.page, nil, "\(stem)/")
        }
        let track = parts[0]
        return stem == "index" ? (.track, track, "\(track)/") : (.lesson, track, "\(track)/\(stem)/")
    }

    /// The output file for a site-relative URL; `content/404.md` is written as `404.html`, where servers look.
    static func outputPath(forURL url: String, kind: Kind) -> String {
        kind == .page && url == SiteBuilder.notFoundURL ? "404.html" : url + "index.html"
    }

    /// True for the not-found page (`content/404.md` or the one the build supplies): it is served at any
    /// missing path, so its links start at `base_url`'s path instead of being relative.
    var isNotFound: Bool { kind == .page && url == SiteBuilder.notFoundURL }

    /// Reading order within a group: `order` first (pages without one come last), then file name.
    static func readingOrder(_ a: SourcePage, _ b: SourcePage) -> Bool {
        switch (a.front.order, b.front.order) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.slug < b.slug
        }
    }
}
