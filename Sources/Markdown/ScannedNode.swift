/// A node that `CmarkDocument.scan()` reported, as plain Swift values: what it is and where cmark says it starts.
struct ScannedNode: Hashable, Sendable {
    /// What the node is, with the values the rest of the module needs.
    enum Kind: Hashable, Sendable {
        /// A fenced code block: its info string (leading spaces already stripped by cmark) and its literal body.
        case fencedCode(info: String, body: String)
        /// An inline code span's content, after cmark stripped one space from each end.
        case codeSpan(content: String)
        /// A heading (ATX or setext) and its plain text.
        case heading(level: Int, text: String)
        /// A link (or an image) with its destination and its plain text (an image's alt text).
        case link(destination: String, text: String, isImage: Bool)
    }

    /// Addresses the node in later `CmarkDocument` calls.
    var handle: Int
    var kind: Kind
    /// 1-based line within the Markdown text.
    var line: Int
    /// 1-based column in UTF-8 bytes, as cmark counts; for a code span, the first byte of its content.
    var column: Int
}
