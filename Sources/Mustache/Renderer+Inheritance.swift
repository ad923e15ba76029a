import Diagnostics

/// Template inheritance: `{{<parent}}` renders another template with some of its `{{$blocks}}` replaced.
extension Renderer {
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
