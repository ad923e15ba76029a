import Diagnostics

/// A parsed Mustache template (the spec's interpolation, sections, inverted sections, comments,
/// partials, delimiter changes, and inheritance with `{{<parent}}` and `{{$block}}`).
///
/// ```swift
/// let page = try Template(source: "<h1>{{title}}</h1>", file: "templates/page.html")
/// let html = try page.render(["title": "Backprop"], partials: [String: Template]())
/// ```
public struct Template: Sendable {
    /// The project-relative path used in diagnostics, e.g. `templates/page.html`.
    public let file: String
    let nodes: [Node]

    /// Parses `source`; a syntax error is a diagnostic at the offending tag, e.g.
    /// `templates/page.html:12:5: error: unclosed section 'items'`.
    public init(source: String, file: String) throws(Diagnostic) {
        self.file = file
        let tokens = try Lexer.tokenize(source, file: file)
        nodes = try Parser.parse(StandaloneLines.apply(tokens))
    }

    /// Renders the template against `context`, looking partials and parents up in `partials`.
    ///
    /// In `.spec` mode a missing partial or parent renders as the empty string, as the Mustache spec
    /// says; in `.strict` mode it is an error at its tag. Partials nested deeper than
    /// `RenderMode.maximumDepth` levels (a recursive partial without a stopping section) are an error.
    public func render(
        _ context: MustacheValue, partials: any PartialResolver = [String: Template](), mode: RenderMode = .spec
    ) throws(Diagnostic) -> String {
        var renderer = Renderer(context: context, partials: partials, mode: mode)
        try renderer.render(nodes)
        return renderer.output
    }
}

/// What happens when a partial or parent cannot be found.
public enum RenderMode: Sendable {
    /// Render it as the empty string, as the Mustache spec requires.
    case spec
    /// Fail with `error: missing partial 'name'` (or `missing parent`) at the tag.
    case strict

    /// How many partials, parents and block substitutions may nest before rendering stops with an error.
    public static let maximumDepth = 100
}

/// Finds the templates that `{{>name}}` and `{{<name}}` refer to.
public protocol PartialResolver {
    /// The template called `name`, or nil when there is none.
    func template(named name: String) -> Template?
}

/// A dictionary from names to templates resolves partials by exact name.
extension Dictionary: PartialResolver where Key == String, Value == Template {
    /// The template stored under `name`.
    public func template(named name: String) -> Template? { self[name] }
}

/// Resolves partials with a closure, e.g. `PartialClosure { name in templates[name] }`.
public struct PartialClosure: PartialResolver {
    private let resolve: (String) -> Template?

    /// Wraps `resolve`.
    public init(_ resolve: @escaping (String) -> Template?) { self.resolve = resolve }

    /// The template `resolve` returns for `name`.
    public func template(named name: String) -> Template? { resolve(name) }
}
