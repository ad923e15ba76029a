import Chains
import Diagnostics
import TestSupport
import XCTest
import YAML

/// Seeded mutants of valid chain bodies never crash decoding or the engine: each is refused with
/// well-formed diagnostics inside the Markdown file, or computes to finite values and gradients.
final class ChainFuzzTests: XCTestCase {
    static let bodies: [String] = [
        // The cheatsheet's worked chain.
        """
        input: 1
        weights: [2, 3, 0.5]
        target: 2
        learning_rate: 0.01
        expect:
          a1: 2
          C: 1
          dC/dw1: 3
        meanings:
          dC/da3: "The output's **desire**: which way the output should move."

        """,
        // Its sigmoid twin and a descent that diverges.
        "input: 1\nweights: [2, 3, 0.5]\nactivation: sigmoid\ntarget: 1\nlearning_rate: 0.1\nsteps: 4\n",
        // The general form: two neurons, biases, per-layer activations, another cost.
        """
        input: [1, 0.5]
        layers:
          - w: [[0.1, 0.2], [0.3, 0.4]]
            b: [0, 0.1]
            activation: tanh
          - w: [1, -1]
            b: 0.5
            activation: sigmoid
        target: 1
        cost: cross_entropy
        precision: 3
        learning_rate: 0.5
        steps: 3
        expect:
          dC/dw2[1,2]: -0.1

        """,
        "input: 2\nweights: [1, -1, 0.5]\nbiases: [0, 1, -1]\nactivation: leaky_relu\ntarget: 0\ncost: half_squared\n",
    ]

    /// The Markdown file the body sits in: front matter, a heading, then the fence on line 6.
    static func page(_ body: String) -> String {
        "---\ntitle: Fuzz\n---\n## Chain\n\n```{chain} worked\n" + body + "```\n\nThe cost is `=C`.\n"
    }

    func testMutatedChainsAreRefusedInsideTheFileOrComputeFiniteNumbers() {
        var refused = 0, computed = 0
        for (n, body) in Self.bodies.enumerated() {
            var mutator = Mutator(seed: 0xC4A1_0000 + UInt64(n), tokens: Self.tokens)
            for k in 0..<400 * Mutator.scale {
                let mutant = mutator.mutate(body, maximum: 2)
                if run(mutant, label: "body \(n) case \(k)") { computed += 1 } else { refused += 1 }
            }
        }
        XCTAssertEqual(refused + computed, 1600 * Mutator.scale)
        XCTAssertGreaterThan(refused, 0, "mutations should break some chains")
        XCTAssertGreaterThan(computed, 0, "mutations should leave some chains valid")
    }

    // Found by the fuzzer (SITEGEN_FUZZ_SCALE=15): a blank line turned `input` into a two-line scalar, and
    // the message quoting it printed as two lines.
    func testAMultiLineScalarIsQuotedOnOneLine() {
        let body = "input: 1\n\n [2, 3, 0.5]\nweights: [1]\ntarget: 1\n"
        XCTAssertEqual(
            ChainFixture.problems(body),
            [
                "content/t.md:5:8: error: input must be a number, found '1 [2, 3, 0.5]'"
            ])
    }

    // Found while probing: an empty list was "weights must be a non-empty list ..., found a list".
    func testAnEmptyListIsCalledEmpty() {
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nweights: []\ntarget: 0"),
            [
                "content/t.md:6:10: error: weights must be a non-empty list of numbers, one per layer, found an empty list"
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nlayers: {}\ntarget: 0"),
            [
                "content/t.md:6:9: error: layers must be a non-empty list, one entry per layer, found an empty map"
            ])
    }

    /// Chain keys and quantity names, so mutants reach the decoder's and engine's checks, not only YAML's.
    static let tokens = [
        "input: ", "weights: ", "layers:\n  - w: ", "biases: ", "activation: ", "sigmoid", "relu", "softmax",
        "target: ", "cost: ", "cross_entropy", "learning_rate: ", "steps: ", "precision: ", "expect:\n  ",
        "meanings:\n  ", "dC/dw9", "w1_new", "C@3", "a2[1]", "w2[1,3]", "dC/da3", "b: ", "w: ", "\n  - w: [[1]]",
        "[[1, 2], [3]]", "[]", "10000", "17", "0.1",
    ]

    /// Decodes and computes one mutant; true when it computed.
    private func run(_ body: String, label: String) -> Bool {
        let file = "content/t.md"
        let files = [file: Self.page(body)]
        let fence = SourceLocation(file: file, line: 6, column: 1)
        var printed: [String] = []
        var chain: ComputedChain?
        do {
            let yaml = try YAMLParser.parse(body, file: file, firstLine: 7)
            chain = try ChainEngine.compute(ChainSpec.decode(yaml, id: "worked", fence: fence))
        } catch let list as DiagnosticList {
            printed = list.diagnostics.map(\.description)
            XCTAssertFalse(printed.isEmpty, "\(label): an empty list of problems")
        } catch {
            printed = ["\(error)"]
        }
        for line in printed {
            if let problem = DiagnosticOracle.problem(with: line, files: files) {
                XCTFail("\(label): \(problem): \(line.debugDescription)\n\(Mutator.literal(body))")
            }
            XCTAssertTrue(line.contains(": error: "), "\(label): a refused chain needs an error: \(line)")
        }
        guard let chain else { return false }
        for (name, value) in chain.quantities where !name.contains("@") && !name.hasSuffix("_new") {
            XCTAssertTrue(value.isFinite, "\(label): \(name) = \(value)\n\(Mutator.literal(body))")
        }
        _ = ChainJSON.render(page: file, chains: [chain])
        return true
    }
}
