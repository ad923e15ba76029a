import Chains
import Diagnostics
import Markdown
import Views
import YAML

/// Turns one page's Markdown into HTML: runs its chains, fills views and `=name` values, rewrites links.
struct PageCompiler {
    let project: Project
    /// Pages by project-relative source path, for `.md` links.
    let pagesBySource: [String: SourcePage]

    /// Compiles `page`; problems go to `sink`. Returns nil when the page cannot be rendered.
    func compile(_ page: SourcePage, sink: inout DiagnosticSink) -> CompiledPage? {
        let errorsBefore = sink.errors.count
        let document = MarkdownDocument(
            text: page.front.body, file: page.source, firstLine: page.front.bodyFirstLine,
            allowRawHTML: project.config.allowRawHTML)
        let (chains, failed) = compileChains(of: document, page: page, sink: &sink)
        fillViews(of: document, chains: chains, failed: failed, page: page, sink: &sink)
        fillInlineValues(of: document, chains: chains, failed: failed, page: page, sink: &sink)
        let anchorLinks = rewriteLinks(of: document, page: page, sink: &sink)
        let headings = document.headings
        let toc = headings.filter { $0.level == 2 || $0.level == 3 }
            .map { TOCEntry(id: $0.id, text: $0.text, level: $0.level) }
        let content = document.render()
        guard sink.errors.count == errorsBefore else { return nil }
        let ids = Set(headings.map(\.id)).union(
            HTMLScanner.tags(in: content).compactMap { $0.attributes["id"] })
        return CompiledPage(
            page: page, content: content, chains: chains, toc: toc, ids: ids, anchorLinks: anchorLinks)
    }

    /// Decodes and runs every `{chain}` block, replacing each with a collapsible view of its definition.
    /// Also returns the ids of blocks that failed: their errors are reported once, here, so views and
    /// `=name` values that use them stay silent instead of repeating the problem.
    private func compileChains(of document: MarkdownDocument, page: SourcePage, sink: inout DiagnosticSink)
        -> (chains: [CompiledChain], failed: Set<String>)
    {
        var chains: [CompiledChain] = []
        var failed: Set<String> = []
        let blocks = document.directiveBlocks.filter { $0.name == "chain" }
        for block in blocks {
            let id = block.arguments.first ?? ""
            if block.arguments.count > 1 {
                sink.report(
                    .error(
                        "a {chain} block takes one id, found '\(block.arguments.joined(separator: " "))'",
                        at: block.location))
                failed.insert(id)
                continue
            }
            if id.isEmpty, blocks.count > 1 {
                sink.report(
                    .error(
                        "this page has \(blocks.count) chains, so each needs an id: ```{chain} NAME",
                        at: block.location))
                failed.insert(id)
                continue
            }
            if chains.contains(where: { $0.computed.id == id }) {
                sink.report(.error("duplicate chain id '\(id)' on this page", at: block.location))
                continue
            }
            guard
                let compiled = sink.collect({ () throws -> CompiledChain in
                    let yaml = try YAMLParser.parse(
                        block.body, file: page.source, firstLine: block.bodyFirstLine,
                        columnOffset: block.location.column - 1)
                    let spec = try ChainSpec.decode(yaml, id: id, fence: block.location)
                    let computed = try ChainEngine.compute(spec)
                    let precision = computed.precision ?? project.config.precision
                    return CompiledChain(page: page.source, spec: spec, computed: computed, precision: precision)
                })
            else {
                failed.insert(id)
                continue
            }
            sink.report(
                contentsOf: ChainEngine.expectFailures(
                    compiled.spec, compiled.computed, defaultPrecision: project.config.precision))
            sink.report(
                contentsOf: ChainEngine.descentWarnings(
                    compiled.spec, compiled.computed, defaultPrecision: project.config.precision))
            chains.append(compiled)
            document.replace(block, withHTML: ChainDefinition.html(id: id, body: block.body))
        }
        return (chains, failed.subtracting(chains.map(\.computed.id)))
    }

    /// Renders every view block (`{forward}`, `{factors} id dC/dw1`...).
    private func fillViews(
        of document: MarkdownDocument, chains: [CompiledChain], failed: Set<String>, page: SourcePage,
        sink: inout DiagnosticSink
    ) {
        for block in document.directiveBlocks where block.name != "chain" {
            guard let kind = ViewKind(rawValue: block.name) else {
                let known = ["chain"] + ViewKind.allCases.map(\.rawValue)
                let guess = Suggestions.closest(to: block.name, in: known).map { "; did you mean '{\($0)}'?" } ?? ""
                sink.report(
                    .error(
                        "unknown block '{\(block.name)}' (known: \(known.map { "{\($0)}" }.joined(separator: ", ")))"
                            + guess, at: block.location))
                continue
            }
            if usesFailedChain(block.arguments.first, chains: chains, failed: failed) { continue }
            guard let (chain, argument) = resolve(block, kind: kind, chains: chains, sink: &sink) else { continue }
            guard
                let html = sink.collect({ () throws -> String in
                    let options = try YAMLParser.parse(
                        block.body, file: page.source, firstLine: block.bodyFirstLine,
                        columnOffset: block.location.column - 1)
                    let request = ViewRequest(
                        kind: block.name, argument: argument, options: options, location: block.location)
                    return try ViewRenderer.render(
                        request, chain: chain.computed, precision: chain.precision, markdown: InlineMarkdown.render)
                })
            else { continue }
            document.replace(block, withHTML: html)
        }
    }

    /// Finds the chain a view names (its first word when that is a chain id) and the view's argument.
    private func resolve(
        _ block: DirectiveBlock, kind: ViewKind, chains: [CompiledChain], sink: inout DiagnosticSink
    )
        -> (CompiledChain, String?)?
    {
        var words = block.arguments
        let ids = chains.map(\.computed.id)
        if let first = words.first, let chain = chains.first(where: { $0.computed.id == first && !first.isEmpty }) {
            words.removeFirst()
            return check(words, block, sink: &sink).map { (chain, $0) }
        }
        if chains.isEmpty {
            sink.report(.error("{\(block.name)} needs a {chain} block on this page", at: block.location))
            return nil
        }
        let takesArgument = kind.takesArgument
        if chains.count > 1 || (words.count > (takesArgument ? 1 : 0)) {
            let named = words.first ?? ""
            let hint = named.isEmpty ? "" : " '\(named)'"
            // A page's only chain may have no id; then there is nothing to name or suggest.
            let advice =
                ids == [""]
                ? "the page's chain has no id, so leave it out"
                : "name one of: \(ids.joined(separator: ", "))" + Suggestions.didYouMean(named, in: ids)
            sink.report(.error("no chain\(hint) on this page for {\(block.name)}; \(advice)", at: block.location))
            return nil
        }
        return check(words, block, sink: &sink).map { (chains[0], $0) }
    }

    /// True when a view or value names a chain whose block failed (`first` is the id it names, if any),
    /// or names none on a page whose only chains failed: that chain's error is already reported.
    private func usesFailedChain(_ first: String?, chains: [CompiledChain], failed: Set<String>) -> Bool {
        if let first, failed.contains(first) { return true }
        return chains.isEmpty && !failed.isEmpty
    }

    private func check(_ words: [String], _ block: DirectiveBlock, sink: inout DiagnosticSink) -> String?? {
        guard words.count <= 1 else {
            sink.report(
                .error("too many words after {\(block.name)}: '\(words.joined(separator: " "))'", at: block.location))
            return nil
        }
        return .some(words.first)
    }

    /// Replaces every `` `=name` `` and `` `=id:name` `` with the computed number.
    private func fillInlineValues(
        of document: MarkdownDocument, chains: [CompiledChain], failed: Set<String>, page: SourcePage,
        sink: inout DiagnosticSink
    ) {
        for value in document.inlineValues {
            let id = value.name.firstIndex(of: ":").map { String(value.name[..<$0]) }
            if usesFailedChain(id, chains: chains, failed: failed) { continue }
            var chain: CompiledChain?
            var name = value.name
            if let colon = name.firstIndex(of: ":") {
                let id = String(name[..<colon])
                chain = chains.first { $0.computed.id == id }
                if chain == nil {
                    let ids = chains.map(\.computed.id)
                    let rest = String(name[name.index(after: colon)...])
                    let advice =
                        ids == [""]
                        ? "; the page's chain has no id, so write `=\(rest)`" : Suggestions.didYouMean(id, in: ids)
                    sink.report(
                        .error(
                            "no chain '\(id)' on this page" + advice,
                            at: value.location.offset(lines: 0, columns: 1)))
                    continue
                }
                name = String(name[name.index(after: colon)...])
            } else if chains.count == 1 {
                chain = chains[0]
            } else {
                let message =
                    chains.isEmpty
                    ? "`=\(name)` needs a {chain} block on this page"
                    : "this page has several chains; write `=ID:\(name)` with one of: "
                        + chains.map(\.computed.id).joined(separator: ", ")
                sink.report(.error(message, at: value.location))
                continue
            }
            guard let chain else { continue }
            // The span's location is its `=`; point at the quantity name after any `id:` prefix.
            let location = value.location.offset(lines: 0, columns: 1 + value.name.count - name.count)
            guard
                let html = sink.collect({ () throws -> String in
                    try ViewRenderer.inlineValue(
                        name: name, chain: chain.computed, precision: chain.precision, location: location)
                })
            else { continue }
            document.replace(value, withHTML: html)
        }
    }
}
