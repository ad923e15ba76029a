import Diagnostics
import TestSupport
import XCTest
import YAML

/// Seeded mutants of real YAML (site settings, front matter, chain bodies) never crash the parser; each is
/// either a tree whose every node lies inside the file, or one well-formed diagnostic inside the file.
final class YAMLFuzzTests: XCTestCase {
    static let seeds: [String] = [
        "title: Backprop, by hand\nbase_url: https://example.org/course/\nlanguage: en\nprecision: 4\n"
            + "raw_html: false\n",
        "title: \"The chain rule\"\ndescription: Rates multiply.\norder: 1\ndraft: false\n",
        "input: 1\nweights: [2, 3, 0.5]\ntarget: 2\nlearning_rate: 0.01\nexpect:\n  a1: 2\n  dC/dw1: 3\n"
            + "meanings:\n  dC/da3: \"The output's **desire**: which way to move.\"\n",
        "input: [1, 0.5]\nlayers:\n  - w: [[0.1, 0.2], [0.3, 0.4]]\n    b: [0, 0]\n    activation: sigmoid\n"
            + "  - w: [1, -1]\n    b: 0.5\ntarget: 1\ncost: half_squared\nsteps: 3\n",
        "list:\n  - |\n    literal text\n    on two lines\n  - >\n    folded\n  - 'single ''quoted'''\n"
            + "nested: {a: [1, {b: 2}], c: ~}\n",
    ]

    /// Standalone files: positions are the file's own lines and columns.
    func testMutatedYAMLFilesParseOrFailInsideTheFile() {
        var cases = 0
        for (n, seed) in Self.seeds.enumerated() {
            var mutator = Mutator(seed: 0x59A4_0000 + UInt64(n))
            for k in 0..<200 * Mutator.scale {
                let text = mutator.mutate(seed)
                check(text, in: text, firstLine: 1, columnOffset: 0, label: "seed \(n) case \(k)")
                cases += 1
            }
        }
        XCTAssertEqual(cases, 1000 * Mutator.scale)
    }

    /// Bodies of a `{chain}` fence inside a list item: the YAML starts on line 3, indented by two columns.
    func testMutatedIndentedBodiesReportPositionsInTheMarkdownFile() {
        for (n, seed) in Self.seeds.enumerated() {
            var mutator = Mutator(seed: 0x59A4_1000 + UInt64(n))
            for k in 0..<100 * Mutator.scale {
                let body = mutator.mutate(seed)
                let indented = DiagnosticOracle.lineTexts(of: body).map { "  " + $0 }.joined(separator: "\n")
                let file = "- step\n  ```{chain}\n" + indented + "\n  ```\n"
                check(body, in: file, firstLine: 3, columnOffset: 2, label: "indented seed \(n) case \(k)")
            }
        }
    }

    // Found by the fuzzer: libyaml counts U+2028, U+2029 and U+0085 as line breaks, which neither cmark-gfm
    // nor editors do, so every position below one of them was a line too low.
    func testUnicodeLineSeparatorsDoNotShiftLaterPositions() throws {
        let root = try XCTUnwrap(YAMLParser.parse("a: \"é\u{2028}y\"\nb: [1, 2]\nc: 3 \u{85}\u{2029}\n", file: "f"))
        XCTAssertEqual(root["b"]?.location, SourceLocation(file: "f", line: 2, column: 4))
        XCTAssertEqual(root["c"]?.location, SourceLocation(file: "f", line: 3, column: 4))
        XCTAssertEqual(root["b"]?.items?[1].location, SourceLocation(file: "f", line: 2, column: 8))
        let marked = try XCTUnwrap(YAMLParser.parse("\u{FEFF}a: 1\nb: [1, 2]\n", file: "f"))
        XCTAssertEqual(marked["a"]?.location, SourceLocation(file: "f", line: 1, column: 5), "the mark is column 1")
        XCTAssertEqual(marked["b"]?.items?[1].location, SourceLocation(file: "f", line: 2, column: 8))
        XCTAssertThrowsError(try YAMLParser.parse("a: \"x\u{2028}y\"\nb: [1,\n", file: "content/t.md", firstLine: 7)) {
            XCTAssertEqual(
                "\($0)",
                "content/t.md:9:1: error: YAML syntax error: did not find expected node content "
                    + "while parsing a flow node")
        }
    }

    // Found by the fuzzer: at the end of a text without a final line break, libyaml moves its position to a
    // line after the last one; the error now points just after the last character.
    func testErrorsAtTheEndOfATextWithoutFinalNewlineStayOnItsLastLine() {
        XCTAssertThrowsError(try YAMLParser.parse("title: x\nnested: {a: 1", file: "content/site.yaml")) {
            XCTAssertEqual(
                "\($0)",
                "content/site.yaml:2:14: error: YAML syntax error: did not find expected ',' or "
                    + "'}' while parsing a flow mapping")
        }
        XCTAssertThrowsError(try YAMLParser.parse("a: 1\n!!str ", file: "content/site.yaml")) {
            XCTAssertEqual(
                "\($0)",
                "content/site.yaml:2:7: error: YAML syntax error: could not find expected ':' "
                    + "while scanning a simple key")
        }
    }

    // Found by the fuzzer: messages quote a scalar through `kindName`, and a scalar can span lines (an unclosed
    // fence makes the next paragraph a chain body) or hold a whole paragraph.
    func testKindNameQuotesAScalarOnOneShortLine() throws {
        let text = "a: \"x\\ny\\0z\"\nb: |\n  one\n  two\nc: " + String(repeating: "long ", count: 20)
        let root = try XCTUnwrap(YAMLParser.parse(text, file: "f"))
        XCTAssertEqual(root["a"]?.kindName, "'x y\u{FFFD}z'")
        XCTAssertEqual(root["b"]?.kindName, "'one two'")
        XCTAssertEqual(root["c"]?.kindName, "'long long long long long long long long…'")
    }

    private func check(_ text: String, in file: String, firstLine: Int, columnOffset: Int, label: String) {
        let path = "content/t.md"
        do {
            guard let root = try YAMLParser.parse(text, file: path, firstLine: firstLine, columnOffset: columnOffset)
            else { return }
            visit(root) { node in
                let printed = Diagnostic.warning("node", at: node.location).description
                if let problem = DiagnosticOracle.problem(with: printed, files: [path: file]) {
                    XCTFail("\(label): \(node.kindName) at \(node.location): \(problem)\n\(Mutator.literal(text))")
                }
                // Reading every facet of every node must not trap on odd scalars (1e400, .nan, 0x1F, NUL).
                _ = (node.string, node.number, node.bool, node.isNull, node.kindName, node.pairs?.map(\.name))
            }
        } catch {
            if let problem = DiagnosticOracle.problem(with: error.description, files: [path: file]) {
                XCTFail("\(label): \(problem): \(error.description.debugDescription)\n\(Mutator.literal(text))")
            }
        }
    }

    private func visit(_ node: YAMLNode, _ body: (YAMLNode) -> Void) {
        body(node)
        for item in node.items ?? [] { visit(item, body) }
        for pair in node.pairs ?? [] {
            visit(pair.key, body)
            visit(pair.value, body)
        }
    }
}
