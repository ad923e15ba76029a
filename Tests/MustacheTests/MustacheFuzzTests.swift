import Diagnostics
import Mustache
import TestSupport
import XCTest

/// Seeded mutants of a template family (a parent layout with blocks, a child page, partials) never crash or
/// hang parsing or strict rendering; every error is one well-formed line inside the template it names.
final class MustacheFuzzTests: XCTestCase {
    static let templates: [String: String] = [
        "base": """
        <!doctype html>
        <html lang="{{site.language}}">
        <head><title>{{$title}}{{page.title}} · {{site.title}}{{/title}}</title></head>
        <body>
        {{>sidebar}}
        <main>{{$main}}{{/main}}</main>
        {{! a comment }}
        </body>
        </html>

        """,
        "page": """
        {{<base}}
        {{$main}}
          <h1>{{page.title}}</h1>
          {{#page.has_toc}}
          <nav>{{#page.toc}}<a href="#{{id}}">{{text}}</a>{{/page.toc}}</nav>
          {{/page.has_toc}}
          {{{page.content}}}
          {{^next}}<p>The end.</p>{{/next}}{{#next}}<a href="{{url}}">{{title}}</a>{{/next}}
          {{=<% %>=}}<p><% page.title %></p><%={{ }}=%>
        {{/main}}
        {{/base}}

        """,
        "partials/sidebar": """
        <nav>
        {{#nav}}
          <a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a>
          {{#lessons}}{{>partials/item}}{{/lessons}}
        {{/nav}}
        </nav>

        """,
        "partials/item": "<a href=\"{{url}}\">{{&title}}</a>{{#children}}{{>item}}{{/children}}\n",
    ]

    static let context: MustacheValue = [
        "site": ["language": "en", "title": "Course"],
        "page": [
            "title": "A <lesson>", "has_toc": true, "content": "<p>Body</p>",
            "toc": [["id": "a", "text": "A"], ["id": "b", "text": "B"]],
        ],
        "nav": [["url": "t/", "title": "Track", "current": true, "lessons": [["url": "l/", "title": "L"]]]],
        "next": ["url": "n/", "title": "Next"],
    ]

    static let tokens = [
        "{{", "}}", "{{{", "}}}", "{{#", "{{/", "{{^", "{{>", "{{<", "{{$", "{{!", "{{&", "{{=", "=}}", "{{.}}",
        "{{#nav}}", "{{/nav}}", "{{>sidebar}}", "{{>page}}", "{{>base}}", "{{<page}}", "{{<base}}", "{{$main}}",
        "{{/main}}", "{{$title}}", "{{/title}}", "{{=<% %>=}}", "{{= | | =}}", "<%", "%>", "{{a.b.c}}", "{{ }}",
        "{{#lessons}}{{>item}}{{/lessons}}",
    ]

    func testMutatedTemplatesParseAndRenderOrFailInsideTheirFile() throws {
        // The unchanged family, parsed once; each case parses only the template it mutates.
        let parsed = Dictionary(
            uniqueKeysWithValues: Self.templates.compactMap { name, text in
                (try? Template(source: text, file: "templates/\(name).html")).map { (name, $0) }
            })
        XCTAssertEqual(parsed.count, Self.templates.count, "the unmutated templates parse")
        XCTAssertFalse(try TemplateLibrary(templates: parsed).render("page", context: Self.context).isEmpty)
        var cases = 0, rendered = 0
        for (n, name) in Self.templates.keys.sorted().enumerated() {
            var mutator = Mutator(seed: 0x3057_0000 + UInt64(n), tokens: Self.tokens)
            for k in 0..<300 * Mutator.scale {
                let source = mutator.mutate(Self.templates[name] ?? "", maximum: 3)
                if run(name, source, over: parsed, label: "\(name) case \(k)") { rendered += 1 }
                cases += 1
            }
        }
        XCTAssertEqual(cases, 1200 * Mutator.scale)
        XCTAssertGreaterThan(rendered, 0)
        XCTAssertLessThan(rendered, cases, "mutations should break some templates")
    }

    /// Parses the mutated template `name` and renders `page` in strict mode; true when it rendered.
    private func run(_ name: String, _ source: String, over parsed: [String: Template], label: String) -> Bool {
        let file = "templates/\(name).html"
        var files: [String: String] = [:]
        for (other, text) in Self.templates { files["templates/\(other).html"] = text }
        files[file] = source
        var printed: [String] = []
        var html: String?
        do {
            var templates = parsed
            templates[name] = try Template(source: source, file: file)
            html = try TemplateLibrary(templates: templates).render("page", context: Self.context)
        } catch {
            printed.append(error.description)
        }
        for line in printed {
            if let problem = DiagnosticOracle.problem(with: line, files: files) {
                XCTFail("\(label): \(problem): \(line)\n\(Mutator.literal(source))")
            }
            XCTAssertTrue(line.contains(": error: "), "\(label): \(line)")
        }
        return html != nil
    }

    // Found by the fuzzer (SITEGEN_FUZZ_SCALE=15): a lone carriage return ends a line for editors, cmark-gfm and
    // libyaml, but the template lexer counted on along the same line.
    func testALoneCarriageReturnStartsANewLineInPositions() {
        XCTAssertThrowsError(try Template(source: "<p>\r  {{#x}}\r\n", file: "templates/b.html")) {
            XCTAssertEqual("\($0)", "templates/b.html:2:3: error: unclosed section 'x'")
        }
        XCTAssertThrowsError(try Template(source: "a\r\nb {{/x}}", file: "templates/b.html")) {
            XCTAssertEqual("\($0)", "templates/b.html:2:3: error: closing tag 'x' has no open section")
        }
    }

    // Found by the fuzzer: a tag missing its '}}' swallowed the following lines into its name, and the
    // message echoed them, so one diagnostic printed as several lines.
    func testATagRunningPastItsLineIsUnclosedNotAMultiLineName() {
        let file = "templates/b.html"
        XCTAssertThrowsError(try Template(source: "<html lang=\"{{site.language}\">\n<body>{{x}}", file: file)) {
            XCTAssertEqual("\($0)", "\(file):1:13: error: unclosed tag; expected '}}' before the end of the line")
        }
        XCTAssertThrowsError(try Template(source: "{{=<% %>=}}\n<%a\r\nb%>", file: "templates/b.html")) {
            XCTAssertEqual("\($0)", "\(file):2:1: error: unclosed tag; expected '%>' before the end of the line")
        }
        XCTAssertThrowsError(try Template(source: "{{#a\u{0}}}{{/a\u{0}}}", file: "templates/b.html")) {
            XCTAssertEqual(
                "\($0)",
                "templates/b.html:1:1: error: invalid tag name 'a\u{FFFD}'; names cannot contain "
                    + "control characters")
        }
        XCTAssertThrowsError(try Template(source: "{{=a\nb c=}}", file: "templates/b.html")) {
            XCTAssertEqual(
                "\($0)",
                "templates/b.html:1:1: error: invalid delimiters 'a b c'; expected two delimiters "
                    + "separated by a space, like {{=<% %>=}}")
        }
    }
}
