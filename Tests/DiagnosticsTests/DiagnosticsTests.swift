import Diagnostics
import XCTest

final class DiagnosticsTests: XCTestCase {
    func testPrintedFormIsPathLineColumnSeverityMessage() {
        let d = Diagnostic.error("unknown key 'wieghts'", at: SourceLocation(file: "content/a.md", line: 12, column: 3))
        XCTAssertEqual(d.description, "content/a.md:12:3: error: unknown key 'wieghts'")
        XCTAssertEqual(Diagnostic.warning("w", at: nil).description, "sitegen: warning: w")
    }

    func testSuggestionFindsClosestKnownName() {
        XCTAssertEqual(Suggestions.closest(to: "wieghts", in: ["input", "weights", "target"]), "weights")
        XCTAssertEqual(Suggestions.closest(to: "dC/dw4", in: ["dC/dw1", "C"]), "dC/dw1")
        XCTAssertNil(Suggestions.closest(to: "banana", in: ["input", "weights"]))
        XCTAssertEqual(Suggestions.didYouMean("titel", in: ["title", "order"]), "; did you mean 'title'?")
    }

    func testEditDistance() {
        XCTAssertEqual(Suggestions.editDistance("kitten", "sitting"), 3)
        XCTAssertEqual(Suggestions.editDistance("", "abc"), 3)
        XCTAssertEqual(Suggestions.editDistance("same", "same"), 0)
    }

    func testSinkCollectsAllProblemsAndSeparatesWarnings() {
        var sink = DiagnosticSink()
        let at = SourceLocation(file: "f", line: 1, column: 1)
        sink.report(.warning("w", at: at))
        XCTAssertFalse(sink.hasErrors)
        _ = sink.collect { () throws -> Int in throw DiagnosticList([.error("a", at: at), .error("b", at: at)]) }
        XCTAssertEqual(sink.errors.map(\.message), ["a", "b"])
        XCTAssertEqual(sink.warnings.count, 1)
    }

    func testTheSameProblemFoundTwiceIsReportedOnce() {
        var sink = DiagnosticSink()
        let d = Diagnostic.error(
            "missing partial 'sidebar'", at: SourceLocation(file: "templates/base.html", line: 5, column: 1))
        sink.report(d)
        sink.report(error: d)
        XCTAssertEqual(sink.all, [d])
    }
}

final class HTMLEscapeTests: XCTestCase {
    func testEscapesTheFourCharactersThatBreakTextOrQuotedAttributes() {
        XCTAssertEqual(HTMLEscape.text("a < b & \"c\" > d"), "a &lt; b &amp; &quot;c&quot; &gt; d")
        XCTAssertEqual(HTMLEscape.text("worked:dC/dw1 ’"), "worked:dC/dw1 ’")
        XCTAssertEqual(HTMLEscape.text(""), "")
    }
}
