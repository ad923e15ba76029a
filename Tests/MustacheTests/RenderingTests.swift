import Foundation
import Mustache
import XCTest

/// Values, escaping and whitespace rules beyond the spec suite, and the choices the spec leaves open.
final class RenderingTests: XCTestCase {
    private func render(_ source: String, _ context: MustacheValue, partials: [String: String] = [:]) throws -> String {
        var templates: [String: Template] = [:]
        for (name, text) in partials { templates[name] = try Template(source: text, file: name) }
        return try Template(source: source, file: "test").render(context, partials: templates)
    }

    func testEscapesTheFiveHTMLSpecialCharacters() throws {
        XCTAssertEqual(try render("{{s}}", ["s": "a & b < c > d \" e ' f"]), "a &amp; b &lt; c &gt; d &quot; e &#39; f")
        XCTAssertEqual(try render("{{{s}}}|{{&s}}", ["s": "<b>&</b>"]), "<b>&</b>|<b>&</b>")
        XCTAssertEqual(try render("{{s}}", ["s": "plain, café"]), "plain, café")
    }

    func testNumbersPrintWholeOrShortest() throws {
        XCTAssertEqual(
            try render("{{a}} {{b}} {{c}} {{d}} {{e}}", ["a": 85, "b": 1.21, "c": -3, "d": 0.1, "e": 1e20]),
            "85 1.21 -3 0.1 1e+20")
    }

    func testJSONBooleansStayBooleansAndNumbersStayNumbers() throws {
        let text = #"{"t": true, "one": 1, "zero": 0, "x": 2.5, "n": null}"#
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8))
        XCTAssertEqual(
            MustacheValue(json: json),
            ["t": true, "one": 1, "zero": 0, "x": 2.5, "n": nil])
        XCTAssertEqual(MustacheValue(json: ["a", 2, false] as [Any]), ["a", 2, false])
    }

    func testFalseyValues() throws {
        let context: MustacheValue = ["empty": "", "zero": 0, "none": nil, "no": false, "list": [], "map": [:]]
        let source =
            "{{#empty}}E{{/empty}}{{#zero}}Z{{/zero}}{{#none}}N{{/none}}"
            + "{{#no}}F{{/no}}{{#list}}L{{/list}}{{#map}}M{{/map}}"
        // Only 0 and the empty dictionary are truthy: "" is falsey so `{{#description}}` guards optional text.
        XCTAssertEqual(try render(source, context), "ZM")
    }

    func testDottedNamesAndContextStack() throws {
        let context: MustacheValue = ["site": ["title": "Backprop"], "pages": [["title": "One"], ["title": "Two"]]]
        XCTAssertEqual(
            try render("{{#pages}}{{title}} of {{site.title}}; {{/pages}}", context),
            "One of Backprop; Two of Backprop; ")
        XCTAssertEqual(try render("{{#site}}{{.}}{{/site}}|{{#pages.0}}x{{/pages.0}}", context), "|")
    }

    func testStandalonePartialIndentsEveryLineButNotInterpolatedText() throws {
        let source = "<ul>\n  {{>item}}\n</ul>\n"
        let partials = ["item": "<li>\n{{{body}}}\n</li>\n"]
        XCTAssertEqual(
            try render(source, ["body": "a\nb"], partials: partials), "<ul>\n  <li>\n  a\nb\n  </li>\n</ul>\n")
    }

    func testNestedStandalonePartialsAddTheirIndentation() throws {
        let partials = ["outer": "<div>\n  {{>inner}}\n</div>\n", "inner": "<p>\n</p>\n"]
        XCTAssertEqual(try render("  {{>outer}}\n", [:], partials: partials), "  <div>\n    <p>\n    </p>\n  </div>\n")
    }

    func testBlankLinesInIndentedPartialsGetNoTrailingSpaces() throws {
        XCTAssertEqual(try render("  {{>p}}\n", [:], partials: ["p": "a\n\nb\n"]), "  a\n\n  b\n")
    }

    func testLayoutBlocksKeepTheirIndentationWherever() throws {
        let partials = ["layout": "<main>\n    {{$body}}\n    {{/body}}\n</main>\n"]
        let page = "{{<layout}}\n{{$body}}\n<h1>{{title}}</h1>\n<p>text</p>\n{{/body}}\n{{/layout}}\n"
        XCTAssertEqual(
            try render(page, ["title": "T"], partials: partials), "<main>\n    <h1>T</h1>\n    <p>text</p>\n</main>\n")
    }

    func testBlocksReachIntoPartialsOfTheParent() throws {
        let partials = ["layout": "<head>{{>head}}</head>", "head": "<title>{{$title}}Site{{/title}}</title>"]
        XCTAssertEqual(
            try render("{{<layout}}{{$title}}Page{{/title}}{{/layout}}", [:], partials: partials),
            "<head><title>Page</title></head>")
        XCTAssertEqual(
            try render("{{<layout}}{{/layout}}", [:], partials: partials), "<head><title>Site</title></head>")
    }

    func testCRLFTemplatesKeepTheirLineEnds() throws {
        XCTAssertEqual(
            try render("<ul>\r\n{{#xs}}\r\n<li>{{.}}</li>\r\n{{/xs}}\r\n</ul>", ["xs": [1, 2]]),
            "<ul>\r\n<li>1</li>\r\n<li>2</li>\r\n</ul>")
    }
}
