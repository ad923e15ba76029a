import Chains
import XCTest

/// Every bad `sweep` key, with the exact line an author sees (fence on line 4 of `content/t.md`,
/// body from line 5, so `sweep` sits on line 8 after input, weights and target).
final class SweepDiagnosticsTests: XCTestCase {
    private let head = "input: 1\nweights: [1]\ntarget: 0\n"

    func testSweepMustBeAList() {
        XCTAssertEqual(
            ChainFixture.problems(head + "sweep: yes"),
            [
                "content/t.md:8:8: error: sweep must be a list of depths (numbers of layers), found 'yes'"
            ])
        XCTAssertEqual(
            ChainFixture.problems(head + "sweep: 8"),
            [
                "content/t.md:8:8: error: sweep must be a list of depths (numbers of layers), found '8'"
            ])
        XCTAssertEqual(
            ChainFixture.problems(head + "sweep: {a: 1}"),
            [
                "content/t.md:8:8: error: sweep must be a list of depths (numbers of layers), found a map"
            ])
        XCTAssertEqual(
            ChainFixture.problems(head + "sweep: []"),
            [
                "content/t.md:8:8: error: sweep must not be an empty list"
            ])
    }

    func testEachDepthIsAPositiveWholeNumberWithinTheLayerLimit() {
        // Columns: `sweep: [` is 8 characters, so the items start at 9, 12, 17, 20 and 23.
        XCTAssertEqual(
            ChainFixture.problems(head + "sweep: [1, 2.5, 0, x, 501]"),
            [
                "content/t.md:8:12: error: a depth in sweep must be a whole number from 1 to 500, found 2.5",
                "content/t.md:8:17: error: a depth in sweep must be a whole number from 1 to 500, found 0",
                "content/t.md:8:20: error: a depth in sweep must be a number, found 'x'",
                "content/t.md:8:23: error: a depth in sweep must be a whole number from 1 to 500, found 501",
            ])
        XCTAssertEqual(
            ChainFixture.problems(head + "sweep: [-4, .inf]"),
            [
                "content/t.md:8:9: error: a depth in sweep must be a whole number from 1 to 500, found -4",
                "content/t.md:8:13: error: a depth in sweep must be a finite number, found '.inf'",
            ])
        XCTAssertEqual(
            ChainFixture.problems(head + "sweep: [[2]]"),
            [
                "content/t.md:8:9: error: a depth in sweep must be a number, found a list"
            ])
    }

    func testRepeatsAndTooManyDepths() {
        XCTAssertEqual(
            ChainFixture.problems(head + "sweep: [2, 4, 2]"),
            [
                "content/t.md:8:15: error: depth 2 appears twice in sweep"
            ])
        let many = (1...33).map(String.init).joined(separator: ", ")
        XCTAssertEqual(
            ChainFixture.problems(head + "sweep: [\(many)]"),
            [
                "content/t.md:8:8: error: too many depths in sweep: 33 (at most 32)"
            ])
        // Exactly the limit is fine.
        let limit = (1...32).map(String.init).joined(separator: ", ")
        XCTAssertNoThrow(try ChainFixture.chain(head + "sweep: [\(limit)]"))
    }

    func testSweepNeedsAOneNeuronFirstLayer() {
        let wide = "input: 1\nlayers:\n  - w: [[1], [2]]\n  - w: [1, 1]\ntarget: 0\nsweep: [2]"
        XCTAssertEqual(
            ChainFixture.problems(wide),
            [
                "content/t.md:10:1: error: sweep repeats layer 1, so it needs a chain with one input, one neuron in "
                    + "layer 1 and one target"
            ])
        let twoInputs = "input: [1, 2]\nlayers:\n  - w: [1, 1]\ntarget: 0\nsweep: [2]"
        XCTAssertEqual(
            ChainFixture.problems(twoInputs),
            [
                "content/t.md:9:1: error: sweep repeats layer 1, so it needs a chain with one input, one neuron in "
                    + "layer 1 and one target"
            ])
    }

    func testMisspelledSweepKeySuggestsIt() {
        XCTAssertEqual(
            ChainFixture.problems(head + "swep: [2]"),
            [
                "content/t.md:8:1: error: unknown key 'swep' in a chain; did you mean 'sweep'?"
            ])
    }

    /// 1e10 repeated: depth 2 is 10²⁰ (fine), depth 40 would be 10⁴⁰⁰, past the largest double.
    func testADepthWhoseNumbersOverflowIsReportedAtThatDepth() {
        XCTAssertEqual(
            ChainFixture.problems("input: 1\nweights: [1e10]\ntarget: 0\nsweep: [2, 40]"),
            [
                "content/t.md:8:12: error: the sweep's chain of 40 layers leaves the finite numbers; use a smaller depth"
            ])
    }

    /// The chain ends in a sigmoid, but its first layer does not squish: one copy of it outputs a1 = 2.
    func testCrossEntropyOutsideZeroOneAtADepth() {
        let body =
            "input: 1\nlayers:\n  - w: 2\n  - {w: 0.1, activation: sigmoid}\ntarget: 1\ncost: cross_entropy\n"
            + "sweep: [1]"
        XCTAssertEqual(
            ChainFixture.problems(body),
            [
                "content/t.md:11:9: error: cross_entropy needs outputs between 0 and 1, but the sweep's chain of "
                    + "1 layer has a1 = 2"
            ])
    }
}
