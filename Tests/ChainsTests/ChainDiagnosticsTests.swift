import Chains
import XCTest

/// Every bad input is refused with a diagnostic at the offending YAML node in `content/t.md`
/// (fence on line 4, body from line 5).
final class ChainDiagnosticsTests: XCTestCase {
    func testUnknownKeySuggestsTheClosestOne() {
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nwieghts: [2, 3]\ntarget: 2"),
            [
                "content/t.md:6:1: error: unknown key 'wieghts' in a chain; did you mean 'weights'?"
            ])
        // A misspelled required key is one problem, not also "missing"; a truly absent one still is.
        XCTAssertEqual(
            ChainFixture.problems("inptu: 1\nweights: [2]\ntarget: 2"),
            [
                "content/t.md:5:1: error: unknown key 'inptu' in a chain; did you mean 'input'?"
            ])
        XCTAssertEqual(
            ChainFixture.problems("weights: [2]\ntarget: 2"),
            [
                "content/t.md:4:1: error: chain is missing 'input'"
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nweights: [2]\ntarget: 2\ncolour: red"),
            [
                "content/t.md:8:1: error: unknown key 'colour' in a chain"
            ])
    }

    func testWeightsMustBeNumbers() {
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nweights: [2, x, 0.5]\ntarget: 2"),
            [
                "content/t.md:6:14: error: a weight must be a number, found 'x'"
            ])
        // A quoted number is text, not a number.
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nweights: [2, \"3\"]\ntarget: 2"),
            [
                "content/t.md:6:14: error: a weight must be a number, found '3'"
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nweights: {a: 1}\ntarget: 2"),
            [
                "content/t.md:6:10: error: weights must be a non-empty list of numbers, one per layer, found a map"
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: [1, [2]]\nweights: [1]\ntarget: 2"),
            [
                "content/t.md:5:12: error: input must be a number, found a list"
            ])
    }

    func testNonFiniteNumbersAreRefused() {
        XCTAssertEqual(
            ChainFixture.problems("input: .nan\nweights: [1e400, 1]\ntarget: -.inf"),
            [
                "content/t.md:5:8: error: input must be a finite number, found '.nan'",
                "content/t.md:7:9: error: target must be a finite number, found '-.inf'",
                "content/t.md:6:11: error: a weight must be a finite number, found '1e400'",
            ])
    }

    func testLayerShapesMustChain() {
        let body = """
            input: 1
            layers:
              - w: [[1], [2]]
              - w: [1, 2, 3]
            target: 2
            """
        XCTAssertEqual(
            ChainFixture.problems(body),
            [
                "content/t.md:8:8: error: layer 2 takes 3 inputs per neuron but layer 1 has 2 neurons"
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: [1, 2]\nweights: [1]\ntarget: 2"),
            [
                "content/t.md:6:11: error: layer 1 takes 1 input per neuron but the input has 2 neurons"
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nlayers:\n  - w: [[1], [2, 3]]\ntarget: [1, 2]"),
            [
                "content/t.md:7:14: error: neuron 2 of layer 1 has 2 weights but neuron 1 has 1"
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nlayers:\n  - w: [[1], 2]\ntarget: [1, 2]"),
            [
                "content/t.md:7:14: error: w of layer 1 mixes numbers and lists; give one list per neuron"
            ])
    }

    func testTargetMustMatchTheOutputLayer() {
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nweights: [2]\ntarget: [1, 2]"),
            [
                "content/t.md:7:9: error: target has 2 numbers but the output layer has 1 neuron"
            ])
    }

    func testUnknownActivationAndCostSuggestNames() {
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nweights: [2]\nactivation: sigmod\ntarget: 2"),
            [
                "content/t.md:7:13: error: unknown activation 'sigmod'; did you mean 'sigmoid'? "
                    + "(one of none, sigmoid, tanh, relu, leaky_relu)"
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nlayers:\n  - {w: 2, activation: Relu2}\ntarget: 2"),
            [
                "content/t.md:7:24: error: unknown activation 'Relu2'; did you mean 'relu'? "
                    + "(one of none, sigmoid, tanh, relu, leaky_relu)"
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nweights: [2]\ntarget: 2\ncost: cross_entropi"),
            [
                "content/t.md:8:7: error: unknown cost 'cross_entropi'; did you mean 'cross_entropy'? "
                    + "(one of squared, half_squared, cross_entropy)"
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nlayers:\n  - {w: 2, activaton: tanh}\ntarget: 2"),
            [
                "content/t.md:7:12: error: unknown key 'activaton' in layer 1; did you mean 'activation'?"
            ])
    }

    func testCrossEntropyNeedsOutputsInsideZeroOne() {
        // a1 = 2·1 = 2 without a squish: outside (0, 1). Reported at the `cost` entry.
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nweights: [2]\ntarget: 1\ncost: cross_entropy"),
            [
                "content/t.md:8:1: error: cross_entropy needs outputs between 0 and 1, but a1 = 2; "
                    + "squish the last layer with a sigmoid"
            ])
        let badTarget = "input: 1\nweights: [1]\nactivation: sigmoid\ntarget: 2\ncost: cross_entropy"
        XCTAssertEqual(
            ChainFixture.problems(badTarget),
            [
                "content/t.md:8:9: error: cross_entropy needs targets between 0 and 1"
            ])
    }

    func testMissingRequiredKeysPointAtTheFence() {
        XCTAssertEqual(
            ChainFixture.problems(""),
            [
                "content/t.md:4:1: error: empty chain: it needs 'input', 'weights' or 'layers', and 'target'"
            ])
        XCTAssertEqual(
            ChainFixture.problems("weights: [1]"),
            [
                "content/t.md:4:1: error: chain is missing 'input'",
                "content/t.md:4:1: error: chain is missing 'target'",
            ])
        XCTAssertEqual(
            ChainFixture.problems("- 1\n- 2"),
            [
                "content/t.md:5:1: error: a chain must be a map of keys, found a list"
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nlayers:\n  - b: 1\ntarget: 2"),
            [
                "content/t.md:7:5: error: layer 1 needs 'w'"
            ])
    }

    func testConflictingAndMisplacedKeys() {
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nweights: [1]\nlayers: [{w: 1}]\ntarget: 2"),
            [
                "content/t.md:7:1: error: give either 'weights' or 'layers', not both"
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nlayers: [{w: 1}]\nbiases: [1]\ntarget: 2"),
            [
                "content/t.md:7:1: error: 'biases' goes with 'weights'; with 'layers' give each layer its own 'b'"
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nweights: [1, 2]\nbiases: [1]\ntarget: 2"),
            [
                "content/t.md:7:9: error: biases has 1 number but weights has 2 layers"
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nlayers: [{w: [[1], [2]], b: [1, 2, 3]}]\ntarget: [1, 2]"),
            [
                "content/t.md:6:29: error: layer 1 has 2 neurons but 3 biases"
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nweights: [1]\ntarget: 2\nsteps: 3"),
            [
                "content/t.md:8:1: error: 'steps' needs a 'learning_rate' to take steps with"
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nweights: [1]\ntarget: 2\nlearning_rate: -0.1\nprecision: 0"),
            [
                "content/t.md:8:16: error: learning_rate must be positive, found -0.1",
                "content/t.md:9:12: error: precision must be a whole number from 1 to 17, found 0",
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nweights: [1]\ntarget: 2\nlearning_rate: 0.1\nsteps: 2.5"),
            [
                "content/t.md:9:8: error: steps must be a whole number from 1 to 10000, found 2.5"
            ])
        let maps = "input: 1\nweights: [1]\ntarget: 2\nexpect: [1]\nmeanings: {dC/da1: [x]}"
        XCTAssertEqual(
            ChainFixture.problems(maps),
            [
                "content/t.md:8:9: error: expect must be a map from quantity names to numbers, found a list",
                "content/t.md:9:20: error: the meaning of dC/da1 must be text, found a list",
            ])
    }

    func testAllProblemsOfAChainAreReportedTogether() {
        XCTAssertEqual(
            ChainFixture.problems("input: x\nweights: [1, y]\ntarget: 2\ncost: cubic\nlerning_rate: 1"),
            [
                "content/t.md:9:1: error: unknown key 'lerning_rate' in a chain; did you mean 'learning_rate'?",
                "content/t.md:5:8: error: input must be a number, found 'x'",
                "content/t.md:8:7: error: unknown cost 'cubic' (one of squared, half_squared, cross_entropy)",
                "content/t.md:6:14: error: a weight must be a number, found 'y'",
            ])
    }

    func testUnknownNamesInExpectAndMeanings() throws {
        let spec = try ChainFixture.spec("input: 1\nweights: [2, 3]\ntarget: 2\nexpect:\n  dc/dw1: 3\n  a9: 1")
        let c = try ChainEngine.compute(spec)
        XCTAssertEqual(
            ChainEngine.expectFailures(spec, c, defaultPrecision: 4).map(\.description),
            [
                "content/t.md:9:3: error: expect names an unknown quantity 'dc/dw1'; did you mean 'dC/dw1'?",
                "content/t.md:10:3: error: expect names an unknown quantity 'a9'; did you mean 'a0'?",
            ])
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nweights: [2]\ntarget: 2\nmeanings:\n  dC/da2: later"),
            [
                "content/t.md:9:3: error: meanings names no factor 'dC/da2'; did you mean 'dC/da1'?"
            ])
    }

    func testBadChainIdIsRefusedAtTheFence() {
        XCTAssertThrowsError(try ChainFixture.spec("input: 1\nweights: [1]\ntarget: 1", id: "my chain")) {
            XCTAssertEqual(
                ($0 as? DiagnosticListLike)?.lines,
                [
                    "content/t.md:4:1: error: chain id 'my chain' may use only letters, digits, '-' and '_'"
                ])
        }
    }
}

extension ChainDiagnosticsTests {
    /// Finite weights whose products overflow are refused where the overflow starts: a layer, the input.
    func testOverflowingValuesAndGradientsAreErrors() {
        // a1 = 1e200, a2 = 1e200·1e200 = ∞.
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nweights: [1e200, 1e200]\ntarget: 0"),
            [
                "content/t.md:6:18: error: the forward pass leaves the finite numbers at a2 = ∞; use smaller weights or inputs"
            ])
        // a0 = 1e-300 keeps the values finite (a2 = 1e100, C = 1e200), but dC/da0 = 2e100·1e200·1e200 is not.
        let body = "input: 1e-300\nweights: [1e200, 1e200]\ntarget: 0"
        XCTAssertEqual(
            ChainFixture.problems(body),
            [
                "content/t.md:5:1: error: the backward pass leaves the finite numbers at dC/da0; use smaller weights or inputs"
            ])
    }
}
