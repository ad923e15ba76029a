import Diagnostics

/// An inline code span whose content starts with `=`: a computed value in prose, e.g. `` `=dC/dw1` ``.
public struct InlineValue: Hashable, Sendable {
    /// The text after `=`, with spaces and tabs trimmed: `dC/dw1`, `worked:w1_new` (may be empty: the site
    /// reports that).
    public var name: String
    /// The position of the `=` itself: the first character of the span's content, after the opening
    /// backticks (and after the one space cmark strips from `` ` =x ` ``).
    public var location: SourceLocation
    /// This value's position in `MarkdownDocument.inlineValues`.
    public var index: Int

    /// Creates an inline value; `MarkdownDocument` makes these, tests compare against them.
    public init(name: String, location: SourceLocation, index: Int) {
        self.name = name
        self.location = location
        self.index = index
    }
}
