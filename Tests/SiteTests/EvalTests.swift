import Foundation
import TestSupport
import XCTest

/// `sitegen eval PAGE.md` prints the page's chains as JSON (format spec section 7). The numbers asserted
/// are the cheatsheet's, worked by hand: a1 = 2·1, a2 = 3·2, a3 = 0.5·6, C = (3 − 2)²; dC/da3 = 2(a3 − y) = 2,
/// dC/dw3 = 2 · a2 = 12, dC/dw2 = 2 · w3 · a1 = 2, dC/dw1 = 2 · w3 · w2 · a0 = 3.
final class EvalTests: XCTestCase {
    static let lesson = lessonPage(
        """
        ```{chain} worked
        input: 1
        weights: [2, 3, 0.5]
        target: 2
        learning_rate: 0.01
        ```

        """)

    func evalJSON(_ page: String = "content/track-01/lesson.md", files: [String: String] = [:]) throws
        -> (CLIResult, [String: Any])
    {
        let dir = try SiteFixture.make(
            SiteFixture.course.merging(
                ["content/track-01/lesson.md": Self.lesson].merging(files) { _, new in new }
            ) { _, new in new })
        defer { dir.remove() }
        let before = snapshotTree(dir)
        let result = runSitegen(["eval", page], in: dir)
        XCTAssertEqual(snapshotTree(dir), before, "eval wrote into the project")
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (result, try XCTUnwrap(object))
    }

    func numbers(_ any: Any?) -> [String: Double]? {
        (any as? [String: Any])?.compactMapValues { ($0 as? NSNumber)?.doubleValue }
    }

    func testCheatsheetChainValuesAndGradients() throws {
        let (_, json) = try evalJSON()
        XCTAssertEqual(json["page"] as? String, "content/track-01/lesson.md")
        let chains = try XCTUnwrap(json["chains"] as? [[String: Any]])
        XCTAssertEqual(chains.count, 1)
        let chain = chains[0]
        XCTAssertEqual(chain["id"] as? String, "worked")
        XCTAssertEqual(
            numbers(chain["values"]),
            [
                "a0": 1, "w1": 2, "a1": 2, "w2": 3, "a2": 6, "w3": 0.5, "a3": 3, "y": 2, "C": 1,
            ])
        XCTAssertEqual(numbers(chain["gradients"]), ["w1": 3, "w2": 2, "w3": 12, "a1": 3, "a2": 1, "a3": 2])
        XCTAssertEqual(numbers(chain["path_counts"]), ["w1": 1, "w2": 1, "w3": 1])
        XCTAssertEqual((chain["learning_rate"] as? NSNumber)?.doubleValue, 0.01)
    }

    func testFactorsOfEachWeightFromTheCostBack() throws {
        let (_, json) = try evalJSON()
        let chain = try XCTUnwrap((json["chains"] as? [[String: Any]])?.first)
        let factors = try XCTUnwrap(chain["factors"] as? [String: [[[String: Any]]]])
        XCTAssertEqual(factors.keys.sorted(), ["w1", "w2", "w3"])
        func rows(_ parameter: String) -> [String] {
            (factors[parameter]?.first ?? []).map { f in
                let value = (f["value"] as? NSNumber)?.doubleValue ?? .nan
                return "\(f["name"] as? String ?? "?") = \(f["formula"] as? String ?? "?") = \(value)"
            }
        }
        XCTAssertEqual(factors["w1"]?.count, 1)
        XCTAssertEqual(
            rows("w1"),
            [
                "dC/da3 = 2(a3 − y) = 2.0", "da3/da2 = w3 = 0.5", "da2/da1 = w2 = 3.0", "da1/dw1 = a0 = 1.0",
            ])
        XCTAssertEqual(rows("w2"), ["dC/da3 = 2(a3 − y) = 2.0", "da3/da2 = w3 = 0.5", "da2/dw2 = a1 = 2.0"])
        XCTAssertEqual(rows("w3"), ["dC/da3 = 2(a3 − y) = 2.0", "da3/dw3 = a2 = 6.0"])
        for path in factors.values.flatMap({ $0 }) {
            for factor in path {
                XCTAssertFalse((factor["meaning"] as? String ?? "").isEmpty, "\(factor)")
            }
        }
    }

    func testDescentStepsFromTheStartingState() throws {
        let (_, json) = try evalJSON()
        let chain = try XCTUnwrap((json["chains"] as? [[String: Any]])?.first)
        let descent = try XCTUnwrap(chain["descent"] as? [[String: Any]])
        XCTAssertEqual(descent.count, 2)  // step 0 and one step (steps defaults to 1)
        XCTAssertEqual(numbers(descent[0]), ["C": 1, "w1": 2, "w2": 3, "w3": 0.5])
        let step = try XCTUnwrap(numbers(descent[1]))
        // w − η · dC/dw with η = 0.01: 2 − 0.03, 3 − 0.02, 0.5 − 0.12.
        XCTAssertEqual(step["w1"], 2 - 0.01 * 3)
        XCTAssertEqual(step["w1"], 1.97)
        XCTAssertEqual(step["w2"], 3 - 0.01 * 2)
        XCTAssertEqual(step["w3"], 0.5 - 0.01 * 12)
        // a3 = 1.97 · 2.98 · 0.38 = 2.230828, so C = 0.230828² = 0.053281565584.
        XCTAssertEqual(step["C"] ?? .nan, 0.053281565584, accuracy: 1e-12)
    }

    func testKeysAreSortedInEveryObject() throws {
        let (result, _) = try evalJSON()
        let lists = objectKeys(inJSON: result.stdout)
        XCTAssertGreaterThan(lists.count, 10)
        for keys in lists {
            XCTAssertEqual(keys, keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
        }
        XCTAssertTrue(lists.contains(["chains", "page"]))
        XCTAssertTrue(
            lists.contains([
                "descent", "factors", "gradients", "id", "learning_rate", "operations", "path_counts", "sweep",
                "values",
            ]))
        XCTAssertTrue(lists.contains(["C", "a0", "a1", "a2", "a3", "w1", "w2", "w3", "y"]))
    }

    func testDraftPagesCanBeEvaluated() throws {
        let draft = Self.lesson.replacingOccurrences(of: "title: A lesson\n", with: "title: A lesson\ndraft: true\n")
        let (_, json) = try evalJSON(files: ["content/track-01/lesson.md": draft])
        XCTAssertEqual((json["chains"] as? [Any])?.count, 1)
    }

    func testUnknownPageIsAnError() throws {
        let dir = try SiteFixture.make(SiteFixture.course)
        defer { dir.remove() }
        let result = runSitegen(["eval", "content/track-01/lessen.md"], in: dir)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "sitegen: error: no page 'content/track-01/lessen.md' in content/\n")
    }

    func testBrokenChainIsAPositionedError() throws {
        let dir = try SiteFixture.make(
            SiteFixture.course.merging(
                ["content/track-01/lesson.md": Self.lesson.replacingOccurrences(of: "target: 2", with: "target: two")]
            ) { _, new in new })
        defer { dir.remove() }
        let result = runSitegen(["eval", "content/track-01/lesson.md"], in: dir)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(
            result.diagnostics, ["content/track-01/lesson.md:7:9: error: target must be a number, found 'two'"])
    }

    func testEvalNeedsExactlyOnePage() throws {
        let dir = try SiteFixture.make(SiteFixture.course)
        defer { dir.remove() }
        let result = runSitegen(["eval"], in: dir)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(
            result.stderr,
            "sitegen: error: eval takes one page, e.g. 'sitegen eval content/track-11/cheatsheet.md'\n")
    }

    /// The real flagship page gives exactly the cheatsheet's numbers.
    func testRealCheatsheet() throws {
        let result = runSitegen(["eval", "content/track-11/cheatsheet.md"], root: repositoryRoot)
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let chains = try XCTUnwrap(json["chains"] as? [[String: Any]])
        let worked = try XCTUnwrap(chains.first { $0["id"] as? String == "worked" })
        XCTAssertEqual(
            numbers(worked["values"]),
            [
                "a0": 1, "w1": 2, "a1": 2, "w2": 3, "a2": 6, "w3": 0.5, "a3": 3, "y": 2, "C": 1,
            ])
        let gradients = try XCTUnwrap(numbers(worked["gradients"]))
        XCTAssertEqual(gradients["w1"], 3)
        XCTAssertEqual(gradients["w2"], 2)
        XCTAssertEqual(gradients["w3"], 12)
    }

    /// The keys of every JSON object in `text`, in the order written (objects listed as they close).
    func objectKeys(inJSON text: String) -> [[String]] {
        var result: [[String]] = []
        var stack: [(isObject: Bool, keys: [String], expectKey: Bool)] = []
        let chars = Array(text.unicodeScalars)
        var i = 0
        while i < chars.count {
            switch chars[i] {
            case "{": stack.append((true, [], true))
            case "[": stack.append((false, [], false))
            case "}", "]":
                if let top = stack.popLast(), top.isObject { result.append(top.keys) }
            case ",":
                if let top = stack.last, top.isObject { stack[stack.count - 1].expectKey = true }
            case "\"":
                var j = i + 1
                var string = ""
                while j < chars.count, chars[j] != "\"" {
                    if chars[j] == "\\" { j += 1 }
                    if j < chars.count { string.unicodeScalars.append(chars[j]) }
                    j += 1
                }
                if let top = stack.last, top.isObject, top.expectKey {
                    stack[stack.count - 1].keys.append(string)
                    stack[stack.count - 1].expectKey = false
                }
                i = j
            default: break
            }
            i += 1
        }
        return result
    }
}
