import Diagnostics

/// Sorts scanned cmark nodes into the public values, with file positions, remembering each one's handle.
struct ScanCollector {
    var directives: [DirectiveBlock] = []
    var directiveHandles: [Int] = []
    var inlineValues: [InlineValue] = []
    var inlineValueHandles: [Int] = []
    /// Headings with an empty id, which `MarkdownDocument` assigns in document order.
    var headings: [(handle: Int, heading: Heading)] = []
    var links: [Link] = []
    var linkHandles: [Int] = []

    mutating func add(_ node: ScannedNode, map: inout SourceMap) {
        switch node.kind {
        case .fencedCode(let info, let body):
            guard let (name, arguments) = DirectiveBlock.parseInfo(info) else { return }
            let location = map.location(line: node.line, column: node.column)
            directives.append(
                DirectiveBlock(
                    name: name, arguments: arguments, body: body, location: location,
                    bodyFirstLine: location.line + 1, index: directives.count))
            directiveHandles.append(node.handle)
        case .codeSpan(let content):
            guard content.hasPrefix("=") else { return }
            let column = map.corrected(line: node.line, byteColumn: node.column, isStart: Self.isValueStart)
            inlineValues.append(
                InlineValue(
                    name: content.dropFirst().trimmingSpaces(), location: map.location(line: node.line, column: column),
                    index: inlineValues.count))
            inlineValueHandles.append(node.handle)
        case .heading(let level, let text):
            let location = map.location(line: node.line, column: node.column)
            headings.append((node.handle, Heading(level: level, text: text, id: "", location: location)))
        case .link(let destination, let text, let isImage):
            let column = map.corrected(line: node.line, byteColumn: node.column) { bytes, index in
                Self.isLinkStart(bytes, index, text: text, isImage: isImage)
            }
            links.append(
                Link(
                    destination: destination, location: map.location(line: node.line, column: column),
                    index: links.count, isImage: isImage))
            linkHandles.append(node.handle)
        }
    }

    /// An `=` that opens a code span's content: right after a backtick, or after the one space cmark strips.
    private static func isValueStart(_ bytes: ArraySlice<UInt8>, _ index: Int) -> Bool {
        let backtick = UInt8(ascii: "`")
        guard bytes[index] == UInt8(ascii: "="), index > bytes.startIndex else { return false }
        if bytes[index - 1] == backtick { return true }
        return bytes[index - 1] == UInt8(ascii: " ") && index - 1 > bytes.startIndex && bytes[index - 2] == backtick
    }

    /// `[` followed by the link's text (or by markup that may start it), `![` for an image, or the text itself,
    /// bare or after `<`, as autolinks are written. Strict enough that a search over a whole line finds the
    /// autolink rather than an earlier `[`.
    private static func isLinkStart(_ bytes: ArraySlice<UInt8>, _ index: Int, text: String, isImage: Bool) -> Bool {
        let rest = bytes[index...]
        if isImage { return rest.starts(with: "![".utf8) }
        let afterFirst = rest.dropFirst()
        if rest.first == UInt8(ascii: "[") {
            guard let next = afterFirst.first, let textStart = text.utf8.first else { return true }
            return next == textStart || "*_`~![<\\".utf8.contains(next)
        }
        guard !text.isEmpty else { return false }
        return rest.starts(with: text.utf8) || (rest.first == UInt8(ascii: "<") && afterFirst.starts(with: text.utf8))
    }
}
