import Chains
import XCTest

/// `ops.*`: multiplications (and additions) for every parameter's gradient by one backward sweep against
/// multiplying out each parameter's chain-rule product on its own. Counts worked out by hand.
final class OperationCountTests: XCTestCase {
    private func counts(_ body: String) throws -> [Double?] {
        let c = try ChainFixture.chain(body)
        return [
            c.quantities["ops.backward"], c.quantities["ops.separate"], c.quantities["ops.backward.additions"],
            c.quantities["ops.separate.additions"],
        ]
    }

    /// The cheatsheet chain, w1 = 2, w2 = 3, w3 = 0.5, no squish. Its products have 2, 3 and 4 factors:
    ///   dC/dw3 = dC/da3 · da3/dw3                         1 multiplication
    ///   dC/dw2 = dC/da3 · da3/da2 · da2/dw2               2
    ///   dC/dw1 = dC/da3 · da3/da2 · da2/da1 · da1/dw1     3   → separate = 6.
    /// Backward: dC/da3 is the first factor itself; dC/da2 = dC/da3 · w3 and dC/da1 = dC/da2 · w2 (2), then one
    /// each for dC/dw3 = dC/da3 · a2, dC/dw2 = dC/da2 · a1, dC/dw1 = dC/da1 · a0 (3)   → backward = 5.
    /// dC/da0 is not needed for any parameter, so it is not counted. No node has two paths: no additions.
    func testCheatsheetChain() throws {
        XCTAssertEqual(try counts("input: 1\nweights: [2, 3, 0.5]\ntarget: 2"), [5, 6, 0, 0])
    }

    /// Ten one-neuron layers without squish. The product for w_l has 1 + (10 − l) + 1 factors, so
    /// separate = Σ_{l=1..10} (11 − l) = 10 + 9 + … + 1 = 55. Backward: 9 multiplications carry the desire
    /// from a10 back to a1, and 10 more give the ten weights: 19 (in general 2L − 1 against L(L + 1)/2).
    func testTenLayerChain() throws {
        XCTAssertEqual(try counts("input: 1\nweights: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\ntarget: 0"), [19, 55, 0, 0])
    }

    /// The cheatsheet's `deep10`: ten sigmoid layers, so each layer has a z node and every chain through it
    /// one more factor. w_l's product: dC/da10, then (da_k/dz_k, dz_k/da_{k−1}) for k = 10…l+1, then da_l/dz_l,
    /// dz_l/dw_l: 2(10 − l) + 3 factors, 2(10 − l) + 2 multiplications; Σ = 2·45 + 20 = 110.
    /// Backward: 10 (a_l → z_l) + 10 (z_l → w_l) + 9 (z_l → a_{l−1}, l ≥ 2) = 29, i.e. 3L − 1 against L² + L.
    func testTenSigmoidLayers() throws {
        let body = "input: 1\nweights: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\nactivation: sigmoid\ntarget: 0"
        XCTAssertEqual(try counts(body), [29, 110, 0, 0])
    }

    /// Biases are parameters too. a0 → z1 = w1·a0 + b1 → a1 = σ(z1) → a2 = w2·a1 + b2 → C.
    /// Separate: w2 and b2 have 2 factors (1 each), w1 and b1 have 4 (dC/da2, da2/da1, da1/dz1, dz1/dw1): 3 each;
    /// 1 + 1 + 3 + 3 = 8. Backward: a2 → w2, b2, a1; a1 → z1; z1 → w1, b1: 6.
    func testBiasesAndASquish() throws {
        let body = "input: 2\nlayers:\n  - {w: 0.5, b: -1, activation: sigmoid}\n  - {w: 2, b: 0.5}\ntarget: 0.5"
        XCTAssertEqual(try counts(body), [6, 8, 0, 0])
    }

    /// 1 → 2 → 1 neurons after a one-neuron layer: w1 reaches the cost along two paths (through a2[1] and a2[2]).
    /// Separate: w3[1,1], w3[1,2]: 1 each; w2[1,1], w2[2,1]: 2 each; w1: two paths of 4 factors, 3 + 3,
    /// plus 1 addition: 1 + 1 + 2 + 2 + 6 = 12 multiplications, 1 addition.
    /// Backward: a3 → w3[1,1], w3[1,2], a2[1], a2[2] (4); a2[1] → w2[1,1], a1; a2[2] → w2[2,1], a1 (4);
    /// a1 → w1 (1): 9 multiplications; a1 sums its two contributions: 1 addition.
    func testTwoPathsAddUp() throws {
        let body = "input: 1\nlayers:\n  - w: 1\n  - w: [[1], [2]]\n  - w: [1, 1]\ntarget: 0"
        XCTAssertEqual(try counts(body), [9, 12, 1, 1])
    }

    /// The views' 2-2-1 fixture net (`Fixtures.twoPaths`): every w1 weight has two paths, one per neuron of
    /// layer 2. Separate: w3 ×2 at 1, w2 ×4 at 2 (3 factors), w1 ×2 at 2 paths × 3: 2 + 8 + 12 = 22, additions
    /// 2 × 1. Backward: a3 → 2 weights + 2 nodes (4), a2[i] → 2 weights + 2 nodes each (8), a1[j] → w1[j,1] (2):
    /// 14; a1[1] and a1[2] each sum two contributions: 2 additions.
    func testTwoTwoOneNet() throws {
        let body = "input: 1\nlayers:\n  - w: [[1], [2]]\n  - w: [[1, 1], [2, -1]]\n  - w: [1, 0.25]\ntarget: 1"
        XCTAssertEqual(try counts(body), [14, 22, 2, 2])
    }

    /// In a sweep each depth has its own counts: 2L − 1 and L(L + 1)/2 without squish (L = 32: 63 and 528),
    /// 3L − 1 and L² + L with a sigmoid (L = 32: 95 and 1056). The sweep grows linearly, the separate
    /// products quadratically.
    func testCountsAlongASweep() throws {
        let plain = try ChainFixture.chain("input: 1\nweights: [1]\ntarget: 0\nsweep: [1, 2, 10, 32]")
        // L = 1: 1 and 1; L = 2: 3 and 1 + 2 = 3: short chains save nothing, long ones save most.
        for (depth, backward, separate) in [(1, 1.0, 1.0), (2, 3, 3), (10, 19, 55), (32, 63, 528)] {
            XCTAssertEqual(plain.quantities["sweep@\(depth).ops.backward"], backward, "depth \(depth)")
            XCTAssertEqual(plain.quantities["sweep@\(depth).ops.separate"], separate, "depth \(depth)")
        }
        let squished = try ChainFixture.chain(
            "input: 1\nweights: [1]\nactivation: sigmoid\ntarget: 0\nsweep: [10, 32]")
        XCTAssertEqual(squished.quantities["sweep@10.ops.backward"], 29)
        XCTAssertEqual(squished.quantities["sweep@10.ops.separate"], 110)
        XCTAssertEqual(squished.quantities["sweep@32.ops.backward"], 95)
        XCTAssertEqual(squished.quantities["sweep@32.ops.separate"], 1056)
    }
}
