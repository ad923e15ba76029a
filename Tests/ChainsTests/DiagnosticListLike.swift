import Diagnostics

/// Reads the printed lines of a thrown `DiagnosticList` in `XCTAssertThrowsError` closures.
protocol DiagnosticListLike { var lines: [String] { get } }

extension DiagnosticList: DiagnosticListLike {
    var lines: [String] { diagnostics.map(\.description) }
}
