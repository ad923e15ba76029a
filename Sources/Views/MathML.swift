import Diagnostics

/// MathML Core fragments for names, derivatives and the engine's formula text.
/// Numbers are not made here: they come from `ViewContext.mn`, which wraps a `<data>` element.
enum MathML {
    /// An inline equation; `displaystyle` keeps fractions full size inside running text.
    static func math(_ inner: String) -> String { "<math displaystyle=\"true\">\(inner)</math>" }

    static func mo(_ op: String) -> String { "<mo>\(HTMLEscape.text(op))</mo>" }

    /// `+` opening a piece of a `wrapping` equation: marked infix, or it would be spaced as a unary plus.
    static let plus = "<mo form=\"infix\">+</mo>"

    /// An equation that may wrap at narrow widths: `lhs` and `pieces` become consecutive inline
    /// `<math>` elements, so a line can break between pieces (MathML Core never breaks inside one).
    /// The left side stays with the first piece; every piece starts with its own operator (`=`, `·`, `+`).
    /// `after` (HTML) follows the last piece on the same line, e.g. a note that belongs with the result.
    static func wrapping(_ lhs: String, _ pieces: [String], after: String = "") -> String {
        var all = (pieces.isEmpty ? [lhs] : [lhs + pieces[0]] + pieces.dropFirst()).map(math)
        if !after.isEmpty, let last = all.popLast() { all.append("<span class=\"sg-eq-end\">\(last)\(after)</span>") }
        return "<span class=\"sg-eq\">\(all.joined())</span>"
    }

    /// A product split into pieces of at most `perPiece` operands, joined by `·`: short products stay
    /// one piece, long ones may wrap between operands. `lead` (an operator) opens the first piece.
    static func productPieces(_ operands: [String], lead: String, perPiece: Int = 3) -> [String] {
        if operands.count <= perPiece + 1 { return [lead + operands.joined(separator: "<mo>·</mo>")] }
        return stride(from: 0, to: operands.count, by: perPiece).map { start in
            let group = operands[start..<min(start + perPiece, operands.count)].joined(separator: "<mo>·</mo>")
            return (start == 0 ? lead : "<mo>·</mo>") + group
        }
    }

    static func mrow(_ parts: [String]) -> String { "<mrow>\(parts.joined())</mrow>" }

    /// Any quantity name: a derivative becomes a fraction, anything else an identifier.
    static func symbol(_ name: String) -> String {
        if let derivative = DerivativeName(name) { return fraction(derivative) }
        return identifier(name)
    }

    /// `a2[1]` as a with subscript 2 then `[1]`; `w1_new` with superscript `new`; `learning_rate` as η.
    static func identifier(_ name: String) -> String {
        if name == "learning_rate" { return "<mi>η</mi>" }
        guard let parts = QuantityName(name) else { return "<mi>\(HTMLEscape.text(name))</mi>" }
        let base = "<mi>\(HTMLEscape.text(parts.letters))</mi>"
        let sub = parts.digits.isEmpty ? nil : "<mn>\(parts.digits)</mn>"
        let sup: String?
        switch parts.suffix {
        case .new: sup = "<mtext>new</mtext>"
        case .step(let k): sup = "<mrow><mo>(</mo><mn>\(HTMLEscape.text(k))</mn><mo>)</mo></mrow>"
        case nil: sup = nil
        }
        var core: String
        switch (sub, sup) {
        case (let sub?, let sup?): core = "<msubsup>\(base)\(sub)\(sup)</msubsup>"
        case (let sub?, nil): core = "<msub>\(base)\(sub)</msub>"
        case (nil, let sup?): core = "<msup>\(base)\(sup)</msup>"
        case (nil, nil): core = base
        }
        if let indices = parts.indices {
            let inner = indices.split(separator: ",", omittingEmptySubsequences: false)
                .map { "<mn>\(HTMLEscape.text(String($0)))</mn>" }.joined(
                    separator: "<mo separator=\"true\" rspace=\"0.1em\">,</mo>")
            core += "<mo>[</mo>\(inner)<mo>]</mo>"
        }
        return core
    }

    /// `dC/dw1` as a fraction of d C over d w₁.
    static func fraction(_ d: DerivativeName) -> String {
        "<mfrac><mrow><mi>d</mi>\(identifier(d.of))</mrow><mrow><mi>d</mi>\(identifier(d.wrt))</mrow></mfrac>"
    }

    /// The engine's plain-Unicode formula (`2(a3 − y)`, `σ′(z2)`, `w2[1,3]`) as MathML tokens.
    static func formula(_ text: String) -> String {
        var atoms: [String] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace {
                i += 1
            } else if c.isLetter {
                var j = i
                while j < chars.count, chars[j].isLetter { j += 1 }
                while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
                if j < chars.count, chars[j] == "[", let close = chars[j...].firstIndex(of: "]") { j = close + 1 }
                atoms.append(identifier(String(chars[i..<j])))
                i = j
            } else if (c.isASCII && c.isNumber) || c == "." {
                var j = i
                while j < chars.count, (chars[j].isASCII && chars[j].isNumber) || chars[j] == "." { j += 1 }
                atoms.append("<mn>\(String(chars[i..<j]))</mn>")
                i = j
            } else if let power = superscripts[c] {
                raise(&atoms, to: power)
                i += 1
            } else if c == "½" {
                atoms.append("<mfrac><mn>1</mn><mn>2</mn></mfrac>")
                i += 1
            } else {
                atoms.append(mo(String(c)))
                i += 1
            }
        }
        return atoms.joined()
    }

    private static let superscripts: [Character: String] = ["²": "2", "³": "3"]

    /// Puts the last atom, or the last parenthesised group, under a power.
    private static func raise(_ atoms: inout [String], to power: String) {
        guard let last = atoms.last else {
            atoms.append("<mn>\(power)</mn>")
            return
        }
        var start = atoms.count - 1
        if last == mo(")") {
            var depth = 0
            for k in stride(from: atoms.count - 1, through: 0, by: -1) {
                if atoms[k] == mo(")") { depth += 1 }
                if atoms[k] == mo("(") { depth -= 1 }
                if depth == 0 {
                    start = k
                    break
                }
            }
        }
        let base = atoms[start...].joined()
        atoms.removeSubrange(start...)
        atoms.append("<msup><mrow>\(base)</mrow><mn>\(power)</mn></msup>")
    }
}
