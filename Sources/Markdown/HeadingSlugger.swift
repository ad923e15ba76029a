/// GitHub-style heading ids, unique within one page.
///
/// `slug(_:)` lowercases, keeps letters, marks, digits, connector punctuation (`_`), `-` and spaces,
/// drops everything else, and turns each space into `-` (so `"a  b"` gives `"a--b"`); an empty
/// result becomes `section`. `unique(_:)` then appends `-1`, `-2`, ... to repeats, skipping ids that
/// are already taken, as github-slugger does.
struct HeadingSlugger {
    /// How many times each base slug has been handed out, and every id handed out (with count 0).
    private var occurrences: [String: Int] = [:]

    /// The id for a heading whose plain text is `text`, not equal to any id this slugger returned before.
    mutating func unique(_ text: String) -> String {
        let base = Self.slug(text)
        var result = base
        while occurrences[result] != nil {
            let count = (occurrences[base] ?? 0) + 1
            occurrences[base] = count
            result = "\(base)-\(count)"
        }
        occurrences[result] = 0
        return result
    }

    /// The slug of `text`, without deduplication.
    static func slug(_ text: String) -> String {
        var slug = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                slug.append("-")
            } else if isKept(scalar) {
                slug.append(scalar)
            }
        }
        return slug.isEmpty ? "section" : String(slug)
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark,
            .decimalNumber, .letterNumber, .otherNumber,
            .connectorPunctuation:
            return true
        default:
            return scalar == "-"
        }
    }
}
