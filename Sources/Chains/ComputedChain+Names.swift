import Foundation

extension ComputedChain {
    /// The key of `quantities` that `name` stands for: indexed spellings of one-neuron layers become plain
    /// (`a2[1]` → `a2`, `w2[1,1]` → `w2`, `dC/da3[1]` → `dC/da3`); other names are returned unchanged.
    public func canonicalName(_ name: String) -> String {
        guard name.contains("[") else { return name }
        let names = ChainNames(inputCount: inputs.count, layerWidths: layers.map(\.neurons.count))
        var result = name
        // An alias always ends in `]`, so `a2[1]` cannot match inside `a2[11]` or `a12[1]`.
        for alias in names.aliases where result.contains(alias.indexed) {
            result = result.replacingOccurrences(of: alias.indexed, with: alias.plain)
        }
        return result
    }

    /// The value of a quantity by any of its spellings, or nil for an unknown name.
    public func quantity(_ name: String) -> Double? {
        quantities[name] ?? quantities[canonicalName(name)]
    }

    /// The names an author may write, sorted: the keys of `quantities`.
    public var quantityNames: [String] { quantities.keys.sorted() }
}
