/// The JSON that `sitegen eval PAGE.md` prints (format spec section 7).
///
/// Pretty-printed with two-space indentation and keys sorted by Unicode scalar value; numbers in their
/// shortest round-trip form (`NumberFormat.exact`), non-finite ones as `null`; ends with a newline.
/// Per chain: `id`; `values` (every node and parameter, and `y`, `C`); `gradients` (dC/dX for every
/// parameter and every non-input node, keyed by X); `factors` (each parameter's list of paths, each path
/// a list of `{formula, meaning, name, value}`, cost side first; a parameter with more paths than listed
/// is absent); `path_counts` (every parameter's number of paths); `descent` (the states
/// `{C, <parameter>...}` of steps 0...steps; empty without a learning rate); `learning_rate` when set;
/// `operations` (the four `ops.*` counts by quantity name, see `OperationNames`); `sweep` (one object per
/// depth of the chain's `sweep` key, in its order: `{depth, C, dC/dw1, ops.backward, ops.separate}`, the
/// values of `sweep@L.*`; empty without the key).
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
            factors[parameter] = .array(
                paths.map { path in
                    .array(
                        path.factors.map { f in
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
            "operations": .object(operations(c)),
            "sweep": .array(c.sweepDepths.map { sweep(c, depth: $0) }),
        ]
        if let rate = c.learningRate {
            object["learning_rate"] = .number(rate)
            object["descent"] = .array(
                c.descent.map { state in
                    var members = state.parameters.mapValues { JSONValue.number($0) }
                    members["C"] = .number(state.cost)
                    return .object(members)
                })
        }
        return .object(object)
    }

    static func operations(_ c: ComputedChain) -> [String: JSONValue] {
        var members: [String: JSONValue] = [:]
        let names = [
            OperationNames.backward, OperationNames.backwardAdditions, OperationNames.separate,
            OperationNames.separateAdditions,
        ]
        for name in names { if let v = c.quantities[name] { members[name] = .number(v) } }
        return members
    }

    static func sweep(_ c: ComputedChain, depth: Int) -> JSONValue {
        var members: [String: JSONValue] = ["depth": .number(Double(depth))]
        for name in SweepNames.perDepth {
            if let v = c.quantities[SweepNames.name(name, depth: depth)] { members[name] = .number(v) }
        }
        return .object(members)
    }
}
