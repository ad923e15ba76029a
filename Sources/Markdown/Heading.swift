import Diagnostics

/// A heading of the page with the id it got in the rendered HTML.
public struct Heading: Hashable, Sendable {
    /// 1 for `#` ... 6 for `######` (setext headings: 1 for `===`, 2 for `---`).
    public var level: Int
    /// The plain text a reader sees: text and code-span content, line breaks as spaces, raw HTML left out.
    /// Not escaped. Inline values appear as written (`=C`), since ids must not depend on computed numbers.
    public var text: String
    /// The element's `id`, unique within the page: a GitHub-style slug of `text`, `-1`, `-2` ... on repeats.
    public var id: String
    /// The first character of the heading's line (the `#`, or the text of a setext heading).
    public var location: SourceLocation

    /// Creates a heading; `MarkdownDocument` makes these, tests compare against them.
    public init(level: Int, text: String, id: String, location: SourceLocation) {
        self.level = level
        self.text = text
        self.id = id
        self.location = location
    }
}
