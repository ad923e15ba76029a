import Chains
import Diagnostics

/// Hand-built chains for the view tests. Every value below was computed by hand (see the comments),
/// independently of the engine, so the tests check the views and nothing else.
enum Fixtures {
    static let page = "content/track-11/cheatsheet.md"

    static func factor(_ of: String, _ wrt: String, _ formula: String, _ value: Double, _ meaning: String = "")
        -> Factor
    {
        let name = "d\(of)/d\(wrt)"
        return Factor(name: name, of: of, wrt: wrt, formula: formula, value: value, meaning: meaning)
    }

    static func neuron(
        _ name: String, z: String? = nil, _ activation: Activation = .none, inputs: [(String, String)],
        bias: String? = nil
    ) -> ComputedNeuron {
        ComputedNeuron(
            name: name, preActivation: z, activation: activation,
            inputs: inputs.map { WeightedInput(weight: $0.0, input: $0.1) }, bias: bias)
    }

    static func path(_ factors: [Factor], _ product: Double) -> FactorPath {
        FactorPath(factors: factors, product: product)
    }

    /// Adds every factor's value to the quantities under its name.
    static func quantities(_ base: [String: Double], edges: [Factor]) -> [String: Double] {
        var all = base
        for edge in edges { all[edge.name] = edge.value }
        return all
    }
}
