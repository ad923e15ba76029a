import Chains
import TestSupport
import XCTest

/// Seeded random chains over every activation and cost, checked against central finite differences.
final class RandomChainTests: XCTestCase {
    func testRandomChainsAgreeWithFiniteDifferences() throws {
        var random = SplitMix64(seed: 2024)
        var activationsSeen = Set<Activation>(), costsSeen = Set<CostKind>()
        for trial in 0..<120 {
            let cost = CostKind.allCases[random.below(3)]
            var width = 1 + random.below(3)
            var body = "input: [\((0..<width).map { _ in "\(random.uniform(-1, 1))" }.joined(separator: ", "))]\n"
            body += "cost: \(cost.rawValue)\nlayers:\n"
            let depth = 1 + random.below(4)
            for layer in 1...depth {
                let last = layer == depth
                let next = last && cost == .crossEntropy ? 1 : 1 + random.below(3)
                let activation = last && cost == .crossEntropy ? .sigmoid : Activation.allCases[random.below(5)]
                activationsSeen.insert(activation)
                let rows = (0..<next).map { _ in
                    "[" + (0..<width).map { _ in "\(random.uniform(-1.5, 1.5))" }.joined(separator: ", ") + "]"
                }
                body += "  - w: [\(rows.joined(separator: ", "))]\n    activation: \(activation.rawValue)\n"
                if random.below(2) == 0 {
                    body += "    b: [\((0..<next).map { _ in "\(random.uniform(-1, 1))" }.joined(separator: ", "))]\n"
                }
                width = next
            }
            costsSeen.insert(cost)
            body += "target: [\((0..<width).map { _ in "\(random.uniform(0.05, 0.95))" }.joined(separator: ", "))]\n"

            let spec = try ChainFixture.spec(body)
            let chain = try ChainEngine.compute(spec)
            for check in ChainEngine.gradientCheck(spec) {
                let message = "trial \(trial) \(check.parameter): \(check.analytic) vs \(check.numeric)\n\(body)"
                XCTAssertTrue(check.ok, message)
                XCTAssertEqual(chain.quantities["dC/d\(check.parameter)"], check.analytic)
                // Each path's product is one share of the gradient; the shares add up to it.
                if let paths = chain.paths[check.parameter] {
                    XCTAssertEqual(paths.count, chain.pathCounts[check.parameter])
                    let sum = paths.reduce(0) { $0 + $1.product }
                    XCTAssertEqual(sum, check.analytic, accuracy: 1e-12 * max(1, abs(check.analytic)))
                }
            }
        }
        XCTAssertEqual(activationsSeen, Set(Activation.allCases))
        XCTAssertEqual(costsSeen, Set(CostKind.allCases))
    }
}
