import CCmarkGFM
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The one place that touches cmark-gfm: owns a parser and its document tree, and frees them in `deinit`.
///
/// Nodes are addressed by *handles* (indices into `nodes`) so no C pointer leaves this file.
/// Replaced nodes are unlinked but kept alive in `detached` until `deinit`, after any rendering:
/// freeing a replaced node earlier is how a trial crashed.
final class CmarkDocument {
    /// The GFM extensions every document uses, attached by name.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    private let parser: OpaquePointer
    private let root: OpaquePointer
    private let options: Int32
    /// Nodes that scanning reported, by handle; a replaced node's slot points at its replacement.
    private var nodes: [OpaquePointer] = []
    /// Unlinked nodes, freed in `deinit`.
    private var detached: [OpaquePointer] = []

    /// Parses `text` (UTF-8, NUL-free) with the GFM extensions; `unsafeHTML` keeps authors' raw HTML.
    init(text: String, unsafeHTML: Bool) {
        _ = coreExtensionsRegistered
        options = CMARK_OPT_DEFAULT | (unsafeHTML ? CMARK_OPT_UNSAFE : 0)
        guard let parser = cmark_parser_new(options) else { fatalError("cmark-gfm: out of memory") }
        for name in Self.extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var source = text
        let document = source.withUTF8 { bytes in
            // cmark 0.29.0.gfm.6 toggles a process-wide table of special characters while it parses
            // inlines, so two parses on different threads would corrupt each other; serialize them.
            parseLock.withLock { _ in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    if let base = chars.baseAddress, chars.count > 0 { cmark_parser_feed(parser, base, chars.count) }
                }
                return cmark_parser_finish(parser)
            }
        }
        guard let document else { fatalError("cmark-gfm: out of memory") }
        self.parser = parser
        self.root = document
    }

    deinit {
        for node in detached { cmark_node_free(node) }
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// Every fenced code block, code span, heading, link and image, in document order, each with a handle.
    func scan() -> [ScannedNode] {
        var found: [ScannedNode] = []
        guard let iterator = cmark_iter_new(root) else { return found }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                let node = cmark_iter_get_node(iterator), let kind = Self.kind(of: node)
            else { continue }
            found.append(
                ScannedNode(
                    handle: nodes.count, kind: kind,
                    line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))))
            nodes.append(node)
        }
        return found
    }

    private static func kind(of node: OpaquePointer) -> ScannedNode.Kind? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_CODE_BLOCK:
            var length: Int32 = 0
            var offset: Int32 = 0
            var character: CChar = 0
            guard cmark_node_get_fenced(node, &length, &offset, &character) != 0 else { return nil }
            let info = string(cmark_node_get_fence_info(node))
            return .fencedCode(info: info, body: string(cmark_node_get_literal(node)))
        case CMARK_NODE_CODE:
            return .codeSpan(content: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), text: plainText(of: node))
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(node)), text: plainText(of: node), isImage: false)
        case CMARK_NODE_IMAGE:
            return .link(destination: string(cmark_node_get_url(node)), text: plainText(of: node), isImage: true)
        default:
            return nil
        }
    }

    /// The text a reader sees: text and code literals, line breaks as spaces, raw HTML left out.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator)
            else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += string(cmark_node_get_literal(child))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// Replaces the node `handle` with a custom block (or inline) that renders `html` verbatim.
    func replace(_ handle: Int, withHTML html: String, inline: Bool) {
        let type = inline ? CMARK_NODE_CUSTOM_INLINE : CMARK_NODE_CUSTOM_BLOCK
        guard nodes.indices.contains(handle), let custom = cmark_node_new(type) else { return }
        cmark_node_set_on_enter(custom, html)
        swap(handle, for: custom)
    }

    /// Wraps the children of heading `handle` between `open` and `close`, replacing the heading element itself
    /// so the markup (id, wrapper, anchor) is ours while inline formatting inside stays cmark's.
    /// The wrapper is a custom inline inside an empty custom block: a custom block's own `on_enter` would be
    /// followed by a newline inside the `<h2>`.
    func wrapChildren(of handle: Int, open: String, close: String) {
        guard nodes.indices.contains(handle), let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        guard let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else {
            cmark_node_free(block)
            return
        }
        cmark_node_set_on_enter(wrapper, open)
        cmark_node_set_on_exit(wrapper, close)
        cmark_node_append_child(block, wrapper)
        let heading = nodes[handle]
        while let child = cmark_node_first_child(heading) {
            cmark_node_unlink(child)
            if cmark_node_append_child(wrapper, child) == 0 { detached.append(child) }
        }
        swap(handle, for: block)
    }

    /// Puts `new` where node `handle` is; the old node is kept alive until `deinit`.
    private func swap(_ handle: Int, for new: OpaquePointer) {
        guard cmark_node_replace(nodes[handle], new) != 0 else {
            detached.append(new)
            return
        }
        detached.append(nodes[handle])
        nodes[handle] = new
    }

    /// Sets the destination of link or image `handle`.
    func setURL(of handle: Int, to url: String) {
        guard nodes.indices.contains(handle) else { return }
        cmark_node_set_url(nodes[handle], url)
    }

    /// The document as HTML, with the parser's extensions (tables, task lists, tag filter) taking part.
    func renderHTML() -> String {
        guard let html = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}

/// Registers the core extensions once per process; Swift runs a global's initializer exactly once, thread-safely.
private let coreExtensionsRegistered: Bool = {
    cmark_gfm_core_extensions_ensure_registered()
    return true
}()

/// Serializes `cmark_parser_finish`, which mutates process-wide tables in this cmark-gfm version.
private let parseLock = Mutex(())
