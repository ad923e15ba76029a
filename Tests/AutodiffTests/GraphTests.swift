import XCTest

@testable import Autodiff

final class GraphTests: XCTestCase {
    /// The cheatsheet's chain: a0 = 1, w1 = 2, w2 = 3, w3 = 0.5, y = 2, no squish, squared cost.
    func testCheatsheetChainForwardAndBackward() {
        var g = Graph()
        let a0 = g.input(1, name: "a0")
        let w1 = g.parameter(2, name: "w1")
        let w2 = g.parameter(3, name: "w2")
        let w3 = g.parameter(0.5, name: "w3")
        let a1 = g.append(.weightedSum([WeightedTerm(weight: w1, input: a0)], bias: nil), name: "a1")
        let a2 = g.append(.weightedSum([WeightedTerm(weight: w2, input: a1)], bias: nil), name: "a2")
        let a3 = g.append(.weightedSum([WeightedTerm(weight: w3, input: a2)], bias: nil), name: "a3")
        let y = g.constant(2, name: "y")
        let c = g.append(.squaredError(outputs: [a3], targets: [y], scale: 1), name: "C")

        // a1 = 2·1, a2 = 3·2, a3 = 0.5·6, C = (3 − 2)².
        XCTAssertEqual([a1, a2, a3, c].map(g.value), [2, 6, 3, 1])
        let grad = g.backward(from: c)
        // dC/da3 = 2(3 − 2) = 2; dC/dw3 = 2·a2 = 12; dC/dw2 = 2·0.5·a1 = 2; dC/dw1 = 2·0.5·3·a0 = 3.
        XCTAssertEqual(grad[w1.index], 3)
        XCTAssertEqual(grad[w2.index], 2)
        XCTAssertEqual(grad[w3.index], 12)
        XCTAssertEqual(grad[a3.index], 2)
        XCTAssertEqual(grad[a2.index], 1)
        XCTAssertEqual(grad[a1.index], 3)

        let cost = g.edges(of: c)
        XCTAssertEqual(cost.first, Edge(of: c, wrt: a3, value: 2, formula: "2(a3 − y)"))
        XCTAssertEqual(
            g.edges(of: a3),
            [
                Edge(of: a3, wrt: w3, value: 6, formula: "a2"),
                Edge(of: a3, wrt: a2, value: 0.5, formula: "w3"),
            ])
    }

    /// The same chain from elementary ops: products, a difference and a square.
    func testCheatsheetChainFromElementaryOps() {
        var g = Graph()
        let a0 = g.input(1, name: "a0")
        let w1 = g.parameter(2, name: "w1")
        let w2 = g.parameter(3, name: "w2")
        let w3 = g.parameter(0.5, name: "w3")
        let a3 = g.mul(w3, g.mul(w2, g.mul(w1, a0, name: "a1"), name: "a2"), name: "a3")
        let diff = g.sub(a3, g.constant(2, name: "y"), name: "e")
        let c = g.pow(diff, 2, name: "C")
        XCTAssertEqual(g.value(c), 1)
        let grad = g.backward(from: c)
        XCTAssertEqual([w1, w2, w3].map { grad[$0.index] }, [3, 2, 12])
        XCTAssertEqual(g.edges(of: c).map(\.formula), ["2e"])
        XCTAssertEqual(g.edges(of: diff).map(\.formula), ["1", "−1"])
    }

    /// f = x·x + x at x = 3: the two uses in the product and the third in the sum all add up, 2x + 1 = 7.
    func testNodeUsedTwiceAccumulatesBothContributions() {
        var g = Graph()
        let x = g.parameter(3, name: "x")
        let square = g.mul(x, x)
        let f = g.add(square, x)
        XCTAssertEqual(g.value(f), 12)
        XCTAssertEqual(g.backward(from: f)[x.index], 7)

        // A diamond: u = 2x and v = x², both feeding f = u·v = 2x³; df/dx = 6x² = 54.
        var h = Graph()
        let x2 = h.parameter(3, name: "x")
        let u = h.mul(h.constant(2), x2)
        let v = h.pow(x2, 2)
        let f2 = h.mul(u, v)
        XCTAssertEqual(h.value(f2), 54)
        XCTAssertEqual(h.backward(from: f2)[x2.index], 54)
    }

    /// micrograd's README example, rebuilt from this engine's ops (`x += y` becomes a new node x + y).
    func testMicrogradReadmeExample() {
        var g = Graph()
        let a = g.parameter(-4, name: "a")
        let b = g.parameter(2, name: "b")
        var c = g.add(a, b)
        var d = g.add(g.mul(a, b), g.pow(b, 3))
        c = g.add(c, g.add(c, g.constant(1)))
        c = g.add(c, g.add(g.add(g.constant(1), c), g.neg(a)))
        d = g.add(d, g.add(g.mul(d, g.constant(2)), g.relu(g.add(b, a))))
        d = g.add(d, g.add(g.mul(g.constant(3), d), g.relu(g.sub(b, a))))
        let e = g.sub(c, d)
        let f = g.pow(e, 2)
        var out = g.div(f, g.constant(2.0))
        out = g.add(out, g.div(g.constant(10.0), f))

        XCTAssertEqual(g.value(out), 24.7041, accuracy: 5e-5)
        let grad = g.backward(from: out)
        XCTAssertEqual(grad[a.index], 138.8338, accuracy: 5e-5)
        XCTAssertEqual(grad[b.index], 645.5773, accuracy: 5e-5)
        XCTAssertTrue(g.gradientCheck(output: out, leaves: [a, b]).allSatisfy(\.ok))
    }

    func testSquashLocalDerivativesAndFormulas() {
        var g = Graph()
        let z = g.parameter(0.5, name: "z2")
        let s = g.sigmoid(z, name: "a2")
        let t = g.tanh(z)
        let r = g.relu(z)
        let l = g.leakyReLU(g.neg(z, name: "n"))
        let sv = 1 / (1 + Foundation.exp(-0.5))
        XCTAssertEqual(g.edges(of: s), [Edge(of: s, wrt: z, value: sv * (1 - sv), formula: "σ′(z2)")])
        let th = Foundation.tanh(0.5)
        XCTAssertEqual(g.edges(of: t).first?.value ?? 0, 1 - th * th, accuracy: 1e-15)
        XCTAssertEqual(g.edges(of: t).first?.formula, "tanh′(z2)")
        XCTAssertEqual(g.edges(of: r).first?.value, 1)
        XCTAssertEqual(g.edges(of: l).first?.value, 0.01)
        XCTAssertEqual(g.edges(of: l).first?.formula, "leaky_relu′(n)")
        XCTAssertEqual(g.value(l), -0.005)
    }

    func testSigmoidStaysFiniteForLargeInputs() {
        XCTAssertEqual(logistic(-800), 0)
        XCTAssertEqual(logistic(800), 1)
        XCTAssertEqual(logistic(0), 0.5)
    }

    func testForwardRecomputesAfterChangingALeaf() {
        var g = Graph()
        let x = g.parameter(2, name: "x")
        let y = g.mul(x, g.constant(3))
        g.setValue(5, of: x)
        g.forward()
        XCTAssertEqual(g.value(y), 15)
    }
}
