import Chains
import Diagnostics
import XCTest
import YAML

/// A chain block as it sits in `content/t.md`: the fence on line 4, the YAML body from line 5.
enum ChainFixture {
    static let file = "content/t.md"
    static let fence = SourceLocation(file: file, line: 4, column: 1)

    /// Decodes a body; throws the decoder's diagnostics.
    static func spec(_ body: String, id: String = "t") throws -> ChainSpec {
        let yaml = try YAMLParser.parse(body, file: file, firstLine: 5)
        return try ChainSpec.decode(yaml, id: id, fence: fence)
    }

    /// Decodes and computes a body.
    static func chain(_ body: String) throws -> ComputedChain {
        try ChainEngine.compute(spec(body))
    }

    /// The printed diagnostics from decoding and computing a body that should fail.
    static func problems(_ body: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        do {
            _ = try chain(body)
            XCTFail("expected the chain to be refused", file: file, line: line)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }
}

/// Asserts a factor path's names, formulas and values, cost side first.
func assertPath(
    _ path: FactorPath?, names: [String], formulas: [String]? = nil, values: [Double], product: Double,
    file: StaticString = #filePath, line: UInt = #line
) {
    guard let path else { return XCTFail("no path", file: file, line: line) }
    XCTAssertEqual(path.factors.map(\.name), names, file: file, line: line)
    if let formulas { XCTAssertEqual(path.factors.map(\.formula), formulas, file: file, line: line) }
    XCTAssertEqual(path.factors.map(\.value), values, file: file, line: line)
    XCTAssertEqual(path.product, product, file: file, line: line)
}
