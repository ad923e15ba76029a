/// A small reader of the HTML that sitegen itself writes: start tags with their attributes,
/// and the text of `<data class="num">` / `<tspan class="num">` elements. Not a general HTML parser.
struct HTMLScanner {
    /// One start tag.
    struct Tag {
        var name: String
        var attributes: [String: String]
        /// 1-based line of the tag in the file.
        var line: Int
        /// 1-based column of the tag's `<`, in Unicode scalars.
        var column: Int
        /// For number elements: the inner HTML up to the closing tag.
        var inner: String?
    }

    /// Every start tag in `html`, in order; comments and the insides of script/style are skipped.
    static func tags(in html: String) -> [Tag] {
        let s = Array(html.utf8)
        var tags: [Tag] = []
        var i = 0
        var line = 1
        while i < s.count {
            let c = s[i]
            if c == UInt8(ascii: "\n") { line += 1 }
            guard c == UInt8(ascii: "<") else { i += 1; continue }
            if starts(s, i, "<!--") {
                let end = find(s, from: i + 4, "-->") ?? s.count
                line += count(s, i, end)
                i = end + 3
                continue
            }
            guard i + 1 < s.count, isLetter(s[i + 1]) else { i += 1; continue }
            var j = i + 1
            while j < s.count, isNameByte(s[j]) { j += 1 }
            let name = String(decoding: s[(i + 1)..<j], as: UTF8.self).lowercased()
            var attributes: [String: String] = [:]
            let tagLine = line
            let tagColumn = column(of: i, in: s)
            while j < s.count, s[j] != UInt8(ascii: ">") {
                if s[j] == UInt8(ascii: "\n") { line += 1 }
                guard isNameByte(s[j]) else { j += 1; continue }
                let k = j
                while j < s.count, isNameByte(s[j]) { j += 1 }
                let key = String(decoding: s[k..<j], as: UTF8.self).lowercased()
                var value = ""
                if j < s.count, s[j] == UInt8(ascii: "=") {
                    j += 1
                    if j < s.count, s[j] == UInt8(ascii: "\"") || s[j] == UInt8(ascii: "'") {
                        let quote = s[j]
                        let start = j + 1
                        j = start
                        while j < s.count, s[j] != quote { j += 1 }
                        value = String(decoding: s[start..<min(j, s.count)], as: UTF8.self)
                        line += count(s, start, min(j, s.count))
                        j += 1
                    } else {
                        let start = j
                        while j < s.count, s[j] != UInt8(ascii: ">"), !isSpace(s[j]) { j += 1 }
                        value = String(decoding: s[start..<j], as: UTF8.self)
                    }
                }
                attributes[key] = unescape(value)
            }
            var tag = Tag(name: name, attributes: attributes, line: tagLine, column: tagColumn, inner: nil)
            i = j + 1
            if name == "script" || name == "style" {
                let end = find(s, from: i, "</\(name)") ?? s.count
                line += count(s, i, end)
                i = end
            } else if (name == "data" || name == "tspan"),
                attributes["class"]?.split(separator: " ").contains("num") == true
            {
                let end = find(s, from: i, "</\(name)>") ?? s.count
                tag.inner = String(decoding: s[min(i, end)..<end], as: UTF8.self)
            }
            tags.append(tag)
        }
        return tags
    }

    /// The column of byte `i`: scalars since the previous line break, plus one.
    private static func column(of i: Int, in s: [UInt8]) -> Int {
        var start = i
        while start > 0, s[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        return s[start..<i].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }  // skip UTF-8 continuation bytes
    }

    static func unescape(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "&")) else { return s }  // byte scan: Foundation's search is slow
        return s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    private static func starts(_ s: [UInt8], _ i: Int, _ prefix: String) -> Bool {
        matches(s, at: i, Array(prefix.utf8))
    }

    private static func find(_ s: [UInt8], from: Int, _ needle: String) -> Int? {
        let n = Array(needle.utf8)
        var i = from
        while i + n.count <= s.count {
            if matches(s, at: i, n) { return i }
            i += 1
        }
        return nil
    }

    /// Compares in place, without copying a slice at every position.
    private static func matches(_ s: [UInt8], at i: Int, _ n: [UInt8]) -> Bool {
        guard i + n.count <= s.count else { return false }
        for k in 0..<n.count where s[i + k] != n[k] { return false }
        return true
    }

    private static func count(_ s: [UInt8], _ from: Int, _ to: Int) -> Int {
        guard from < to else { return 0 }
        return s[from..<to].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }

    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }
    private static func isNameByte(_ c: UInt8) -> Bool {
        isLetter(c) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
            || c == UInt8(ascii: ":")
    }
}
