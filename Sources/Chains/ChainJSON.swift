/// The JSON that `sitegen eval PAGE.md` prints (format spec section 7).
///
/// Pretty-printed with two-space indentation and keys sorted by Unicode scalar value; numbers in their
/// shortest round-trip form (`NumberFormat.exact`), non-finite ones as `null`; ends with a newline.
/// Per chain: `id`; `values` (every node and parameter, and `y`, `C`); `gradients` (dC/dX for every
/// parameter and every non-input node, keyed by X); `factors` (each parameter's list of paths, each path
/// a list of `{formula, meaning, name, value}`, cost side first; a parameter with more paths than listed
/// is absent); `path_counts` (every parameter's number of paths); `descent` (the states
/// `{C, <parameter>...}` of steps 0...steps; empty without a learning rate); `learning_rate` when set.
public enum ChainJSON {
    /// Renders a page's chains.
    public static func render(page: String, chains: [ComputedChain]) -> String {
        let root = JSONValue.object([
            "page": .string(page),
            "chains": .array(chains.map(chain)),
        ])
        return root.written() + "\n"
    }

    static func chain(_ c: ComputedChain) -> JSONValue {
        var values: [String: JSONValue] = [:]
        var gradients: [String: JSONValue] = [:]
        let neurons = c.layers.flatMap { $0.neurons.flatMap { [$0.preActivation, $0.name] } }.compactMap { $0 }
        for name in c.inputs + c.parameters + neurons + c.targets + ["C"] {
            if let v = c.quantities[name] { values[name] = .number(v) }
        }
        for name in c.parameters + neurons {
            if let g = c.quantities["dC/d\(name)"] { gradients[name] = .number(g) }
        }
        var factors: [String: JSONValue] = [:]
        for (parameter, paths) in c.paths {
            factors[parameter] = .array(paths.map { path in
                .array(path.factors.map { f in
                    .object([
                        "name": .string(f.name), "formula": .string(f.formula), "value": .number(f.value),
                        "meaning": .string(f.meaning),
                    ])
                })
            })
        }
        var object: [String: JSONValue] = [
            "id": .string(c.id),
            "values": .object(values),
            "gradients": .object(gradients),
            "factors": .object(factors),
            "path_counts": .object(c.pathCounts.mapValues { .number(Double($0)) }),
            "descent": .array([]),
        ]
        if let rate = c.learningRate {
            object["learning_rate"] = .number(rate)
            object["descent"] = .array(c.descent.map { state in
                var members = state.parameters.mapValues { JSONValue.number($0) }
                members["C"] = .number(state.cost)
                return .object(members)
            })
        }
        return .object(object)
    }
}
