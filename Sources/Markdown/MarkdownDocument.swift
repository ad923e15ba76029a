import Diagnostics

/// A Markdown page parsed by cmark-gfm, with the pieces sitegen fills in or checks:
/// directive blocks (`{chain}`, `{factors}`...), inline values (`` `=name` ``), headings and links.
public final class MarkdownDocument {
    private let cmark: CmarkDocument
    private let file: String
    private let firstLine: Int
    /// The source split into lines of bytes, to turn cmark's byte columns into character columns.
    private let lines: [[UInt8]]
    private var blockNodes: [CmarkDocument.Node] = []
    private var valueNodes: [CmarkDocument.Node] = []
    private var linkNodes: [CmarkDocument.Node] = []
    private var rendered: String?

    /// Fenced code blocks whose info string starts with `{name}`, in document order.
    public private(set) var directiveBlocks: [DirectiveBlock] = []
    /// Code spans whose content starts with `=`, in document order.
    public private(set) var inlineValues: [InlineValue] = []
    /// Links and images, in document order.
    public private(set) var links: [Link] = []

    /// Parses `text`, the page body, which starts on line `firstLine` of `file` (a project-relative path).
    /// `allowRawHTML` lets authors' raw HTML through; otherwise cmark-gfm filters it (safe mode).
    public init(text: String, file: String, firstLine: Int, allowRawHTML: Bool) {
        cmark = CmarkDocument(text: text, unsafe: allowRawHTML)
        self.file = file
        self.firstLine = firstLine
        lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        for node in cmark.nodes() {
            switch cmark.kind(node) {
            case .codeBlock:
                guard cmark.isFenced(node), let parsed = DirectiveBlock.parseInfo(cmark.fenceInfo(node)) else { continue }
                let at = location(of: node)
                directiveBlocks.append(DirectiveBlock(
                    name: parsed.name, arguments: parsed.arguments, body: cmark.literal(node), location: at,
                    bodyFirstLine: at.line + 1, index: blockNodes.count))
                blockNodes.append(node)
            case .code:
                let content = cmark.literal(node)
                guard content.hasPrefix("=") else { continue }
                let name = content.dropFirst().trimmingCharacters(in: .whitespaces)
                let at = location(of: node)
                inlineValues.append(InlineValue(
                    name: name, location: SourceLocation(file: file, line: at.line, column: at.column + 1),
                    index: valueNodes.count))
                valueNodes.append(node)
            case .link, .image:
                links.append(Link(destination: cmark.url(node), location: location(of: node), index: linkNodes.count,
                                  isImage: cmark.kind(node) == .image))
                linkNodes.append(node)
            default: continue
            }
        }
    }

    /// Headings h1–h6 in document order with unique ids (h2–h4 get anchor links when rendered).
    public var headings: [Heading] {
        var slugs = SlugRegistry()
        return cmark.nodes().filter { cmark.kind($0) == .heading }.map { node in
            let text = cmark.plainText(node)
            return Heading(level: cmark.headingLevel(node), text: text, id: slugs.unique(Slug.make(text)),
                           location: location(of: node))
        }
    }

    /// Puts `html` where a directive block was (verbatim, even in safe mode).
    public func replace(_ block: DirectiveBlock, withHTML html: String) {
        cmark.replace(blockNodes[block.index], html: html, inline: false)
    }

    /// Puts `html` where an inline value was (verbatim, even in safe mode).
    public func replace(_ value: InlineValue, withHTML html: String) {
        cmark.replace(valueNodes[value.index], html: html, inline: true, textForHeadings: HTMLStrip.text(html))
    }

    /// Points a link somewhere else (the site rewrites `lesson.md#x` to `../lesson/#x`).
    public func setDestination(of link: Link, to url: String) {
        cmark.setURL(linkNodes[link.index], url)
        links[link.index].destination = url
    }

    /// The page as HTML. Headings h2–h4 get ids and Starlight's accessible anchor link.
    public func render() -> String {
        if let rendered { return rendered }
        let headingNodes = cmark.nodes().filter { cmark.kind($0) == .heading }
        for (node, heading) in zip(headingNodes, headings) {
            let inner = cmark.renderNode(node)
            cmark.replace(node, html: HeadingAnchor.html(heading, renderedHeading: inner), inline: false)
        }
        let html = cmark.render()
        rendered = html
        return html
    }

    /// Turns cmark's 1-based byte column into a character column, and the line into a file line.
    private func location(of node: CmarkDocument.Node) -> SourceLocation {
        let (line, byteColumn) = cmark.start(node)
        var column = max(1, byteColumn)
        if line >= 1, line <= lines.count {
            let bytes = lines[line - 1].prefix(max(0, byteColumn - 1))
            column = String(decoding: bytes, as: UTF8.self).unicodeScalars.count + 1
        }
        return SourceLocation(file: file, line: firstLine + max(1, line) - 1, column: column)
    }
}
