import Chains
import Diagnostics
import Foundation

/// What `sitegen check` verified, for its one-line summary.
public struct CheckSummary: Sendable, Equatable {
    public var pages = 0
    public var chains = 0
    public var numbers = 0
    public var gradients = 0

    public var description: String {
        "check passed: \(Count.of(pages, "page")), \(Count.of(chains, "chain")), "
            + "\(Count.of(numbers, "number")) verified, \(Count.of(gradients, "gradient")) checked"
    }
}

/// `1 page`, `2 pages`: counts in summary lines.
public enum Count {
    public static func of(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}

/// `sitegen check`: proves that the committed `site/` is fresh and that every published number is right.
public enum SiteChecker {
    /// Runs every check; problems go to `sink`. Returns the summary (also when problems were found).
    public static func check(root: URL, strict: Bool, sink: inout DiagnosticSink) -> CheckSummary {
        var summary = CheckSummary()
        let project = Project.load(root: root, includeDrafts: false, sink: &sink)
        guard let built = SiteBuilder.build(project, sink: &sink) else { return summary }
        summary.pages = built.pageCount
        summary.chains = built.chains.count
        let published = SiteWriter.read(root.appendingPathComponent("site", isDirectory: true))
        sink.report(contentsOf: staleness(fresh: built.files, published: published))
        for chain in built.chains {
            // The chain's own parameters, then the first weight at every depth of its `sweep`.
            for result in ChainEngine.gradientCheck(chain.spec) + ChainEngine.sweepGradientCheck(chain.spec) {
                summary.gradients += 1
                guard !result.ok else { continue }
                let name =
                    result.parameter.hasPrefix("sweep@")
                    ? result.parameter.replacingOccurrences(of: ".w1", with: ".dC/dw1") : "dC/d" + result.parameter
                sink.report(
                    .error(
                        "gradient \(chain.computed.ref(name)) = \(NumberFormat.exact(result.analytic))"
                            + " disagrees with the central finite difference \(NumberFormat.exact(result.numeric))",
                        at: chain.computed.location))
            }
        }
        summary.numbers = verifyNumbers(published, chains: built.chains, pages: project.pages, sink: &sink)
        sink.report(contentsOf: LinkChecker.check(published, basePath: project.config.basePath))
        var typed = TypedNumbers.warnings(project: project, chains: built.chains)
        if strict { typed = typed.map { Diagnostic(.error, at: $0.location, $0.message) } }
        sink.report(contentsOf: typed)
        return summary
    }

    /// One problem per file that is missing, extra or different in `site/`.
    static func staleness(fresh: [String: [UInt8]], published: [String: [UInt8]]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for path in Set(fresh.keys).union(published.keys).sorted() {
            let at = SourceLocation(file: "site/\(path)", line: 1, column: 1)
            switch (fresh[path], published[path]) {
            case (nil, _?): problems.append(.error("stale: not produced by a fresh build; run 'sitegen build'", at: at))
            case (_?, nil): problems.append(.error("stale: missing from site/; run 'sitegen build'", at: at))
            case let (a?, b?) where a != b:
                problems.append(.error("stale: differs from a fresh build; run 'sitegen build'", at: at))
            default: break
            }
        }
        return problems
    }

    /// Reads every `<data class="num">` and SVG `<tspan class="num">` in `site/` back and compares it
    /// with the engine. Returns how many numbers were verified.
    static func verifyNumbers(
        _ files: [String: [UInt8]], chains: [CompiledChain], pages: [SourcePage], sink: inout DiagnosticSink
    ) -> Int {
        var count = 0
        let sourceByOutput = Dictionary(pages.map { ($0.output, $0.source) }, uniquingKeysWith: { a, _ in a })
        for path in files.keys.sorted() where path.hasSuffix(".html") {
            let pageChains = chains.filter { $0.page == sourceByOutput[path] }
            for tag in HTMLScanner.tags(in: String(decoding: files[path] ?? [], as: UTF8.self)) where tag.inner != nil {
                count += 1
                let at = SourceLocation(file: "site/\(path)", line: tag.line, column: tag.column)
                let ref = tag.attributes["data-ref"] ?? ""
                let written = tag.attributes["value"] ?? tag.attributes["data-value"] ?? ""
                let (id, name) = split(ref)
                guard let chain = pageChains.first(where: { $0.computed.id == id }),
                    let value = chain.computed.quantities[name]
                else {
                    sink.report(.error("published number '\(ref)' names no computed quantity of this page", at: at))
                    continue
                }
                let exact = NumberFormat.exact(value)
                // Inside SVG the exponent is written with superscript characters instead of <sup>.
                let display =
                    tag.name == "tspan"
                    ? NumberFormat.svg(value, precision: chain.precision)
                    : NumberFormat.html(value, precision: chain.precision)
                if written != exact {
                    sink.report(
                        .error("published number \(ref) has value \(written) but the engine computes \(exact)", at: at))
                } else if tag.inner != display {
                    sink.report(
                        .error(
                            "published number \(ref) shows '\(tag.inner ?? "")' but the engine's value displays as '\(display)'",
                            at: at))
                }
            }
        }
        return count
    }

    /// `worked:dC/dw1` -> (`worked`, `dC/dw1`); `C` -> (``, `C`).
    static func split(_ ref: String) -> (String, String) {
        guard let colon = ref.firstIndex(of: ":") else { return ("", ref) }
        return (String(ref[..<colon]), String(ref[ref.index(after: colon)...]))
    }
}
