import Diagnostics
import Foundation
import Mustache

/// A complete site held in memory: every output file, and the chains behind its numbers.
public struct BuiltSite: Sendable {
    /// Site-relative path -> bytes, exactly what `site/` should hold.
    public var files: [String: [UInt8]]
    /// Every chain of every page, in reading order.
    public var chains: [CompiledChain]
    /// Number of HTML pages.
    public var pageCount: Int
}

/// The build pipeline: content and templates in, a `BuiltSite` out. Writes nothing to disk.
public enum SiteBuilder {
    /// The URL of the not-found page's source (`content/404.md`, optional).
    static let notFoundURL = "404/"

    /// Builds `project`. Returns nil when any error was reported to `sink`.
    public static func build(_ project: Project, sink: inout DiagnosticSink) -> BuiltSite? {
        // With pages to compile, go on past loading problems so one run reports every problem.
        guard !project.pages.isEmpty || !sink.hasErrors else { return nil }
        let library = sink.collect { () throws -> TemplateLibrary in
            try TemplateLibrary(directory: project.templatesURL, relativeTo: project.root)
        }
        var pages = project.pages
        if !pages.contains(where: \.isNotFound) {
            pages.append(
                SourcePage(
                    source: "content/404.md", kind: .page, track: nil, url: notFoundURL,
                    output: "404.html",
                    front: FrontMatter(title: "Page not found", bodyFirstLine: 1, body: "")))
        }
        let compiler = PageCompiler(
            project: project,
            pagesBySource: Dictionary(
                pages.map { ($0.source, $0) }, uniquingKeysWith: { a, _ in a }))
        // Pages compile independently (each with its own sink); problems are reported in page order.
        let results = ParallelMap.map(pages) { page -> (CompiledPage?, [Diagnostic]) in
            var local = DiagnosticSink()
            return (compiler.compile(page, sink: &local), local.all)
        }
        var compiled: [CompiledPage] = []
        for (result, problems) in results {
            sink.report(contentsOf: problems)
            if let result { compiled.append(result) }
        }
        checkAnchors(compiled, sink: &sink)
        guard let library, !sink.hasErrors else { return nil }

        var files: [String: [UInt8]] = [:]
        let contexts = PageContext(config: project.config, pages: pages.filter { !$0.isNotFound })
        let rendered = ParallelMap.map(compiled) { result -> (String, Result<String, Diagnostic>) in
            let page = result.page
            let template = page.isNotFound ? "404" : templateName(for: page.kind)
            let context = contexts.context(for: page, content: result.content, toc: result.toc)
            let html = Result { () throws(Diagnostic) -> String in try library.render(template, context: context) }
            return (page.output, html)
        }
        for (path, html) in rendered {
            switch html {
            case .success(let text): files[path] = Array(text.utf8)
            case .failure(let problem): sink.report(problem)
            }
        }
        let urls = pages.filter { !$0.isNotFound }.map(\.url)
        files["sitemap.xml"] = Array(Sitemap.xml(baseURL: project.config.baseURL, urls: urls).utf8)
        copyFiles(under: project.templatesURL.appendingPathComponent("assets"), into: "assets/", &files, &sink)
        for file in project.staticFiles {
            copyFiles(at: project.contentURL.appendingPathComponent(file), as: file, &files, &sink)
        }
        // Markdown links were checked at their source lines; what is left was written by a template
        // into a page this failed build does not write, so name where that page comes from.
        let origins = Dictionary(
            compiled.map { result in
                let template = result.page.isNotFound ? "404" : templateName(for: result.page.kind)
                return ("site/" + result.page.output, "templates/\(template).html, for \(result.page.source)")
            }, uniquingKeysWith: { a, _ in a })
        for problem in LinkChecker.check(files, basePath: project.config.basePath) {
            var explained = problem
            if let file = problem.location?.file, let origin = origins[file] {
                explained.message += " (in the layout \(origin))"
            }
            sink.report(explained)
        }
        guard !sink.hasErrors else { return nil }
        return BuiltSite(files: files, chains: compiled.flatMap(\.chains), pageCount: compiled.count)
    }

    /// The layout template for each kind of page.
    static func templateName(for kind: SourcePage.Kind) -> String {
        switch kind {
        case .home: return "home"
        case .track: return "track"
        case .lesson, .page: return "page"
        }
    }

    /// Reports `#anchor` links whose target page has no such id.
    static func checkAnchors(_ pages: [CompiledPage], sink: inout DiagnosticSink) {
        let ids = Dictionary(pages.map { ($0.page.source, $0.ids) }, uniquingKeysWith: { a, _ in a })
        for page in pages {
            for link in page.anchorLinks {
                guard let known = ids[link.targetSource], !known.contains(link.fragment) else { continue }
                sink.report(
                    .error(
                        "link '\(link.written)': \(link.targetSource) has no heading or id '\(link.fragment)'"
                            + Suggestions.didYouMean(link.fragment, in: Array(known)), at: link.location))
            }
        }
    }

    private static func copyFiles(
        under folder: URL, into prefix: String, _ files: inout [String: [UInt8]], _ sink: inout DiagnosticSink
    ) {
        for relative in Project.listFiles(under: folder) {
            copyFiles(at: folder.appendingPathComponent(relative), as: prefix + relative, &files, &sink)
        }
    }

    private static func copyFiles(
        at url: URL, as path: String, _ files: inout [String: [UInt8]], _ sink: inout DiagnosticSink
    ) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            sink.report(.error("cannot read \(url.path)", at: nil))
            return
        }
        if files[path] != nil {
            sink.report(.error("\(path) is both a built page and a copied file", at: nil))
        }
        files[path] = [UInt8](data)
    }
}

extension SiteBuilder {
    /// The chains of one page, compiled as a build would (for `sitegen eval`).
    public static func chains(of source: String, in project: Project, sink: inout DiagnosticSink) -> [CompiledChain] {
        let compiler = PageCompiler(
            project: project,
            pagesBySource: Dictionary(
                project.pages.map { ($0.source, $0) }, uniquingKeysWith: { a, _ in a }))
        guard let page = project.pages.first(where: { $0.source == source }) else { return [] }
        return compiler.compile(page, sink: &sink)?.chains ?? []
    }
}
