import Diagnostics
import Markdown

extension PageCompiler {
    /// Rewrites links to `.md` files and content files into relative site URLs; reports links to
    /// missing pages at once and returns `#anchor` links, checked when every page's ids are known.
    func rewriteLinks(of document: MarkdownDocument, page: SourcePage, sink: inout DiagnosticSink) -> [AnchorLink] {
        var anchors: [AnchorLink] = []
        let sourceFolder = page.source.split(separator: "/").dropLast().joined(separator: "/")
        for link in document.links where LinkChecker.isInternal(link.destination) && !link.destination.isEmpty {
            var path = link.destination
            var fragment: String?
            var written: String?
            if let hash = path.firstIndex(of: "#") {
                written = String(path[path.index(after: hash)...])
                fragment = written.map { $0.removingPercentEncoding ?? $0 }  // ids are checked decoded
                path = String(path[..<hash])
            }
            if path.isEmpty {
                if let fragment {
                    anchors.append(
                        AnchorLink(
                            targetSource: page.source, fragment: fragment,
                            location: link.location, written: link.destination))
                }
                continue
            }
            if path.hasPrefix("/") { continue }  // site-absolute: the author's choice, checked in site/
            guard let target = RelativeURL.resolve(path.removingPercentEncoding ?? path, against: sourceFolder)
            else {
                sink.report(.error("link '\(link.destination)' climbs out of the project", at: link.location))
                continue
            }
            let suffix = written.map { "#\($0)" } ?? ""
            if target.hasSuffix(".md") {
                if project.unreadable.contains(target) { continue }  // its own error is already reported
                guard let targetPage = pagesBySource[target] else {
                    // Compare the link as written with every page as this file would write it.
                    let known = pagesBySource.keys.sorted().map {
                        RelativeURL.relativePath(from: sourceFolder, to: $0)
                    }
                    let guess = Suggestions.didYouMean(path, in: known)
                    sink.report(.error("link to missing page '\(path)'\(guess)", at: link.location))
                    continue
                }
                let url =
                    page.isNotFound
                    ? project.config.basePath + targetPage.url : RelativeURL.link(from: page.url, to: targetPage.url)
                document.setDestination(of: link, to: url + suffix)
                if let fragment {
                    anchors.append(
                        AnchorLink(
                            targetSource: target, fragment: fragment,
                            location: link.location, written: link.destination))
                }
            } else if target.hasPrefix("content/"), project.staticFiles.contains(String(target.dropFirst(8))) {
                let file = String(target.dropFirst(8))
                let folder = file.split(separator: "/").dropLast().joined(separator: "/")
                let name = file.split(separator: "/").last.map(String.init) ?? file
                let folderURL = folder.isEmpty ? "" : folder + "/"
                let base =
                    page.isNotFound
                    ? project.config.basePath + folderURL : RelativeURL.link(from: page.url, to: folderURL)
                document.setDestination(of: link, to: (base == "./" ? "" : base) + name + suffix)
            } else {
                sink.report(.error("link to missing file '\(path)'", at: link.location))
            }
        }
        return anchors
    }
}

extension RelativeURL {
    /// How a Markdown file in `folder` writes a link to the project path `target`.
    static func relativePath(from folder: String, to target: String) -> String {
        let a = folder.split(separator: "/")
        let b = target.split(separator: "/")
        var common = 0
        while common < a.count, common < b.count - 1, a[common] == b[common] { common += 1 }
        return String(repeating: "../", count: a.count - common) + b[common...].joined(separator: "/")
    }
}
