import Chains
import Diagnostics

/// Finds numbers typed in a page's prose that equal a value the engine computes on that page:
/// they go stale when the chain changes, so the author should write `` `=name` `` instead.
enum TypedNumbers {
    static func warnings(project: Project, chains: [CompiledChain]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for page in project.pages {
            let pageChains = chains.filter { $0.page == page.source }
            guard !pageChains.isEmpty else { continue }
            // Display text -> the first quantity (by sorted name) that shows as it.
            var names: [String: String] = [:]
            for chain in pageChains {
                for name in chain.computed.quantities.keys.sorted() {
                    guard let v = chain.computed.quantities[name] else { continue }
                    let shown = NumberFormat.text(v, precision: chain.precision)
                    if names[shown] == nil { names[shown] = chain.computed.ref(name) }
                }
            }
            for token in prose(page.front.body) {
                guard let ref = names[token.text] else { continue }
                let at = SourceLocation(
                    file: page.source, line: page.front.bodyFirstLine + token.line,
                    column: token.column)
                found.append(
                    .warning(
                        "typed number '\(token.text)' equals the computed \(ref); write `=\(ref)` so it stays current",
                        at: at))
            }
        }
        return found
    }

    struct Token {
        var text: String
        var line: Int
        var column: Int
    }

    /// Numbers in prose: outside fenced and indented code blocks, code spans, link destinations and HTML
    /// tags; not ordered-list markers (`1.`), not glued to letters (`w1`, `track-07` are names, not numbers).
    /// Minus signs become U+2212.
    static func prose(_ body: String) -> [Token] {
        var tokens: [Token] = []
        var inFence = false
        var blocks = BlockTracker()
        for (lineIndex, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence || blocks.isCode(line) { continue }
            let chars = Array(line.unicodeScalars)
            var i = listMarkerEnd(chars)
            var inCode = false
            var inTag = false
            var inDestination = false
            while i < chars.count {
                let c = chars[i]
                if c == "`" { inCode.toggle() }
                if c == "<" { inTag = true }
                if c == ">" { inTag = false }
                if c == "(", i > 0, chars[i - 1] == "]" { inDestination = true }
                if c == ")" { inDestination = false }
                let startsNumber = c.properties.numericType != nil && c.isASCII
                let glued =
                    i > 0
                    && (isWordScalar(chars[i - 1]) || "_./#".unicodeScalars.contains(chars[i - 1])
                        || (chars[i - 1] == "-" && i > 1 && isWordScalar(chars[i - 2])))
                guard startsNumber, !glued, !inCode, !inTag, !inDestination else {
                    i += 1
                    continue
                }
                var j = i
                while j < chars.count, chars[j].isASCII,
                    chars[j].properties.numericType != nil
                        || (chars[j] == "." && j + 1 < chars.count && chars[j + 1].properties.numericType != nil)
                { j += 1 }
                let followedByLetter =
                    j < chars.count && (chars[j].properties.isAlphabetic || chars[j] == "-" || chars[j] == "_")
                if !followedByLetter {
                    var text = String(String.UnicodeScalarView(chars[i..<j]))
                    let negative =
                        i > 0 && (chars[i - 1] == "−" || (chars[i - 1] == "-" && (i < 2 || chars[i - 2] == " ")))
                    if negative { text = "−" + text }
                    tokens.append(Token(text: text, line: lineIndex, column: negative ? i : i + 1))
                }
                i = j
            }
        }
        return tokens
    }

    /// Where the text after an ordered-list marker (`1.`, `12)` after indentation or `>`) starts; else 0.
    static func listMarkerEnd(_ chars: [Unicode.Scalar]) -> Int {
        var i = 0
        while i < chars.count, chars[i] == " " || chars[i] == "\t" || chars[i] == ">" { i += 1 }
        let digits = i
        while i < chars.count, i - digits < 9, chars[i].isASCII, chars[i].properties.numericType != nil { i += 1 }
        guard i > digits, i < chars.count, chars[i] == "." || chars[i] == ")" else { return 0 }
        return i + 1 == chars.count || chars[i + 1] == " " || chars[i + 1] == "\t" ? i + 1 : 0
    }

    /// Follows lines well enough to tell indented code blocks (4 spaces or a tab, after a blank line,
    /// outside lists) from list continuations, which CommonMark also indents.
    struct BlockTracker {
        private var previousBlank = true
        private var inList = false
        private var inCode = false

        /// True when `line` belongs to an indented code block.
        mutating func isCode(_ line: Substring) -> Bool {
            var indent = 0
            for c in line {
                if c == " " { indent += 1 } else if c == "\t" { indent += 4 - indent % 4 } else { break }
            }
            let text = line.drop { $0 == " " || $0 == "\t" }
            if text.isEmpty {
                previousBlank = true
                return inCode
            }
            defer { previousBlank = false }
            if indent >= 4, inCode || (previousBlank && !inList) {
                inCode = true
                return true
            }
            inCode = false
            guard indent < 4 else { return false }
            let chars = Array(text.unicodeScalars)
            let bullet = chars.count > 1 && "-*+".unicodeScalars.contains(chars[0]) && chars[1] == " "
            if bullet || TypedNumbers.listMarkerEnd(chars) > 0 {
                inList = true
            } else if previousBlank {
                inList = false
            }
            return false
        }
    }

    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil
    }
}
