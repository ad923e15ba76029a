import Chains
import Diagnostics
import Views
import XCTest
import YAML

/// Stands in for cmark in tests: escapes the Markdown instead of rendering it.
func escapeMarkdown(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;")
}

/// The fence line used by the test blocks.
let blockLocation = SourceLocation(file: "content/track-11/cheatsheet.md", line: 30, column: 1)

/// Renders `{kind} argument` with an optional YAML body on `chain` at 4 significant digits.
func render(
    _ kind: String, _ argument: String? = nil, options yaml: String? = nil, chain: ComputedChain,
    precision: Int = 4, markdown: (String) -> String = escapeMarkdown
) throws -> String {
    let options = try yaml.flatMap { text throws -> YAMLNode? in
        try YAMLParser.parse(text, file: blockLocation.file, firstLine: blockLocation.line + 1)
    }
    let request = ViewRequest(kind: kind, argument: argument, options: options, location: blockLocation)
    return try ViewRenderer.render(request, chain: chain, precision: precision, markdown: markdown)
}

/// The diagnostic line `render` throws, or a failure when it succeeds.
func renderError(
    _ kind: String, _ argument: String? = nil, options yaml: String? = nil, chain: ComputedChain,
    file: StaticString = #filePath, line: UInt = #line
) -> String {
    do {
        _ = try render(kind, argument, options: yaml, chain: chain)
        XCTFail("expected an error", file: file, line: line)
        return ""
    } catch {
        return "\(error)"
    }
}

/// The first element `<tag class="cls"...>...</tag>` in `html`, for exact assertions on one line of a view.
func element(_ tag: String, class cls: String, in html: String) -> String? {
    guard let start = html.range(of: "<\(tag) class=\"\(cls)\"") else { return nil }
    guard let end = html.range(of: "</\(tag)>", range: start.upperBound..<html.endIndex) else { return nil }
    return String(html[start.lowerBound..<end.upperBound])
}

/// Every `<data>` element in `html` as (value, ref, text).
func dataElements(_ html: String) -> [(value: String, ref: String, text: String)] {
    var found: [(String, String, String)] = []
    var rest = html[...]
    while let open = rest.range(of: "<data class=\"num\" value=\"") {
        let afterValue = rest[open.upperBound...]
        guard let q1 = afterValue.firstIndex(of: "\"") else { break }
        let value = String(afterValue[..<q1])
        let refStart = afterValue[q1...].range(of: "data-ref=\"")!.upperBound
        let q2 = afterValue[refStart...].firstIndex(of: "\"")!
        let ref = String(afterValue[refStart..<q2])
        let textStart = afterValue.index(q2, offsetBy: 2)
        let close = afterValue[textStart...].range(of: "</data>")!
        found.append((value, ref, String(afterValue[textStart..<close.lowerBound])))
        rest = afterValue[close.upperBound...]
    }
    return found
}
