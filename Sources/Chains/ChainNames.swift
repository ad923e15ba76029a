/// Section-3 names for a network shape: plain names (`a2`, `w2`) where a layer has one neuron,
/// 1-based indices (`a2[1]`, `w2[1,3]`) where it has several. Indices passed in are 0-based.
struct ChainNames: Sendable {
    /// Neurons per layer, input layer first (index 0 is `a0`).
    let widths: [Int]

    init(inputCount: Int, layerWidths: [Int]) { widths = [inputCount] + layerWidths }

    /// `a0`, `a2`, `a2[1]`; also `z` and `b` with another prefix.
    func node(_ prefix: String, layer: Int, neuron: Int) -> String {
        widths[layer] == 1 ? "\(prefix)\(layer)" : "\(prefix)\(layer)[\(neuron + 1)]"
    }

    /// `w2` when both layers have one neuron, otherwise `w2[j,k]` (into neuron j from neuron k).
    func weight(layer: Int, neuron: Int, input: Int) -> String {
        widths[layer] == 1 && widths[layer - 1] == 1 ? "w\(layer)" : "w\(layer)[\(neuron + 1),\(input + 1)]"
    }

    /// `y`, or `y[j]` for several outputs.
    func target(_ neuron: Int) -> String {
        (widths.last ?? 1) == 1 ? "y" : "y[\(neuron + 1)]"
    }

    /// Indexed spellings that mean the same as a plain name: `a2[1]` for `a2`, `w2[1,1]` for `w2`.
    var aliases: [(indexed: String, plain: String)] {
        var result: [(String, String)] = []
        for (layer, width) in widths.enumerated() where width == 1 {
            result.append(("a\(layer)[1]", "a\(layer)"))
            guard layer > 0 else { continue }
            result.append(("z\(layer)[1]", "z\(layer)"))
            result.append(("b\(layer)[1]", "b\(layer)"))
            if widths[layer - 1] == 1 { result.append(("w\(layer)[1,1]", "w\(layer)")) }
        }
        if widths.last == 1 { result.append(("y[1]", "y")) }
        return result
    }
}
