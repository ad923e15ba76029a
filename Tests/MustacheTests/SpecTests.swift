import Foundation
import Mustache
import TestSupport
import XCTest

/// Runs the official Mustache spec files, read from disk: `<repo>/../shared/mustache-spec`
/// (or `SITEGEN_MUSTACHE_SPEC`). Each test prints `mustache spec: <file> <passed>/<total>`
/// and fails with every failing spec test's name, expected and actual output.
final class SpecTests: XCTestCase {
    func testComments() throws { try runSpec("comments") }
    func testDelimiters() throws { try runSpec("delimiters") }
    func testInterpolation() throws { try runSpec("interpolation") }
    func testInverted() throws { try runSpec("inverted") }
    func testPartials() throws { try runSpec("partials") }
    func testSections() throws { try runSpec("sections") }
    func testInheritance() throws { try runSpec("~inheritance") }
    func testDynamicNames() throws { try runSpec("~dynamic-names") }

    /// The spec folder: the env override, else `../shared/mustache-spec` beside the repository
    /// (one level further up when the repository is a worktree under `wt/`).
    static var specDirectory: URL? {
        if let override = ProcessInfo.processInfo.environment["SITEGEN_MUSTACHE_SPEC"] {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        let candidates = [
            repositoryRoot.appendingPathComponent("../shared/mustache-spec"),
            repositoryRoot.appendingPathComponent("../../shared/mustache-spec"),
        ]
        return candidates.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("sections.json").path)
        }
    }

    private func runSpec(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        guard let directory = Self.specDirectory else {
            XCTFail("mustache spec folder not found; set SITEGEN_MUSTACHE_SPEC", file: file, line: line)
            return
        }
        let url = directory.appendingPathComponent("\(name).json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        let tests = try XCTUnwrap((json as? [String: Any])?["tests"] as? [[String: Any]], "no tests in \(url.path)")
        var failures: [String] = []
        for test in tests {
            let title = test["name"] as? String ?? "?"
            let expected = test["expected"] as? String ?? ""
            let actual: String
            do {
                actual = try render(test)
            } catch {
                failures.append("\(title): threw \(error)")
                continue
            }
            if actual != expected {
                failures.append(
                    "\(title):\n  expected \(expected.debugDescription)\n  actual   \(actual.debugDescription)")
            }
        }
        print("mustache spec: \(name) \(tests.count - failures.count)/\(tests.count)")
        if !failures.isEmpty {
            XCTFail(
                "\(failures.count) of \(tests.count) failed in \(name):\n" + failures.joined(separator: "\n"),
                file: file, line: line)
        }
    }

    private func render(_ test: [String: Any]) throws -> String {
        var partials: [String: Template] = [:]
        for (name, source) in test["partials"] as? [String: String] ?? [:] {
            partials[name] = try Template(source: source, file: name)
        }
        let template = try Template(source: test["template"] as? String ?? "", file: "template")
        return try template.render(MustacheValue(json: test["data"] ?? NSNull()), partials: partials)
    }
}
