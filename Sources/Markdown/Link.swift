import Diagnostics

/// A link or image of the page: inline, reference-style, `<autolink>` or a GFM bare URL.
public struct Link: Hashable, Sendable {
    /// The destination as cmark resolved it (reference definitions applied, entities and escapes decoded),
    /// or as set by `MarkdownDocument.setDestination(of:to:)`.
    public var destination: String
    /// The link's first character: `[`, `<`, the first letter of a bare URL, or an image's `!`.
    public var location: SourceLocation
    /// This link's position in `MarkdownDocument.links`.
    public var index: Int
    /// True for `![alt](src)`.
    public var isImage: Bool

    /// Creates a link; `MarkdownDocument` makes these, tests compare against them.
    public init(destination: String, location: SourceLocation, index: Int, isImage: Bool) {
        self.destination = destination
        self.location = location
        self.index = index
        self.isImage = isImage
    }
}
