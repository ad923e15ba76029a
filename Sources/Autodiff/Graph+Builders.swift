/// Convenience builders, so graphs read like the expressions they compute.
extension Graph {
    /// A fixed number.
    public mutating func constant(_ value: Double, name: String? = nil) -> NodeID {
        leaf(.constant, value, name: name)
    }
    /// A data input.
    public mutating func input(_ value: Double, name: String) -> NodeID { leaf(.input, value, name: name) }
    /// A learnable parameter.
    public mutating func parameter(_ value: Double, name: String) -> NodeID { leaf(.parameter, value, name: name) }

    /// `a + b`.
    public mutating func add(_ a: NodeID, _ b: NodeID, name: String? = nil) -> NodeID { append(.add(a, b), name: name) }
    /// `a − b`.
    public mutating func sub(_ a: NodeID, _ b: NodeID, name: String? = nil) -> NodeID { append(.sub(a, b), name: name) }
    /// `a · b`.
    public mutating func mul(_ a: NodeID, _ b: NodeID, name: String? = nil) -> NodeID { append(.mul(a, b), name: name) }
    /// `a / b`.
    public mutating func div(_ a: NodeID, _ b: NodeID, name: String? = nil) -> NodeID { append(.div(a, b), name: name) }
    /// `−a`.
    public mutating func neg(_ a: NodeID, name: String? = nil) -> NodeID { append(.neg(a), name: name) }
    /// `a^n` for a constant `n`.
    public mutating func pow(_ a: NodeID, _ n: Double, name: String? = nil) -> NodeID { append(.pow(a, n), name: name) }
    /// `max(0, a)`.
    public mutating func relu(_ a: NodeID, name: String? = nil) -> NodeID { append(.relu(a), name: name) }
    /// `1 / (1 + e^−a)`.
    public mutating func sigmoid(_ a: NodeID, name: String? = nil) -> NodeID { append(.sigmoid(a), name: name) }
    /// `tanh(a)`.
    public mutating func tanh(_ a: NodeID, name: String? = nil) -> NodeID { append(.tanh(a), name: name) }
    /// `a` if positive, else `0.01·a`.
    public mutating func leakyReLU(_ a: NodeID, name: String? = nil) -> NodeID {
        append(.leakyReLU(a), name: name)
    }
    /// `ln(a)`.
    public mutating func log(_ a: NodeID, name: String? = nil) -> NodeID { append(.log(a), name: name) }
    /// `e^a`.
    public mutating func exp(_ a: NodeID, name: String? = nil) -> NodeID { append(.exp(a), name: name) }
}
