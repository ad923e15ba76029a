import Diagnostics

/// Partials and inheritance: `{{>partial}}` renders another template in place; `{{<parent}}` does
/// too, with some of its `{{$blocks}}` replaced by the child's.
extension Renderer {
    /// The template a partial or parent tag names; nil (spec mode) or an error (strict mode) when missing.
    func resolve(_ name: PartialName, kind: String, at location: SourceLocation) throws(Diagnostic) -> Template? {
        let resolved: String
        switch name {
        case .fixed(let fixed):
            resolved = fixed
        case .dynamic(let key):
            guard let text = lookup(key)?.text else {
                if mode == .strict { throw .error("dynamic \(kind) name '\(key)' is not a string", at: location) }
                return nil
            }
            resolved = text
        }
        if let template = partials.template(named: resolved) { return template }
        if mode == .strict { throw .error("missing \(kind) '\(resolved)'", at: location) }
        return nil
    }

    /// Renders another template's nodes (or a block's), indented and with the given block overrides.
    mutating func nest(
        _ nodes: [Node], indentation: String?, overrides newOverrides: [String: Block],
        name: CustomStringConvertible, at location: SourceLocation
    ) throws(Diagnostic) {
        guard depth < RenderMode.maximumDepth else {
            throw .error(
                "'\(name)' is nested more than \(RenderMode.maximumDepth) levels deep; "
                    + "does a partial include itself without a section that ends the recursion?", at: location)
        }
        let (savedIndent, savedOverrides) = (indent, overrides)
        depth += 1
        indent += indentation ?? ""
        overrides = newOverrides
        try render(nodes)
        depth -= 1
        (indent, overrides) = (savedIndent, savedOverrides)
    }

    /// Renders the parent template; blocks given by outer (child) templates win over `blocks`,
    /// so the most derived template decides, as in multi-level inheritance.
    mutating func renderParent(
        _ name: PartialName, indentation: String?, blocks: [String: Block], at location: SourceLocation
    ) throws(Diagnostic) {
        guard let template = try resolve(name, kind: "parent", at: location) else { return }
        let merged = blocks.merging(overrides) { _, outer in outer }
        try nest(template.nodes, indentation: indentation, overrides: merged, name: name, at: location)
    }

    /// Renders a block: the child's replacement if one was given, else its own default content.
    ///
    /// Content lines were stored without their own indentation; this site's indentation is added back.
    mutating func renderBlock(_ block: Block) throws(Diagnostic) {
        guard let replacement = overrides[block.name] else {
            let saved = indent
            indent += block.indentation ?? ""
            try render(block.nodes)
            indent = saved
            return
        }
        if let indentation = block.indentation, replacement.indentation == nil, isAtLineStart {
            // An inline replacement has no line start of its own to carry the site's indentation.
            write(indent + indentation)
        }
        try nest(
            replacement.nodes, indentation: block.indentation, overrides: overrides, name: block.name,
            at: block.location)
    }
}
