import Chains

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

    struct Edge {
        /// The node the edge leaves (`wrt` of its factor) and the one it enters (`of`).
        var from: String
        var to: String
    }

    static let nodeWidth = 72.0, nodeHeight = 44.0
    static let columnWidth = 128.0, upperRow = 54.0, lowerRow = 80.0, margin = 14.0, bandGap = 40.0
    /// Upper nodes per row, and the distance between their centres.
    static let perRow = 4, upperPitch = 84.0

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
            let gap = max(Self.columnWidth, across * Self.upperPitch + Self.nodeWidth - Self.upperPitch + 56)
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

    /// The node called `name`.
    func node(_ name: String) -> Node? { nodes.first { $0.name == name } }

    /// Where an edge from `a` ends at `b`: edges from the upper band enter the upper left of the box,
    /// clear of the nodes stacked above `b`; other edges aim at the centre.
    static func endpoint(from a: Node, to b: Node) -> (Double, Double) {
        guard a.y < b.y - nodeHeight else { return boundary(from: b, towards: a, pad: 1) }
        return (b.x - nodeWidth / 2 - 1, b.y - nodeHeight / 4)
    }

    /// Where an edge from `a` to `b` starts: the bottom of an upper-band node, else `a`'s side facing `b`.
    static func start(from a: Node, to b: Node) -> (Double, Double) {
        a.y < b.y - nodeHeight ? (a.x, a.y + nodeHeight / 2) : boundary(from: a, towards: b)
    }

    /// Where the segment from `a` towards `b` leaves `a`'s box.
    static func boundary(from a: Node, towards b: Node, pad: Double = 0) -> (Double, Double) {
        let dx = b.x - a.x
        let dy = b.y - a.y
        let hw = nodeWidth / 2 + pad
        let hh = nodeHeight / 2 + pad
        let t = min(dx == 0 ? .infinity : hw / abs(dx), dy == 0 ? .infinity : hh / abs(dy))
        guard t.isFinite else { return (a.x, a.y) }
        return (a.x + dx * t, a.y + dy * t)
    }
}
