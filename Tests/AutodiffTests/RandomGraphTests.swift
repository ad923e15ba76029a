import TestSupport
import XCTest

@testable import Autodiff

final class RandomGraphTests: XCTestCase {
    /// Random graphs over every op, checked against central differences (step 1e-6, the spec's tolerance).
    func testRandomGraphsAgreeWithFiniteDifferences() {
        var random = SplitMix64(seed: 0x5EED)
        for trial in 0..<200 {
            var g = Graph()
            var pool = (0..<4).map { g.parameter(random.uniform(-1.5, 1.5), name: "p\($0)") }
            let parameters = pool
            for _ in 0..<(10 + random.below(20)) {
                let a = pool[random.below(pool.count)], b = pool[random.below(pool.count)]
                var next: NodeID
                switch random.below(13) {
                case 0: next = g.add(a, b)
                case 1: next = g.sub(a, b)
                case 2: next = g.mul(a, b)
                case 3: next = g.div(a, g.add(g.constant(2), g.tanh(b)))  // divisor in (1, 3)
                case 4: next = g.neg(a)
                case 5: next = g.pow(a, Double(random.below(4)))
                case 6: next = g.sigmoid(a)
                case 7: next = g.tanh(a)
                case 8: next = g.relu(a)
                case 9: next = g.leakyReLU(a)
                case 10: next = g.log(g.add(g.constant(1.5), g.tanh(a)))  // argument in (0.5, 2.5)
                case 11: next = g.exp(g.tanh(a))
                default:
                    next = g.append(.weightedSum([WeightedTerm(weight: a, input: b)], bias: pool.last))
                }
                if abs(g.value(next)) > 5 { next = g.tanh(next) }  // keep magnitudes where differences are accurate
                pool.append(next)
            }
            let target = g.constant(random.uniform(-1, 1))
            let output: NodeID
            if trial % 2 == 0 {
                output = g.append(.squaredError(outputs: [pool.last!], targets: [target], scale: 0.5))
            } else {
                let squashed = g.sigmoid(pool.last!)
                let y = g.constant(random.uniform(0, 1))
                output = g.append(.crossEntropy(outputs: [squashed], targets: [y]))
            }
            for check in g.gradientCheck(output: output, leaves: parameters) {
                XCTAssertTrue(
                    check.ok, "trial \(trial) \(g.name(check.node)): analytic \(check.analytic), fd \(check.numeric)")
            }
        }
    }

    func testToleranceIsTheSpecsFormula() {
        XCTAssertTrue(GradientCheck.agrees(analytic: 1000, numeric: 1000.99))
        XCTAssertFalse(GradientCheck.agrees(analytic: 1000, numeric: 1001.1))
        XCTAssertTrue(GradientCheck.agrees(analytic: 0, numeric: 9e-6))
        XCTAssertFalse(GradientCheck.agrees(analytic: 0, numeric: 2e-5))
    }
}
