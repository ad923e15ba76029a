import Chains
import Diagnostics
import Views
import XCTest

/// Exact assertions on the lines a reader checks by hand, independent of the snapshots.
final class ViewContentTests: XCTestCase {
    func testCheatsheetProductLineIsTheFourFactorsAndTheirProduct() throws {
        let html = try render("factors", "dC/dw1", chain: Fixtures.cheatsheet())
        let product = try XCTUnwrap(element("p", class: "sg-product", in: html))
        let numbers = dataElements(product)
        XCTAssertEqual(numbers.map(\.text), ["2", "0.5", "3", "1", "3"])
        XCTAssertEqual(
            numbers.map(\.ref),
            ["worked:dC/da3", "worked:da3/da2", "worked:da2/da1", "worked:da1/dw1", "worked:dC/dw1"])
        XCTAssertTrue(product.contains(#"<mn><data class="num" value="3" data-ref="worked:dC/dw1">3</data></mn>"#))
        XCTAssertTrue(
            product.hasPrefix(#"<p class="sg-product"><span class="sg-eq"><math displaystyle="true"><mfrac>"#))
    }

    func testArgumentMayNameTheParameterAlone() throws {
        let chain = Fixtures.cheatsheet()
        XCTAssertEqual(try render("factors", "w1", chain: chain), try render("factors", "dC/dw1", chain: chain))
    }

    func testFactorTableHasOneRowPerFactorWithFormulaAndMeaning() throws {
        let html = try render(
            "factors", "dC/dw1", chain: Fixtures.cheatsheet(), markdown: { "<em>\($0)</em>" })
        XCTAssertTrue(html.contains(#"<th scope="col">Factor</th><th scope="col">Formula</th>"#))
        XCTAssertEqual(html.components(separatedBy: "<tr><th scope=\"row\">").count - 1, 4)
        // The meaning goes through the Markdown renderer; the formula 2(a3 − y) becomes MathML.
        XCTAssertTrue(html.contains("<td><em>the output's *desire*: how the cost moves with a3</em></td>"))
        XCTAssertTrue(
            html.contains("<mn>2</mn><mo>(</mo><msub><mi>a</mi><mn>3</mn></msub><mo>−</mo><mi>y</mi><mo>)</mo>"))
    }

    func testAuthorMeaningReplacesTheGeneratedOne() throws {
        var chain = Fixtures.cheatsheet()
        chain.meanings["da3/da2"] = "the weight w3, seen from a2"
        let html = try render("factors", "w1", chain: chain)
        XCTAssertTrue(html.contains("<td>the weight w3, seen from a2</td>"))
        XCTAssertFalse(html.contains("desire flows back through a weight"))
    }

    func testMeaningsOptionHidesTheColumn() throws {
        let html = try render("factors", "w1", options: "meanings: false", chain: Fixtures.cheatsheet())
        XCTAssertFalse(html.contains("Meaning"))
        XCTAssertFalse(html.contains("and back another layer"))
    }

    func testTwoPathsGiveOneProductEachAndTheirSum() throws {
        let html = try render("factors", "dC/dw1[2,1]", chain: Fixtures.twoPaths())
        let sum = try XCTUnwrap(element("p", class: "sg-sum", in: html))
        // 4·1·1·1 = 4 through a2[1], 4·0.25·(−1)·1 = −1 through a2[2], sum 3.
        XCTAssertEqual(dataElements(sum).map(\.ref), ["net:dC/dw1[2,1]#1", "net:dC/dw1[2,1]#2", "net:dC/dw1[2,1]"])
        XCTAssertEqual(dataElements(sum).map(\.text), ["4", "−1", "3"])
        // The second term opens its own wrapping piece, so its plus is marked infix.
        XCTAssertTrue(
            sum.contains(
                #"<math displaystyle="true"><mo form="infix">+</mo><mo>(</mo><mn><data class="num" value="-1""#))
        XCTAssertTrue(html.contains("<caption>Path 2 of 2: C ← a<sub>3</sub> ← a<sub>2</sub>[2] ← "))
    }

    func testGradientsAreOutputSideFirstWithFactorCounts() throws {
        let html = try render("gradients", chain: Fixtures.cheatsheet())
        let refs = dataElements(html).map(\.ref).filter { $0.hasPrefix("worked:dC/dw") }
        XCTAssertEqual(refs, ["worked:dC/dw3", "worked:dC/dw2", "worked:dC/dw1"])
        let counts = html.components(separatedBy: "<span class=\"sg-count\">").dropFirst().map { $0.prefix(11) }
        XCTAssertEqual(counts, ["(2 factors)", "(3 factors)", "(4 factors)"])
        // dC/dw3 = 2 · 6 = 12.
        let first = try XCTUnwrap(html.components(separatedBy: "<li>").dropFirst().first)
        XCTAssertEqual(dataElements(first).map(\.text), ["2", "6", "12"])
    }

    func testGradientsKeepWeightBeforeBiasWithinALayer() throws {
        let html = try render("gradients", chain: Fixtures.sigmoid())
        let refs = dataElements(html).map(\.ref).filter { $0.hasPrefix("dC/dw") || $0.hasPrefix("dC/db") }
        XCTAssertEqual(refs, ["dC/dw2", "dC/db2", "dC/dw1", "dC/db1"])
    }

    func testDescentUpdateLine() throws {
        let html = try render("descent", chain: Fixtures.cheatsheet())
        let first = try XCTUnwrap(html.components(separatedBy: "<li>").dropFirst().first)
        // w1_new = w1 − η · dC/dw1 = 2 − 0.1 · 3 = 1.7
        XCTAssertEqual(dataElements(first).map(\.text), ["2", "0.1", "3", "1.7"])
        XCTAssertEqual(
            dataElements(first).map(\.ref), ["worked:w1", "worked:learning_rate", "worked:dC/dw1", "worked:w1_new"])
        XCTAssertTrue(html.contains(#"<data class="num" value="-0.7" data-ref="worked:w3_new">−0.7</data>"#))
    }

    func testRisingCostIsFlaggedInWordsAndClass() throws {
        let html = try render("descent", chain: Fixtures.cheatsheet(steps: 3))
        XCTAssertTrue(html.contains("<p class=\"sg-new-cost sg-rise\">"))
        XCTAssertTrue(html.contains("▲&nbsp;The cost rose: this step overshot."))
        // Step 1 rises (1 → 28.43); steps 2 and 3 fall (→ 21.29 → 8.909).
        let rows = html.components(separatedBy: "<tr").filter { $0.contains("<th scope=\"row\">") }
        XCTAssertEqual(rows.map { $0.hasPrefix(" class=\"sg-rise\"") }, [false, true, false, false])
        XCTAssertEqual(rows.map { $0.contains("▲&nbsp;rose") }, [false, true, false, false])
        XCTAssertTrue(html.contains(#"<path class="sg-marker sg-rise""#))
        XCTAssertTrue(html.contains("Triangles mark step 1, where the cost rose."))
    }

    func testFallingCostIsNotFlagged() throws {
        let html = try render("descent", chain: Fixtures.sigmoid())
        XCTAssertFalse(html.contains("sg-rise"))
        XCTAssertTrue(html.contains("down from <data class=\"num\" value=\"1\" data-ref=\"C\">1</data>."))
    }

    func testDescentTableAndChartOptions() throws {
        let chain = Fixtures.cheatsheet(steps: 3)
        let bare = try render("descent", options: "table: false\nchart: false", chain: chain)
        XCTAssertFalse(bare.contains("<table"))
        XCTAssertFalse(bare.contains("<svg"))
        let costOnly = try render("descent", options: "parameters: false", chain: chain)
        XCTAssertFalse(costOnly.contains("data-ref=\"worked:w1@2\""))
        XCTAssertTrue(costOnly.contains("data-ref=\"worked:C@2\""))
    }

    func testGraphIsAccessibleSVGWithValuesOnNodesAndDerivativesOnEdges() throws {
        let html = try render("graph", chain: Fixtures.cheatsheet())
        XCTAssertTrue(
            html.contains(
                #"<svg class="sg-graph" role="img" aria-labelledby="sg-worked-l30-graph-title" "#
                    + #"aria-describedby="sg-worked-l30-graph-desc""#))
        XCTAssertTrue(
            html.contains(#"<title id="sg-worked-l30-graph-title">Computational graph of chain worked</title>"#))
        XCTAssertTrue(html.contains(#"<tspan class="num" data-value="6" data-ref="worked:a2">6</tspan>"#))
        XCTAssertTrue(html.contains(#"<tspan class="num" data-value="0.5" data-ref="worked:da3/da2">0.5</tspan>"#))
        XCTAssertFalse(html.components(separatedBy: "</svg>")[0].contains("<data"))
        XCTAssertTrue(html.contains("<li>w<sub>1</sub> → a<sub>1</sub>: da<sub>1</sub>/dw<sub>1</sub> = "))
    }

    func testGraphOptionsHideValuesAndDerivatives() throws {
        let html = try render("graph", options: "values: false\nderivatives: false", chain: Fixtures.cheatsheet())
        let svg = html.components(separatedBy: "</svg>")[0]
        XCTAssertFalse(svg.contains("class=\"num\""))
    }

    func testCaptionOptionIsMarkdown() throws {
        let html = try render(
            "forward", options: "caption: The *worked* chain", chain: Fixtures.cheatsheet(),
            markdown: { "[md:\($0)]" })
        XCTAssertTrue(html.contains("<caption>[md:The *worked* chain]</caption>"))
    }

    func testForwardWithActivationHasBothZAndALines() throws {
        let html = try render("forward", chain: Fixtures.sigmoid())
        let rows = Array(html.components(separatedBy: "<tr><th scope=\"row\">").dropFirst())
        XCTAssertEqual(rows.count, 4)  // z1, a1, a2, C
        // z1 = w1 · a0 + b1 = 0.5 · 2 + (−1) = 0, then a1 = σ(z1) = σ(0) = 0.5.
        XCTAssertEqual(dataElements(rows[0]).map(\.text), ["0.5", "2", "−1", "0"])
        XCTAssertTrue(rows[0].contains("<mo>+</mo><mo>(</mo><mn><data class=\"num\" value=\"-1\" data-ref=\"b1\">"))
        XCTAssertTrue(
            rows[1].contains("<mi>σ</mi><mo>(</mo><mn><data class=\"num\" value=\"0\" data-ref=\"z1\">0</data>"))
        XCTAssertEqual(dataElements(rows[3]).map(\.ref), ["a2", "y", "C"])
    }

    func testEveryNumberIsAQuantityWithItsExactValue() throws {
        for chain in [Fixtures.cheatsheet(steps: 3), Fixtures.sigmoid(), Fixtures.twoPaths()] {
            var html = try render("factors", chain.parameters[0], chain: chain)
            for kind in ["forward", "gradients", "descent", "graph"] { html += try render(kind, chain: chain) }
            let prefix = chain.id.isEmpty ? "" : "\(chain.id):"
            for number in dataElements(html) {
                let name = String(number.ref.dropFirst(prefix.count))
                XCTAssertEqual(chain.quantities[name].map(NumberFormat.exact), number.value, number.ref)
            }
            for bad in ["nan", "inf", "-inf"] {
                XCTAssertFalse(html.contains("value=\"\(bad)\"") || html.contains(">\(bad)<"), bad)
            }
        }
    }

    func testInlineValue() throws {
        let chain = Fixtures.cheatsheet()
        let at = SourceLocation(file: Fixtures.page, line: 40, column: 12)
        XCTAssertEqual(
            try ViewRenderer.inlineValue(name: "dC/dw1", chain: chain, precision: 4, location: at),
            #"<data class="num" value="3" data-ref="worked:dC/dw1">3</data>"#)
        XCTAssertEqual(
            try ViewRenderer.inlineValue(name: "worked:C_new", chain: chain, precision: 2, location: at),
            #"<data class="num" value="28.430224" data-ref="worked:C_new">28</data>"#)
    }
}
