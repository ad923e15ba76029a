import Diagnostics
import XCTest
import YAML

final class YAMLParserTests: XCTestCase {
    func testNodesCarryTheirLineAndColumnInTheFile() throws {
        let root = try XCTUnwrap(YAMLParser.parse("input: 1\nweights: [2, 3, 0.5]\n", file: "c.md", firstLine: 10))
        let weights = try XCTUnwrap(root["weights"])
        XCTAssertEqual(weights.location, SourceLocation(file: "c.md", line: 11, column: 10))
        XCTAssertEqual(weights.items?.compactMap(\.number), [2, 3, 0.5])
        XCTAssertEqual(weights.items?[2].location.column, 17)
        XCTAssertEqual(root.pairs?.map(\.name), ["input", "weights"])
    }

    func testScalarsKeepQuotedStringsApartFromNumbers() throws {
        let root = try XCTUnwrap(YAMLParser.parse("a: \"3\"\nb: 3\nc: yes\nd: ~\ne: 1e400\nf: .nan", file: "f"))
        XCTAssertNil(root["a"]?.number)
        XCTAssertEqual(root["b"]?.number, 3)
        XCTAssertEqual(root["c"]?.bool, true)
        XCTAssertEqual(root["d"]?.isNull, true)
        XCTAssertEqual(root["e"]?.number, .infinity)
        XCTAssertEqual(root["f"]?.number?.isNaN, true)
    }

    func testEmptyDocumentIsNil() throws {
        XCTAssertNil(try YAMLParser.parse("", file: "f"))
        XCTAssertNil(try YAMLParser.parse("# only a comment\n", file: "f"))
    }

    func testSyntaxErrorPointsAtTheLineInTheFile() {
        XCTAssertThrowsError(try YAMLParser.parse("title: ok\nbad: [1, 2\n", file: "content/x.md", firstLine: 2)) {
            let d = $0 as? Diagnostic
            XCTAssertEqual(d?.location?.file, "content/x.md")
            XCTAssertEqual(d?.location?.line, 4)
            XCTAssertTrue(d?.message.hasPrefix("YAML syntax error:") ?? false, "\(String(describing: d))")
        }
    }

    func testDuplicateKeysAndAliasesAreRefused() {
        XCTAssertThrowsError(try YAMLParser.parse("a: 1\na: 2\n", file: "f")) {
            XCTAssertEqual(($0 as? Diagnostic)?.description, "f:2:1: error: duplicate key 'a'")
        }
        XCTAssertThrowsError(try YAMLParser.parse("a: &x 1\nb: *x\n", file: "f")) {
            XCTAssertEqual(($0 as? Diagnostic)?.description, "f:2:4: error: YAML aliases (*name) are not supported")
        }
    }

    func testDeepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 5000)
        XCTAssertThrowsError(try YAMLParser.parse(deep, file: "f"))
    }
}
