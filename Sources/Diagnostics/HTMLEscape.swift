/// The one HTML escaping that every stage writing markup shares (Markdown, Views, Site, and the
/// number elements of Chains). It lives in the bottom module so each stage reaches it without
/// depending on another stage. (Mustache keeps its own: the spec fixes what `{{x}}` escapes.)
public enum HTMLEscape {
    /// Escapes `&`, `<`, `>` and `"`: enough for text content and double-quoted attribute values.
    public static func text(_ text: String) -> String {
        // Most strings need nothing; a byte scan avoids rebuilding them.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else {
            return text
        }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
