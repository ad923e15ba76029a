import Diagnostics
import Foundation
import Site

extension Commands {
    static func check(root: URL, strict: Bool, output: Output) -> Int32 {
        var sink = DiagnosticSink()
        let summary = SiteChecker.check(root: root, strict: strict, sink: &sink)
        output.report(sink.all)
        guard !sink.hasErrors else {
            output.error("check failed: \(sink.errors.count) problem(s)")
            return 1
        }
        output.print(summary.description)
        return 0
    }
}
