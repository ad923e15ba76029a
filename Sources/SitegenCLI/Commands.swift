import Chains
import Diagnostics
import Foundation
import Site

/// The commands behind `sitegen build`, `check` and `eval`.
enum Commands {
    static func build(root: URL, drafts: Bool, output: Output) -> Int32 {
        let start = Date()
        var sink = DiagnosticSink()
        let project = Project.load(root: root, includeDrafts: drafts, sink: &sink)
        let built = SiteBuilder.build(project, sink: &sink)
        if let built {
            sink.collect { () throws -> Void in
                try SiteWriter.write(built.files, to: root.appendingPathComponent("site", isDirectory: true))
            }
        }
        output.report(sink.all)
        guard let built, !sink.hasErrors else {
            output.error("build failed: \(Count.of(sink.errors.count, "error")); site/ was left as it was")
            return 1
        }
        let ms = Int(Date().timeIntervalSince(start) * 1000)
        output.print(
            "built \(Count.of(built.pageCount, "page")), \(Count.of(built.chains.count, "chain")), "
                + "\(Count.of(built.files.count, "file")) into site/ in \(ms) ms")
        return 0
    }

    static func eval(root: URL, page: String, output: Output) -> Int32 {
        var sink = DiagnosticSink()
        let project = Project.load(root: root, includeDrafts: true, sink: &sink)
        let relative = ProjectPaths.relative(page, root: root)
        guard project.pages.contains(where: { $0.source == relative }) || sink.hasErrors else {
            output.report(sink.all)
            output.error("sitegen: error: no page '\(relative)' in content/")
            return 1
        }
        let chains = sink.hasErrors ? [] : SiteBuilder.chains(of: relative, in: project, sink: &sink)
        output.report(sink.all)
        guard !sink.hasErrors else { return 1 }
        output.print(ChainJSON.render(page: relative, chains: chains.map(\.computed)))
        return 0
    }
}

/// Paths given on the command line, made relative to the project root.
enum ProjectPaths {
    static func relative(_ path: String, root: URL) -> String {
        let absolute = URL(
            fileURLWithPath: path,
            relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        ).standardizedFileURL.path
        let base = root.standardizedFileURL.path
        if absolute.hasPrefix(base + "/") { return String(absolute.dropFirst(base.count + 1)) }
        // Not under the root from here (e.g. with --root elsewhere): read it as relative to the root.
        var relative = Substring(path)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        return String(relative)
    }
}
