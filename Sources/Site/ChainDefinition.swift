import Diagnostics

/// The HTML that stands where a `{chain}` block was.
enum ChainDefinition {
    /// A collapsed `<details>` showing the chain's definition, so readers can see what was computed.
    static func html(id: String, body: String) -> String {
        let name = id.isEmpty ? "The chain" : "Chain “\(HTMLEscape.text(id))”"
        return "<details class=\"sg-chain-spec\"><summary>\(name): definition</summary>"
            + "<pre><code class=\"language-yaml\">\(HTMLEscape.text(body))</code></pre></details>\n"
    }
}
