/// The standalone-line rule: a line holding only whitespace and tags that print nothing (sections,
/// comments, partials, parents, blocks, delimiter changes) is removed, whitespace and line end included.
///
/// Normally such a line holds one tag; parent and block tags may share a line (`{{<page}}{{$body}}`).
/// Every line that is kept starts with a `.lineStart` token, where an indented partial adds its
/// indentation. A standalone partial or parent keeps its line's whitespace as indentation.
enum StandaloneLines {
    /// `tokens` with standalone lines removed and `.lineStart` before every kept, non-empty line.
    static func apply(_ tokens: [Token]) -> [Token] {
        var lines: [[Token]] = [[]]
        for token in tokens {
            lines[lines.count - 1].append(token)
            if case .newline = token { lines.append([]) }
        }
        var result: [Token] = []
        result.reserveCapacity(tokens.count + lines.count)
        for (number, line) in lines.enumerated() where !line.isEmpty {
            guard var tags = standaloneTags(line) else {
                if case .newline = line[0] {} else { result.append(.lineStart) }
                result.append(contentsOf: line)
                continue
            }
            let indentation = leadingWhitespace(line)
            for position in tags.indices {
                tags[position].standalone = true
                tags[position].lineIndentation = indentation
                guard tags[position].kind == .block else { continue }
                // A block's content is indented like its first line, or like the tag when both ends share a line.
                let name = tags[position].name
                let closesHere = tags[(position + 1)...].contains {
                    $0.name == name && $0.kind == .close(closing: .block)
                }
                let next = number + 1 < lines.count ? leadingWhitespace(lines[number + 1]) : ""
                tags[position].contentIndentation = closesHere ? indentation : next
            }
            result.append(contentsOf: tags.map(Token.tag))
        }
        return result
    }

    /// The tags of `line` if it is standalone, else nil.
    private static func standaloneTags(_ line: [Token]) -> [Tag]? {
        var tags: [Tag] = []
        for token in line {
            switch token {
            case .tag(let tag):
                guard tag.kind.canStandAlone else { return nil }
                tags.append(tag)
            case .text:
                guard token.isBlank else { return nil }
            case .newline, .lineStart:
                break
            }
        }
        if tags.isEmpty { return nil }
        if tags.count > 1, !tags.allSatisfy(\.kind.isInheritanceOrSilent) { return nil }
        return tags
    }

    /// The spaces and tabs at the start of `line`.
    private static func leadingWhitespace(_ line: [Token]) -> String {
        guard case .text(let text)? = line.first else { return "" }
        return String(text.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.map { Character($0) })
    }
}
