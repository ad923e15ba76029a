import Diagnostics
import Foundation

/// Checks that every internal link and `#anchor` in a built site resolves to a file and an id.
enum LinkChecker {
    /// Problems in `files` (site-relative path -> bytes); `basePath` (`/backprop/`) maps absolute links
    /// such as those of `404.html` back into the site; `siteFolder` prefixes paths in messages.
    static func check(_ files: [String: [UInt8]], basePath: String, siteFolder: String = "site") -> [Diagnostic] {
        var ids: [String: Set<String>] = [:]
        var tagsByFile: [String: [HTMLScanner.Tag]] = [:]
        for (path, bytes) in files where path.hasSuffix(".html") {
            let tags = HTMLScanner.tags(in: String(decoding: bytes, as: UTF8.self))
            tagsByFile[path] = tags
            ids[path] = Set(tags.compactMap { $0.attributes["id"] })
        }
        var problems: [Diagnostic] = []
        for path in tagsByFile.keys.sorted() {
            let folder = path.split(separator: "/").dropLast().joined(separator: "/")
            for tag in tagsByFile[path] ?? [] {
                guard let link = tag.attributes["href"] ?? tag.attributes["src"], isInternal(link) else { continue }
                let at = SourceLocation(file: "\(siteFolder)/\(path)", line: tag.line, column: tag.column)
                var target = link
                var fragment: String?
                if let hash = target.firstIndex(of: "#") {
                    fragment = String(target[target.index(after: hash)...])
                    target = String(target[..<hash])
                }
                if let q = target.firstIndex(of: "?") { target = String(target[..<q]) }
                // cmark percent-encodes destinations (`é` → `%C3%A9`, space → `%20`); files and ids are not.
                target = target.removingPercentEncoding ?? target
                fragment = fragment.map { $0.removingPercentEncoding ?? $0 }
                var resolved: String?
                if target.isEmpty {
                    resolved = path
                } else if target.hasPrefix("/") {
                    if target.hasPrefix(basePath) {
                        resolved = RelativeURL.resolve(String(target.dropFirst(basePath.count)), against: "")
                    }
                } else {
                    resolved = RelativeURL.resolve(target, against: folder)
                }
                guard var file = resolved else {
                    problems.append(.error("link '\(link)' points outside the site", at: at))
                    continue
                }
                if file.isEmpty || target.hasSuffix("/") { file += file.isEmpty ? "index.html" : "/index.html" }
                if files[file] == nil, files[file + "/index.html"] != nil { file += "/index.html" }
                guard files[file] != nil else {
                    problems.append(.error("broken link '\(link)': no file \(siteFolder)/\(file)", at: at))
                    continue
                }
                if let fragment, !fragment.isEmpty, file.hasSuffix(".html"), ids[file]?.contains(fragment) != true {
                    problems.append(
                        .error("broken link '\(link)': \(siteFolder)/\(file) has no id '\(fragment)'", at: at))
                }
            }
        }
        return problems
    }

    /// True for links into the site itself (no scheme, not protocol-relative).
    static func isInternal(_ link: String) -> Bool {
        if link.hasPrefix("//") || link.hasPrefix("data:") { return false }
        if let colon = link.firstIndex(of: ":") {
            let scheme = link[..<colon]
            if !scheme.contains("/"), !scheme.contains("#"), !scheme.contains("?") { return false }
        }
        return true
    }
}
