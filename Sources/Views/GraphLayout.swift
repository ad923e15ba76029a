import Chains
import Foundation

/// Where each node of a chain's computational graph goes: node columns left to right by layer
/// in the lower band, parameters and the target in an upper band above the edge they feed.
struct GraphLayout {
    enum Role: String { case input, parameter, sum, activation, target, cost }

    struct Node {
        var name: String
        var role: Role
        var x: Double
        var y: Double
    }

    /// Where an edge is drawn, and whether it comes down from the upper band.
    struct Segment {
        var x1, y1, x2, y2: Double
        var fromAbove: Bool
    }

    struct Edge {
        /// The node the edge leaves (`wrt` of its factor) and the one it enters (`of`).
        var from: String
        var to: String
    }

    /// Pills (inputs, sums, activations, the cost) are `nodeWidth` wide; the boxes of the upper band
    /// (parameters, targets) are narrower, so that a layer's weights side by side keep the graph compact.
    static let nodeWidth = 72.0, nodeHeight = 44.0, upperWidth = 60.0
    static let columnWidth = 128.0, upperRow = 54.0, lowerRow = 80.0, margin = 14.0, bandGap = 40.0
    /// Upper nodes per row, and the distance between their centres.
    static let perRow = 4, upperPitch = 68.0

    var nodes: [Node] = []
    var edges: [Edge] = []
    var width = 0.0
    var height = 0.0
    var layerCount = 0

    init(_ chain: ComputedChain) {
        // Lower columns of node names, and the upper group placed in the gap before each column.
        var columns: [[String]] = [chain.inputs]
        var roles: [String: Role] = [:]
        for name in chain.inputs { roles[name] = .input }
        var upper: [Int: [String]] = [:]
        for layer in chain.layers {
            let params = layer.neurons.flatMap { $0.inputs.map(\.weight) + ($0.bias.map { [$0] } ?? []) }
            for p in params { roles[p] = .parameter }
            upper[columns.count] = params
            let sums = layer.neurons.compactMap(\.preActivation)
            if !sums.isEmpty {
                for s in sums { roles[s] = .sum }
                columns.append(sums)
            }
            for neuron in layer.neurons { roles[neuron.name] = .activation }
            columns.append(layer.neurons.map(\.name))
            for neuron in layer.neurons {
                let into = neuron.preActivation ?? neuron.name
                for input in neuron.inputs {
                    edges.append(Edge(from: input.input, to: into))
                    edges.append(Edge(from: input.weight, to: into))
                }
                if let bias = neuron.bias { edges.append(Edge(from: bias, to: into)) }
                if let z = neuron.preActivation { edges.append(Edge(from: z, to: neuron.name)) }
            }
        }
        for t in chain.targets { roles[t] = .target }
        upper[columns.count] = chain.targets
        roles["C"] = .cost
        columns.append(["C"])
        for output in chain.outputs { edges.append(Edge(from: output, to: "C")) }
        for target in chain.targets { edges.append(Edge(from: target, to: "C")) }
        layerCount = chain.layers.count

        // Upper nodes sit side by side over the gap left of their column, `perRow` to a row, rows
        // stacked from the band's bottom up; a gap widens to hold its row.
        func rowsOf(_ count: Int) -> Int { (count + Self.perRow - 1) / Self.perRow }
        let upperRows = upper.values.map { rowsOf($0.count) }.max() ?? 0
        let lowerRows = columns.map(\.count).max() ?? 1
        let lowerTop = Self.margin + Double(upperRows) * Self.upperRow + (upperRows > 0 ? Self.bandGap : 0)
        var columnX: [Double] = []
        for i in columns.indices {
            let across = Double(min(upper[i]?.count ?? 0, Self.perRow))
            let gap = max(Self.columnWidth, across * Self.upperPitch + Self.upperWidth - Self.upperPitch + 36)
            columnX.append(i == 0 ? Self.margin + Self.nodeWidth / 2 : columnX[i - 1] + gap)
        }
        for (i, column) in columns.enumerated() {
            if let group = upper[i], i > 0 {
                let center = (columnX[i - 1] + columnX[i]) / 2
                let rows = rowsOf(group.count)
                for (index, name) in group.enumerated() {
                    let r = index / Self.perRow
                    let c = index % Self.perRow
                    let inRow = min(Self.perRow, group.count - r * Self.perRow)
                    let x = center + (Double(c) - Double(inRow - 1) / 2) * Self.upperPitch
                    let y = Self.margin + Double(upperRows - rows + r) * Self.upperRow + Self.nodeHeight / 2
                    nodes.append(Node(name: name, role: roles[name] ?? .parameter, x: x, y: y))
                }
            }
            let offset = Double(lowerRows - column.count) / 2
            for (r, name) in column.enumerated() {
                let y = lowerTop + (offset + Double(r)) * Self.lowerRow + Self.nodeHeight / 2
                nodes.append(Node(name: name, role: roles[name] ?? .activation, x: columnX[i], y: y))
            }
        }
        width = (columnX.last ?? 0) + Self.nodeWidth / 2 + Self.margin
        height = lowerTop + Double(lowerRows - 1) * Self.lowerRow + Self.nodeHeight + Self.margin
    }

    /// The width of `node`'s box.
    static func width(of node: Node) -> Double {
        node.role == .parameter || node.role == .target ? upperWidth : nodeWidth
    }

    /// The node called `name`.
    func node(_ name: String) -> Node? { nodes.first { $0.name == name } }

    /// The drawn segment of every edge, in `edges` order (nil when a node is missing): edges from the
    /// upper band leave the bottom of their box and enter the upper-left arc of their target, spread
    /// so that several of them never share an arrowhead; other edges join the node outlines.
    func segments() -> [Segment?] {
        var byName: [String: Node] = [:]
        for node in nodes { byName[node.name] = node }
        // For each target, its upper-band sources from left to right.
        var upperSources: [String: [Node]] = [:]
        for edge in edges {
            guard let a = byName[edge.from], let b = byName[edge.to], Self.isAbove(a, b) else { continue }
            upperSources[edge.to, default: []].append(a)
        }
        for key in upperSources.keys { upperSources[key]?.sort { ($0.x, -$0.y) < ($1.x, -$1.y) } }
        return edges.map { edge in
            guard let a = byName[edge.from], let b = byName[edge.to] else { return nil }
            if Self.isAbove(a, b) {
                let sources = upperSources[edge.to] ?? [a]
                let slot = sources.firstIndex { $0.name == a.name } ?? 0
                // From 35° (nearly level, for the farthest source) to 80° (nearly straight down).
                let share = sources.count == 1 ? 0.5 : Double(slot) / Double(sources.count - 1)
                let angle = (35 + 45 * share) * Double.pi / 180
                let (x2, y2) = Self.onLeftArc(b, angle: angle, pad: 1)
                return Segment(x1: a.x, y1: a.y + Self.nodeHeight / 2, x2: x2, y2: y2, fromAbove: true)
            }
            let (x1, y1) = Self.boundary(from: a, towards: b)
            let (x2, y2) = Self.boundary(from: b, towards: a, pad: 1)
            return Segment(x1: x1, y1: y1, x2: x2, y2: y2, fromAbove: false)
        }
    }

    /// True for an edge from the upper band (parameters, targets) down to a node below it.
    static func isAbove(_ a: Node, _ b: Node) -> Bool { a.y < b.y - nodeHeight }

    /// The point at `angle` (0 = leftmost, π/2 = top) on the left end of `n`'s pill outline.
    static func onLeftArc(_ n: Node, angle: Double, pad: Double = 0) -> (Double, Double) {
        let r = nodeHeight / 2 + pad
        let cx = n.x - (nodeWidth / 2 - nodeHeight / 2)
        return (cx - r * cos(angle), n.y - r * sin(angle))
    }

    /// Where the ray from `a`'s centre towards `b` leaves `a`'s pill outline (a capsule: a segment of
    /// half-length `nodeWidth/2 − r` thickened by `r = nodeHeight/2`), `pad` units outside it.
    static func boundary(from a: Node, towards b: Node, pad: Double = 0) -> (Double, Double) {
        let dx = b.x - a.x
        let dy = b.y - a.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return (a.x, a.y) }
        let (ux, uy) = (dx / length, dy / length)
        let r = nodeHeight / 2 + pad
        let half = nodeWidth / 2 - nodeHeight / 2
        var t: Double
        if uy != 0, abs(r / uy * ux) <= half {
            t = r / abs(uy)  // through the flat top or bottom
        } else {
            let ex = ux < 0 ? -half : half  // through the round end centred at (ex, 0)
            let projection = ux * ex
            t = projection + (projection * projection - ex * ex + r * r).squareRoot()
        }
        return (a.x + ux * t, a.y + uy * t)
    }
}
