import CCmarkGFM
import Foundation

/// The one place that touches cmark-gfm: owns the parser and the tree, and frees both.
final class CmarkDocument {
    /// A node of the tree, valid while its document lives.
    typealias Node = OpaquePointer

    private let parser: OpaquePointer
    private let root: Node
    private let options: Int32
    /// Nodes taken out of the tree; freed only after the document is gone (freeing early crashed cmark).
    private var detached: [Node] = []

    /// Extensions are registered once per process; Swift runs this initializer exactly once.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Parses `text` with the GitHub extensions; safe mode unless `unsafe`.
    init(text: String, unsafe: Bool) {
        _ = Self.registered
        options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | (unsafe ? CMARK_OPT_UNSAFE : 0)
        let parser: OpaquePointer = cmark_parser_new(options)
        self.parser = parser
        for name in ["table", "strikethrough", "autolink", "tagfilter", "tasklist"] {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        root = cmark_parser_finish(parser)
    }

    deinit {
        cmark_node_free(root)
        for node in detached { cmark_node_free(node) }
        cmark_parser_free(parser)
    }

    /// What kind of node this is.
    enum Kind { case codeBlock, code, heading, link, image, text, other }

    /// Every node in document order (entered once each).
    func nodes() -> [Node] {
        var result: [Node] = []
        guard let iterator = cmark_iter_new(root) else { return result }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { result.append(node) }
        }
        return result
    }

    func kind(_ node: Node) -> Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HEADING: return .heading
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        case CMARK_NODE_TEXT: return .text
        default: return .other
        }
    }

    func literal(_ node: Node) -> String { cmark_node_get_literal(node).map { String(cString: $0) } ?? "" }
    func fenceInfo(_ node: Node) -> String { cmark_node_get_fence_info(node).map { String(cString: $0) } ?? "" }
    func isFenced(_ node: Node) -> Bool {
        var length: Int32 = 0
        var offset: Int32 = 0
        var character: CChar = 0
        return cmark_node_get_fenced(node, &length, &offset, &character) != 0
    }
    func url(_ node: Node) -> String { cmark_node_get_url(node).map { String(cString: $0) } ?? "" }
    func setURL(_ node: Node, _ url: String) { _ = cmark_node_set_url(node, url) }
    func headingLevel(_ node: Node) -> Int { Int(cmark_node_get_heading_level(node)) }
    /// 1-based line and byte column where the node starts.
    func start(_ node: Node) -> (line: Int, column: Int) {
        (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
    }

    /// The text of a node's descendants (text, code, and the alt text of images), for heading names.
    func plainText(_ node: Node) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let n = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(n) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += literal(n)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            case CMARK_NODE_CUSTOM_INLINE: text += pendingText[n] ?? ""
            default: break
            }
        }
        return text
    }

    /// Replaces `node` with a custom node that renders `html` verbatim (safe mode still filters
    /// everything else); `textForHeadings` is what heading text extraction sees instead.
    func replace(_ node: Node, html: String, inline: Bool, textForHeadings: String = "") {
        guard let custom = cmark_node_new(inline ? CMARK_NODE_CUSTOM_INLINE : CMARK_NODE_CUSTOM_BLOCK) else { return }
        _ = cmark_node_set_on_enter(custom, html)
        _ = cmark_node_set_on_exit(custom, "")
        if cmark_node_replace(node, custom) != 0 {
            detached.append(node)
        } else {
            cmark_node_free(custom)
        }
        if inline { pendingText[custom] = textForHeadings }
    }

    /// Plain text stood in for by replaced inline nodes.
    private var pendingText: [Node: String] = [:]

    /// The HTML of one node and its children, as the full render would write it.
    func renderNode(_ node: Node) -> String { html(of: node) }

    /// The HTML of the whole document.
    func render() -> String { html(of: root) }

    private func html(of node: Node) -> String {
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let output = cmark_render_html(node, options, extensions) else { return "" }
        defer { free(output) }
        return String(cString: output)
    }
}
