import Chains
import Diagnostics

/// A chain of a page: its decoded spec (for finite-difference checks) and the engine's results.
public struct CompiledChain: Sendable {
    /// Project-relative path of the page that defines it.
    public var page: String
    public var spec: ChainSpec
    public var computed: ComputedChain
    /// Significant digits used on the page: the chain's own or the site's.
    public var precision: Int
}

/// What compiling one page produced, before the layout is applied.
struct CompiledPage: Sendable {
    var page: SourcePage
    /// The page body as HTML.
    var content: String
    var chains: [CompiledChain]
    /// h2/h3 headings for "On this page", and every id on the page for anchor checks.
    var toc: [TOCEntry]
    var ids: Set<String>
    /// Links to other pages' anchors, checked once every page is compiled.
    var anchorLinks: [AnchorLink]
}

/// One heading in a page's table of contents.
struct TOCEntry: Sendable {
    var id: String
    var text: String
    var level: Int
}

/// A link from Markdown to `#fragment` on some page, with the link's position for the error.
struct AnchorLink: Sendable {
    var targetSource: String
    var fragment: String
    var location: SourceLocation
    var written: String
}
