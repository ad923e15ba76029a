import Diagnostics
import Mustache
import XCTest

/// Every template error, asserted as the exact line `sitegen` prints.
final class DiagnosticTests: XCTestCase {
    /// The printed diagnostic for parsing `source` as `templates/page.html`, or a failure if it parses.
    private func parseError(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try Template(source: source, file: "templates/page.html")
            XCTFail("expected a parse error", file: file, line: line)
            return ""
        } catch {
            return error.description
        }
    }

    func testUnclosedSectionIsReportedAtItsOpeningTag() {
        let source = String(repeating: "text\n", count: 11) + "    {{#items}}\n<li>{{name}}</li>\n"
        XCTAssertEqual(parseError(source), "templates/page.html:12:5: error: unclosed section 'items'")
    }

    func testColumnsCountUnicodeScalars() {
        XCTAssertEqual(parseError("héllo {{^x}}"), "templates/page.html:1:7: error: unclosed section 'x'")
    }

    func testMismatchedClosingTag() {
        XCTAssertEqual(
            parseError("{{#a}}\n  {{/b}}\n"),
            "templates/page.html:2:3: error: closing tag 'b' does not match open section 'a'")
        XCTAssertEqual(
            parseError("{{$a}}{{/b}}"), "templates/page.html:1:7: error: closing tag 'b' does not match open block 'a'")
    }

    func testClosingTagWithoutOpenSection() {
        XCTAssertEqual(parseError("text {{/a}}"), "templates/page.html:1:6: error: closing tag 'a' has no open section")
    }

    func testUnclosedTag() {
        XCTAssertEqual(
            parseError("<p>{{title</p>\n"),
            "templates/page.html:1:4: error: unclosed tag; expected '}}' before the end of the file")
        XCTAssertEqual(
            parseError("{{{body}}"),
            "templates/page.html:1:1: error: unclosed tag; expected '}}}' before the end of the file")
        XCTAssertEqual(
            parseError("{{=<% %>=}}\n<%name}}"),
            "templates/page.html:2:1: error: unclosed tag; expected '%>' before the end of the file")
    }

    func testBadDelimiters() {
        let hint = "expected two delimiters separated by a space, like {{=<% %>=}}"
        XCTAssertEqual(parseError("a\n{{=<%=}}"), "templates/page.html:2:1: error: invalid delimiters '<%'; \(hint)")
        XCTAssertEqual(parseError("{{=<= =>=}}"), "templates/page.html:1:1: error: invalid delimiters '<= =>'; \(hint)")
        XCTAssertEqual(parseError("{{=a b c=}}"), "templates/page.html:1:1: error: invalid delimiters 'a b c'; \(hint)")
    }

    func testBadTagNames() {
        XCTAssertEqual(parseError("x {{ }}"), "templates/page.html:1:3: error: empty tag name")
        XCTAssertEqual(parseError("{{#}}{{/}}"), "templates/page.html:1:1: error: empty tag name")
        XCTAssertEqual(
            parseError("{{first name}}"),
            "templates/page.html:1:1: error: invalid tag name 'first name'; names cannot contain spaces")
    }

    func testUnclosedParentAndBlock() {
        XCTAssertEqual(
            parseError("{{<base}}\n{{$body}}x{{/body}}\n"), "templates/page.html:1:1: error: unclosed parent 'base'")
        XCTAssertEqual(parseError("a\n {{$title}}x"), "templates/page.html:2:2: error: unclosed block 'title'")
    }

    func testAbsurdNestingIsAnError() {
        let source = String(repeating: "{{#a}}", count: 200) + "{{#deep}}"
        XCTAssertEqual(
            parseError(source), "templates/page.html:1:1201: error: sections nested more than 200 levels deep")
    }

    func testStrictModeReportsAMissingPartialAtItsTag() throws {
        let page = try Template(source: "<main>\n{{>header}}\n{{>sidebar}}\n</main>\n", file: "templates/page.html")
        let partials = ["header": try Template(source: "<header>\n", file: "templates/header.html")]
        XCTAssertThrowsError(try page.render([:], partials: partials, mode: .strict)) { error in
            XCTAssertEqual("\(error)", "templates/page.html:3:1: error: missing partial 'sidebar'")
        }
        // The spec's own rule: a missing partial renders as nothing.
        XCTAssertEqual(try page.render([:], partials: partials), "<main>\n<header>\n</main>\n")
    }

    func testStrictModeReportsAMissingParent() throws {
        let page = try Template(source: "x\n  {{<layout}}{{$a}}{{/a}}{{/layout}}\n", file: "templates/page.html")
        XCTAssertThrowsError(try page.render([:], mode: .strict)) { error in
            XCTAssertEqual("\(error)", "templates/page.html:2:3: error: missing parent 'layout'")
        }
        XCTAssertEqual(try page.render([:]), "x\n")
    }

    func testStrictModeReportsADynamicNameThatIsNotAString() throws {
        let page = try Template(source: "{{>*which}}", file: "templates/page.html")
        XCTAssertThrowsError(try page.render(["which": 3.5], mode: .strict)) { error in
            XCTAssertEqual("\(error)", "templates/page.html:1:1: error: missing partial '3.5'")
        }
        XCTAssertThrowsError(try page.render([:], mode: .strict)) { error in
            XCTAssertEqual("\(error)", "templates/page.html:1:1: error: dynamic partial name 'which' is not a string")
        }
    }

    func testEndlessPartialRecursionIsAnErrorNotACrash() throws {
        let node = try Template(source: "<li>{{>node}}</li>", file: "templates/partials/node.html")
        let page = try Template(source: "<ul>{{>node}}</ul>", file: "templates/page.html")
        XCTAssertThrowsError(try page.render([:], partials: ["node": node])) { error in
            XCTAssertEqual(
                "\(error)",
                "templates/partials/node.html:1:5: error: 'node' is nested more than 100 levels deep; "
                    + "does a partial include itself without a section that ends the recursion?")
        }
    }

    func testEndlessParentRecursionIsAnErrorNotACrash() throws {
        let loop = try Template(source: "{{<loop}}{{/loop}}", file: "templates/loop.html")
        XCTAssertThrowsError(try loop.render([:], partials: ["loop": loop])) { error in
            XCTAssertTrue("\(error)".hasPrefix("templates/loop.html:1:1: error: 'loop' is nested more than 100"))
        }
    }
}
