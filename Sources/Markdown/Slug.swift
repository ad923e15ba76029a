/// GitHub-style heading ids: lowercase, punctuation dropped, spaces to `-`.
enum Slug {
    static func make(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                slug.append("-")
            } else if scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic
                || scalar.properties.numericType != nil || scalar.properties.generalCategory == .nonspacingMark
            {
                slug.unicodeScalars.append(scalar)
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}

/// Hands out unique ids: the second `intro` becomes `intro-1`, the third `intro-2`.
struct SlugRegistry {
    private var used: Set<String> = []

    mutating func unique(_ slug: String) -> String {
        var candidate = slug
        var n = 0
        while used.contains(candidate) {
            n += 1
            candidate = "\(slug)-\(n)"
        }
        used.insert(candidate)
        return candidate
    }
}

/// Astro Starlight's accessible heading markup: the heading, then a link whose hidden text names it.
enum HeadingAnchor {
    static let icon = "<svg width=\"16\" height=\"16\" viewBox=\"0 0 24 24\" fill=\"currentColor\" aria-hidden=\"true\">"
        + "<path d=\"m12.11 15.39-3.88 3.88a2.52 2.52 0 0 1-3.5 0 2.47 2.47 0 0 1 0-3.5l3.88-3.88a1 1 0 0 0-1.42-1.42"
        + "l-3.88 3.89a4.48 4.48 0 0 0 6.33 6.33l3.89-3.88a1 1 0 1 0-1.42-1.42Zm8.58-12.08a4.49 4.49 0 0 0-6.33 0"
        + "l-3.89 3.88a1 1 0 0 0 1.42 1.42l3.88-3.88a2.52 2.52 0 0 1 3.5 0 2.47 2.47 0 0 1 0 3.5l-3.88 3.88a1 1 0 1 0"
        + " 1.42 1.42l3.88-3.89a4.49 4.49 0 0 0 0-6.33ZM8.83 15.17a1 1 0 0 0 1.1.22 1 1 0 0 0 .32-.22l4.92-4.92a1 1 0"
        + " 0 0-1.42-1.42l-4.92 4.92a1 1 0 0 0 0 1.42Z\"/></svg>"

    /// `renderedHeading` is cmark's `<h2>…</h2>`; the id goes on the tag, h2–h4 get the anchor link.
    static func html(_ heading: Heading, renderedHeading: String) -> String {
        let tag = "<h\(heading.level)"
        var h = renderedHeading.trimmingCharacters(in: .newlines)
        if h.hasPrefix(tag) { h = tag + " id=\"\(escape(heading.id))\"" + h.dropFirst(tag.count) }
        guard (2...4).contains(heading.level) else { return h + "\n" }
        return "<div class=\"sl-heading-wrapper level-h\(heading.level)\">\(h)"
            + "<a class=\"sl-anchor-link\" href=\"#\(escape(heading.id))\">"
            + "<span aria-hidden=\"true\" class=\"sl-anchor-icon\">\(icon)</span>"
            + "<span class=\"sr-only\">Section titled “\(escape(heading.text))”</span></a></div>\n"
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
