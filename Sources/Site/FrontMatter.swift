import Diagnostics
import YAML

/// A page's YAML header between `---` lines, and where the Markdown body starts.
public struct FrontMatter: Sendable, Equatable {
    public var title: String
    public var description: String?
    public var order: Double?
    public var draft = false
    /// The file line on which the Markdown body starts.
    public var bodyFirstLine: Int
    /// The Markdown after the front matter.
    public var body: String

    /// The keys a page may set.
    public static let keys = ["title", "description", "order", "draft"]

    /// Splits `text` into front matter and body and reads the front matter.
    /// Errors (unclosed header, YAML errors, missing title) are reported to `sink`; nil when unusable.
    public static func parse(_ text: String, file: String, sink: inout DiagnosticSink) -> FrontMatter? {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ trimmed($0) == "---" }) == true else {
            sink.report(.error("missing front matter: a page starts with '---', a 'title:' line and '---'", at: start))
            return nil
        }
        guard let close = lines.indices.dropFirst().first(where: { trimmed(lines[$0]) == "---" }) else {
            sink.report(.error("front matter starts here but is never closed with a '---' line", at: start))
            return nil
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        let root: YAMLNode?
        do { root = try YAMLParser.parse(yaml, file: file, firstLine: 2) } catch {
            sink.report(error)
            return nil
        }
        // A lone \r inside the header ends a line for cmark-gfm and libyaml too, so the body starts that much lower.
        // (A \r that ends a line here is the first half of \r\n.)
        let loneReturns = lines[...close].reduce(0) { count, line in
            count + Array(line.unicodeScalars).dropLast().filter { $0 == "\r" }.count
        }
        var page = FrontMatter(title: "", bodyFirstLine: close + 2 + loneReturns, body: body)
        var sawTitle = false
        if let root, root.pairs == nil, !root.isNull {
            sink.report(.error("front matter must be a map of keys, found \(root.kindName)", at: root.location))
            return nil
        }
        for pair in root?.pairs ?? [] {
            let value = pair.value
            switch pair.name {
            case "title":
                if let s = value.string, !value.isNull, !s.isEmpty {
                    page.title = s
                    sawTitle = true
                } else {
                    sink.report(.error("title must be text, found \(value.kindName)", at: value.location))
                    return nil
                }
            case "description":
                if let s = value.string, !value.isNull {
                    page.description = s
                } else {
                    sink.report(.error("description must be text, found \(value.kindName)", at: value.location))
                }
            case "order":
                if let n = value.number, n.isFinite {
                    page.order = n
                } else if value.number != nil {
                    let text = YAMLNode.quoted(value.string ?? "")
                    sink.report(.error("order must be a finite number, found '\(text)'", at: value.location))
                } else {
                    sink.report(.error("order must be a number, found \(value.kindName)", at: value.location))
                }
            case "draft":
                if let b = value.bool {
                    page.draft = b
                } else {
                    sink.report(.error("draft must be true or false, found \(value.kindName)", at: value.location))
                }
            default:
                sink.report(
                    .warning(
                        "unknown front matter key '\(pair.name)'\(Suggestions.didYouMean(pair.name, in: keys))",
                        at: pair.key.location))
            }
        }
        guard sawTitle else {
            sink.report(.error("front matter has no 'title'", at: start))
            return nil
        }
        return page
    }

    private static func trimmed(_ line: Substring) -> Substring {
        var line = line
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line = line.dropLast() }
        return line
    }
}
