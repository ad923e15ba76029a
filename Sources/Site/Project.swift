import Diagnostics
import Foundation

/// Everything a build reads: settings, the pages of `content/` in reading order, and extra files.
public struct Project: Sendable {
    /// The project root; diagnostics use paths relative to it.
    public var root: URL
    public var config: SiteConfig
    /// Every page, home first, then each track's index followed by its lessons, tracks in order.
    public var pages: [SourcePage]
    /// The page files' text by project-relative path, so later stages never read the disk again.
    public var texts: [String: String]
    /// Files under `content/` that are not Markdown (images...), copied to the same place in `site/`.
    public var staticFiles: [String]
    /// Pages whose file or front matter could not be read; their problems are already reported, so
    /// links to them are not reported again as missing pages.
    public var unreadable: Set<String> = []

    /// `content/` under the root.
    public var contentURL: URL { root.appendingPathComponent("content", isDirectory: true) }
    /// `templates/` under the root.
    public var templatesURL: URL { root.appendingPathComponent("templates", isDirectory: true) }

    /// Loads `content/`; every problem found goes to `sink`.
    public static func load(root: URL, includeDrafts: Bool, sink: inout DiagnosticSink) -> Project {
        var project = Project(root: root, config: SiteConfig(), pages: [], texts: [:], staticFiles: [])
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: project.contentURL.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            sink.report(.error("no content/ folder here; run sitegen in the project root (or pass --root)", at: nil))
            return project
        }
        let configURL = project.contentURL.appendingPathComponent("site.yaml")
        if fm.fileExists(atPath: configURL.path) {
            if let text = sink.collect({ () throws(Diagnostic) in
                try TextDecoding.read(configURL, file: "content/site.yaml")
            }) {
                project.config = SiteConfig(yaml: text, file: "content/site.yaml", sink: &sink)
            }
        }
        var pages: [SourcePage] = []
        for relative in listFiles(under: project.contentURL) {
            let file = "content/" + relative
            if relative == "site.yaml" { continue }
            guard relative.hasSuffix(".md") else {
                project.staticFiles.append(relative)
                continue
            }
            if relative.split(separator: "/").count > 2 {
                sink.report(
                    .error(
                        "pages are content/NAME.md or content/TRACK/NAME.md; nested folders are not supported",
                        at: SourceLocation(file: file, line: 1, column: 1)))
                continue
            }
            let url = project.contentURL.appendingPathComponent(relative)
            guard let text = sink.collect({ () throws(Diagnostic) in try TextDecoding.read(url, file: file) }),
                let front = FrontMatter.parse(text, file: file, sink: &sink)
            else {
                project.unreadable.insert(file)
                continue
            }
            if front.draft && !includeDrafts { continue }
            let place = SourcePage.placement(ofContentPath: relative)
            project.texts[file] = text
            pages.append(
                SourcePage(
                    source: file, kind: place.kind, track: place.track, url: place.url,
                    output: SourcePage.outputPath(forURL: place.url, kind: place.kind), front: front))
        }
        project.pages = arrange(pages, sink: &sink)
        return project
    }

    /// Sorted paths of every regular file under `folder`, relative to it; hidden files skipped.
    static func listFiles(under folder: URL) -> [String] {
        let base = folder.standardizedFileURL.path
        guard
            let walker = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var files: [String] = []
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base + "/") else { continue }
            files.append(String(path.dropFirst(base.count + 1)))
        }
        return files.sorted()
    }

    /// Puts pages in reading order and reports pages that would be written to the same URL.
    static func arrange(_ pages: [SourcePage], sink: inout DiagnosticSink) -> [SourcePage] {
        var byURL: [String: SourcePage] = [:]
        // A track's index.md keeps its URL; the clashing loose page is the one reported.
        let claimOrder = pages.sorted { ($0.kind == .page ? 1 : 0, $0.source) < ($1.kind == .page ? 1 : 0, $1.source) }
        for page in claimOrder {
            if let other = byURL[page.url] {
                sink.report(.error("page URL '/\(page.url)' is also produced by \(other.source)", at: page.start))
            } else {
                byURL[page.url] = page
            }
        }
        let unique = byURL.values.sorted { $0.source < $1.source }
        let home = unique.filter { $0.kind == .home }
        let loose = unique.filter { $0.kind == .page }.sorted(by: SourcePage.readingOrder)
        let trackIndexes = unique.filter { $0.kind == .track }.sorted(by: SourcePage.readingOrder)
        var ordered = home
        for index in trackIndexes {
            ordered.append(index)
            ordered += unique.filter { $0.kind == .lesson && $0.track == index.track }
                .sorted(by: SourcePage.readingOrder)
        }
        let tracks = Set(trackIndexes.compactMap(\.track))
        for orphan in unique where orphan.kind == .lesson && !tracks.contains(orphan.track ?? "") {
            sink.report(
                .error(
                    "lesson is in content/\(orphan.track ?? "")/, which has no index.md for the track",
                    at: orphan.start))
        }
        return ordered + loose
    }
}
