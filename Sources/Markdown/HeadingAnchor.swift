import Diagnostics

/// The markup around a heading: Astro Starlight's accessible anchor-link pattern.
///
/// ```html
/// <div class="sl-heading-wrapper level-h2"><h2 id="x">…</h2><a class="sl-anchor-link" href="#x">
/// <span aria-hidden="true" class="sl-anchor-icon"><svg …></svg></span>
/// <span class="sr-only">Section titled “Heading text”</span></a></div>
/// ```
/// (on one line). The icon is hidden from assistive technology; screen readers announce the
/// visually hidden label instead of "link, link".
enum HeadingAnchor {
    /// A chain-link icon, 16 px, drawn with the current text colour.
    static let icon =
        "<svg width=\"16\" height=\"16\" viewBox=\"0 0 24 24\" fill=\"none\" stroke=\"currentcolor\" "
        + "stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\">"
        + "<path d=\"M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1\"></path>"
        + "<path d=\"M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1\"></path></svg>"

    /// What goes before the heading's inline content.
    static func open(level: Int, id: String) -> String {
        "<div class=\"sl-heading-wrapper level-h\(level)\"><h\(level) id=\"\(HTMLEscape.text(id))\">"
    }

    /// What goes after the heading's inline content; `text` is the heading's plain text.
    static func close(level: Int, id: String, text: String) -> String {
        "</h\(level)><a class=\"sl-anchor-link\" href=\"#\(HTMLEscape.text(id))\">"
            + "<span aria-hidden=\"true\" class=\"sl-anchor-icon\">\(icon)</span>"
            + "<span class=\"sr-only\">Section titled “\(HTMLEscape.text(text))”</span></a></div>"
    }
}
