import Diagnostics

/// One page's Markdown body, parsed by cmark-gfm, with the parts the site fills in found and positioned.
///
/// Parsing uses GitHub Flavored Markdown: tables, strikethrough, autolinks (bare URLs and `www.`), the tag
/// filter and task lists. Footnotes and smart punctuation are off (smart quotes would turn primes like
/// `a'` into ’). Headings get ids and Starlight-style anchor links as soon as the document is created.
///
/// The site's flow: read `directiveBlocks`, `inlineValues`, `headings`, `links`; call `replace` with the
/// computed HTML fragments and `setDestination` with rewritten URLs; then `render()`.
/// Values passed to `replace` and `setDestination` must come from this document; others are ignored.
public final class MarkdownDocument {
    private let cmark: CmarkDocument
    private let directiveHandles: [Int]
    private let inlineValueHandles: [Int]
    private let linkHandles: [Int]

    /// Fenced code blocks whose info string starts with `{name}`, in document order.
    public let directiveBlocks: [DirectiveBlock]
    /// Code spans whose content starts with `=`, in document order.
    public let inlineValues: [InlineValue]
    /// All headings, in document order, with the unique ids they have in `render()`'s output.
    public let headings: [Heading]
    /// Every link and image, in document order; `destination` follows `setDestination(of:to:)`.
    public private(set) var links: [Link]

    /// Parses a page body.
    /// - Parameters:
    ///   - text: the Markdown body (front matter already removed). NUL characters become U+FFFD, as in cmark.
    ///   - file: project-relative path, used in every `SourceLocation`.
    ///   - firstLine: the line of `file` where `text` starts, so positions are file positions.
    ///   - allowRawHTML: false (safe mode) replaces authors' raw HTML with `<!-- raw HTML omitted -->` and
    ///     unsafe link schemes (`javascript:` ...) with empty ones; true passes them through
    ///     (`CMARK_OPT_UNSAFE`). Fragments given to `replace` are emitted verbatim in both modes.
    public init(text: String, file: String, firstLine: Int = 1, allowRawHTML: Bool = false) {
        let text = Self.replacingNUL(in: text)
        var map = SourceMap(text: text, file: file, firstLine: firstLine)
        cmark = CmarkDocument(text: text, unsafeHTML: allowRawHTML)
        var found = ScanCollector()
        for node in cmark.scan() { found.add(node, map: &map) }
        directiveBlocks = found.directives
        directiveHandles = found.directiveHandles
        inlineValues = found.inlineValues
        inlineValueHandles = found.inlineValueHandles
        links = found.links
        linkHandles = found.linkHandles

        var slugger = HeadingSlugger()
        var headings: [Heading] = []
        for (handle, heading) in found.headings {
            var heading = heading
            heading.id = slugger.unique(heading.text)
            cmark.wrapChildren(
                of: handle, open: HeadingAnchor.open(level: heading.level, id: heading.id),
                close: HeadingAnchor.close(level: heading.level, id: heading.id, text: heading.text))
            headings.append(heading)
        }
        self.headings = headings
    }

    /// Replaces a directive block with an HTML fragment, emitted verbatim (also in safe mode).
    /// Replacing the same block again replaces the earlier fragment.
    public func replace(_ block: DirectiveBlock, withHTML html: String) {
        guard directiveHandles.indices.contains(block.index) else { return }
        cmark.replace(directiveHandles[block.index], withHTML: html, inline: false)
    }

    /// Replaces an inline value's code span with an HTML fragment, emitted verbatim (also in safe mode).
    public func replace(_ value: InlineValue, withHTML html: String) {
        guard inlineValueHandles.indices.contains(value.index) else { return }
        cmark.replace(inlineValueHandles[value.index], withHTML: html, inline: true)
    }

    /// Sets a link's (or image's) destination, e.g. `other.md#x` to `../other/#x`. The renderer escapes it
    /// and, in safe mode, drops unsafe schemes such as `javascript:`.
    public func setDestination(of link: Link, to url: String) {
        guard linkHandles.indices.contains(link.index) else { return }
        cmark.setURL(of: linkHandles[link.index], to: url)
        links[link.index].destination = url
    }

    /// The page body as HTML. Can be called more than once; each call reflects the replacements so far.
    public func render() -> String {
        cmark.renderHTML()
    }

    /// cmark turns NUL into U+FFFD while reading; doing it first keeps byte columns in step with the text.
    private static func replacingNUL(in text: String) -> String {
        guard text.utf8.contains(0) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.map { $0 == "\0" ? "\u{FFFD}" : $0 })
        return String(scalars)
    }
}
