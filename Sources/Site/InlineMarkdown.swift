import Markdown

/// Renders a short Markdown snippet (an author's factor meaning) to inline HTML.
enum InlineMarkdown {
    @Sendable static func render(_ text: String) -> String {
        let html = MarkdownDocument(text: text, file: "", firstLine: 1, allowRawHTML: false).render()
        var trimmed = Substring(html)
        while trimmed.last == "\n" { trimmed = trimmed.dropLast() }
        if trimmed.hasPrefix("<p>"), trimmed.hasSuffix("</p>"), trimmed.components(separatedBy: "<p>").count == 2 {
            trimmed = trimmed.dropFirst(3).dropLast(4)
        }
        return String(trimmed)
    }
}
