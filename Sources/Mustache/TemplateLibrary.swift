import Diagnostics
import Foundation

/// All templates of a site, loaded from its `templates/` folder and rendered in strict mode.
///
/// Every `*.html` below the folder (except under `assets/`) is a template named by its path without
/// the extension: `templates/page.html` is `page`, `templates/partials/sidebar.html` is
/// `partials/sidebar`. Partial and parent tags find a name as written, then under `partials/`,
/// so `{{>sidebar}}` and `{{>partials/sidebar}}` both work.
public struct TemplateLibrary: PartialResolver, Sendable {
    /// The templates by name.
    public let templates: [String: Template]

    /// The template names, sorted.
    public var names: [String] { templates.keys.sorted() }

    /// Wraps templates that are already parsed, keyed by name.
    public init(templates: [String: Template]) { self.templates = templates }

    /// Loads and parses every template under `directory`; diagnostics name files relative to `root`.
    ///
    /// Reports every problem of every file at once: unreadable files, files that are not UTF-8
    /// (`templates/page.html:1:1: error: template is not valid UTF-8`) and parse errors.
    public init(directory: URL, relativeTo root: URL) throws(DiagnosticList) {
        let folder = TemplateLibrary.relativePath(of: directory, to: root)
        guard let paths = try? FileManager.default.subpathsOfDirectory(atPath: directory.path) else {
            throw DiagnosticList([.error("cannot read the templates folder '\(folder)'", at: nil)])
        }
        var templates: [String: Template] = [:]
        var problems: [Diagnostic] = []
        for path in paths.sorted() where path.hasSuffix(".html") && !path.hasPrefix("assets/") {
            let file = folder.isEmpty ? path : "\(folder)/\(path)"
            let start = SourceLocation(file: file, line: 1, column: 1)
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(path).path) else {
                problems.append(.error("cannot read template", at: start))
                continue
            }
            guard let source = String(validating: data, as: UTF8.self) else {
                problems.append(.error("template is not valid UTF-8", at: start))
                continue
            }
            do throws(Diagnostic) {
                templates[String(path.dropLast(".html".count))] = try Template(source: source, file: file)
            } catch {
                problems.append(error)
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        self.templates = templates
    }

    /// The template a partial or parent tag names: `name` itself, else `partials/name`.
    public func template(named name: String) -> Template? {
        templates[name] ?? templates["partials/\(name)"]
    }

    /// Renders the template called `name` in strict mode: a missing partial or parent is an error.
    ///
    /// An unknown name is `sitegen: error: unknown template 'pgae'; did you mean 'page'?`.
    public func render(_ name: String, context: MustacheValue) throws(Diagnostic) -> String {
        guard let template = template(named: name) else {
            throw .error("unknown template '\(name)'" + Suggestions.didYouMean(name, in: names), at: nil)
        }
        return try template.render(context, partials: self, mode: .strict)
    }

    /// `directory`'s path relative to `root` (`templates`), or its full path when it lies elsewhere.
    static func relativePath(of directory: URL, to root: URL) -> String {
        let path = directory.standardizedFileURL.path
        let base = root.standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        if path == base { return "" }
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
