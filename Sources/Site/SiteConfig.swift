import Diagnostics
import YAML

/// Settings from `content/site.yaml`.
public struct SiteConfig: Sendable, Equatable {
    /// The site's name, shown in the header and in every `<title>`.
    public var title = "Untitled course"
    /// The published address, used for absolute URLs in `sitemap.xml` and `404.html`; ends with `/`.
    public var baseURL = "https://example.org/"
    /// The `lang` of every page.
    public var language = "en"
    /// Significant digits for computed numbers unless a chain says otherwise.
    public var precision = 4
    /// Lets authors' raw HTML through cmark-gfm (off: it is filtered).
    public var allowRawHTML = false

    /// The keys `site.yaml` understands.
    public static let keys = ["title", "base_url", "language", "precision", "raw_html"]

    /// Defaults, for a project without `site.yaml`.
    public init() {}

    /// Reads `site.yaml`'s text; problems are reported to `sink` and defaults kept.
    public init(yaml text: String, file: String, sink: inout DiagnosticSink) {
        let root: YAMLNode?
        do { root = try YAMLParser.parse(text, file: file) } catch {
            sink.report(error)
            return
        }
        guard let root else { return }
        guard let pairs = root.pairs else {
            sink.report(.error("site.yaml must be a map of settings, found \(root.kindName)", at: root.location))
            return
        }
        for pair in pairs {
            let value = pair.value
            switch pair.name {
            case "title": title = string(value, "title", &sink) ?? title
            case "language": language = string(value, "language", &sink) ?? language
            case "base_url":
                if let url = string(value, "base_url", &sink) {
                    if url.hasPrefix("http://") || url.hasPrefix("https://") {
                        baseURL = url.hasSuffix("/") ? url : url + "/"
                    } else {
                        sink.report(.error("base_url must start with http:// or https://", at: value.location))
                    }
                }
            case "precision":
                if let p = value.number, p == p.rounded(), (1...17).contains(p) {
                    precision = Int(p)
                } else {
                    sink.report(.error("precision must be a whole number from 1 to 17", at: value.location))
                }
            case "raw_html":
                if let b = value.bool {
                    allowRawHTML = b
                } else {
                    sink.report(.error("raw_html must be true or false", at: value.location))
                }
            default:
                sink.report(
                    .warning(
                        "unknown setting '\(pair.name)'\(Suggestions.didYouMean(pair.name, in: Self.keys))",
                        at: pair.key.location))
            }
        }
    }

    /// The path part of `baseURL` (`/backprop/`), where `404.html` links point.
    public var basePath: String {
        guard let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let rest = baseURL[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }

    private func string(_ node: YAMLNode, _ key: String, _ sink: inout DiagnosticSink) -> String? {
        if let s = node.string, !node.isNull { return s }
        sink.report(.error("\(key) must be text, found \(node.kindName)", at: node.location))
        return nil
    }
}
