import Diagnostics
import YAML

extension ChainSpec {
    /// The keys a `{chain}` body may use (format spec section 2).
    public static let keys = [
        "input", "weights", "biases", "layers", "activation", "target", "cost", "learning_rate", "steps",
        "precision", "expect", "meanings", "sweep",
    ]

    /// Decodes and validates a `{chain}` block's YAML body.
    /// - Parameters:
    ///   - yaml: the parsed body (its locations already point into the Markdown file), nil when empty.
    ///   - id: the chain's id from the fence, or empty.
    ///   - fence: the fence line, where problems about missing keys are reported.
    /// - Throws: every problem found, each at the line and column of the offending YAML node.
    public static func decode(_ yaml: YAMLNode?, id: String, fence: SourceLocation) throws(DiagnosticList)
        -> ChainSpec
    {
        var d = ChainDecoder()
        if !isValidID(id) { d.fail("chain id '\(id)' may use only letters, digits, '-' and '_'", at: fence) }
        guard let yaml else {
            let message = "empty chain: it needs 'input', 'weights' or 'layers', and 'target'"
            throw DiagnosticList([.error(message, at: fence)])
        }
        guard let pairs = d.pairs(yaml, "a chain", allowed: keys) else { throw DiagnosticList(d.problems) }
        let node = Dictionary(pairs.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        let keyLocations = Dictionary(pairs.map { ($0.name, $0.key.location) }, uniquingKeysWith: { a, _ in a })

        // A misspelled required key is reported once, as unknown with its suggestion, not also as missing.
        let misspelled = Set(
            ChainSpec.pairs(in: yaml).filter { !keys.contains($0) }.compactMap {
                Suggestions.closest(to: $0, in: keys)
            })
        for key in ["input", "target"] where node[key] == nil && !misspelled.contains(key) {
            d.fail("chain is missing '\(key)'", at: fence)
        }
        let input = node["input"].flatMap { d.numbers($0, "input") }
        if let input, let at = node["input"]?.location, input.count > ChainLimits.neurons {
            d.fail("too many input neurons: \(input.count) (at most \(ChainLimits.neurons))", at: at)
        }
        let target = node["target"].flatMap { d.numbers($0, "target") }
        let activation: Activation = node["activation"].flatMap { d.choice($0, "activation") } ?? .none
        let cost: CostKind = node["cost"].flatMap { d.choice($0, "cost") } ?? .squared
        let layers = d.layers(
            node: node, keyLocations: keyLocations, activation: activation, fence: fence,
            excused: !misspelled.isDisjoint(with: ["weights", "layers"]))
        if let layers, let input { d.checkShapes(layers, inputCount: input.count) }
        if let target, let targetNode = node["target"] {
            d.checkTarget(target, at: targetNode.location, outputs: layers?.last?.width, cost: cost)
        }
        let (learningRate, steps) = d.descent(node: node, keyLocations: keyLocations, layers: layers ?? [])
        let precision = node["precision"].flatMap { d.integer($0, "precision", in: 1...17) }
        let expect = node["expect"].map { d.expectations($0) } ?? []
        let (meanings, meaningLocations) = node["meanings"].map { d.meanings($0) } ?? ([:], [:])
        let sweep =
            node["sweep"].map {
                d.sweep($0, key: keyLocations["sweep"] ?? fence, input: input, layers: layers, target: target)
            } ?? []

        guard d.problems.isEmpty, let input, let target, let layers else {
            throw DiagnosticList(d.problems.isEmpty ? [.error("invalid chain", at: fence)] : d.problems)
        }
        return ChainSpec(
            id: id, location: fence, input: input, layers: layers, target: target, cost: cost,
            learningRate: learningRate, steps: steps, precision: precision, expect: expect, meanings: meanings,
            meaningLocations: meaningLocations, keyLocations: keyLocations, sweep: sweep.map(\.depth),
            sweepLocations: Dictionary(sweep.map { ($0.depth, $0.location) }, uniquingKeysWith: { a, _ in a }))
    }

    /// Letters, digits, `-` and `_` (format spec section 2); the empty id of a page's only chain is fine.
    public static func isValidID(_ id: String) -> Bool {
        id.unicodeScalars.allSatisfy {
            ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }
}

/// `1 number`, `2 neurons`, `3 biases`.
func plural(_ n: Int, _ word: String) -> String {
    n == 1 ? "1 \(word)" : "\(n) \(word)\(word.hasSuffix("s") ? "es" : "s")"
}

extension ChainDecoder {
    /// The output layer must have one neuron per target; cross-entropy targets are probabilities.
    mutating func checkTarget(_ target: [Double], at location: SourceLocation, outputs: Int?, cost: CostKind) {
        if let outputs, target.count != outputs {
            fail(
                "target has \(plural(target.count, "number")) but the output layer has \(plural(outputs, "neuron"))",
                at: location)
        }
        if cost == .crossEntropy, target.contains(where: { $0 < 0 || $0 > 1 }) {
            fail("cross_entropy needs targets between 0 and 1", at: location)
        }
    }

    /// `learning_rate` (positive) and `steps` (needs a rate; bounded so the recorded descent stays small).
    mutating func descent(node: [String: YAMLNode], keyLocations: [String: SourceLocation], layers: [ChainSpec.Layer])
        -> (Double?, Int)
    {
        var rate: Double?
        if let rateNode = node["learning_rate"], let x = number(rateNode, "learning_rate") {
            if x > 0 { rate = x } else { fail("learning_rate must be positive, found \(x)", at: rateNode.location) }
        }
        guard let stepsNode = node["steps"] else { return (rate, 1) }
        if node["learning_rate"] == nil, let at = keyLocations["steps"] {
            fail("'steps' needs a 'learning_rate' to take steps with", at: at)
        }
        let steps = integer(stepsNode, "steps", in: 1...ChainLimits.steps) ?? 1
        let parameters = ChainSpec.parameterCount(of: layers)
        if (steps + 1) * parameters > ChainLimits.descentValues {
            fail(
                "too many steps: \(steps) steps of \(parameters) parameters exceed the limit of "
                    + "\(ChainLimits.descentValues) recorded values; use fewer steps", at: stepsNode.location)
        }
        return (rate, steps)
    }

    mutating func expectations(_ node: YAMLNode) -> [ChainSpec.Expectation] {
        guard let pairs = node.pairs else {
            fail("expect must be a map from quantity names to numbers, found \(node.kindName)", at: node.location)
            return []
        }
        return pairs.compactMap { pair in
            number(pair.value, "expected \(pair.name)").map {
                ChainSpec.Expectation(name: pair.name, value: $0, location: pair.key.location)
            }
        }
    }

    mutating func meanings(_ node: YAMLNode) -> ([String: String], [String: SourceLocation]) {
        guard let pairs = node.pairs else {
            fail("meanings must be a map from factor names to text, found \(node.kindName)", at: node.location)
            return ([:], [:])
        }
        var text: [String: String] = [:], locations: [String: SourceLocation] = [:]
        for pair in pairs {
            guard let value = pair.value.string else {
                fail("the meaning of \(pair.name) must be text, found \(pair.value.kindName)", at: pair.value.location)
                continue
            }
            text[pair.name] = value
            locations[pair.name] = pair.key.location
        }
        return (text, locations)
    }
}

extension ChainSpec {
    /// The key names of a chain's top-level map (empty for anything else).
    fileprivate static func pairs(in yaml: YAMLNode) -> [String] { yaml.pairs?.map(\.name) ?? [] }
}
