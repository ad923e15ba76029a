/// A tiny JSON tree with a deterministic writer: object keys sorted, numbers in `NumberFormat.exact`.
enum JSONValue: Sendable {
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Pretty text: two-space indentation, one member per line; arrays of numbers stay on one line.
    func written(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .number(let x):
            return x.isFinite ? NumberFormat.exact(x) : "null"  // JSON has no NaN or infinity
        case .string(let s):
            return JSONValue.quoted(s)
        case .array(let items):
            if items.isEmpty { return "[]" }
            if items.allSatisfy({ if case .number = $0 { return true } else { return false } }) {
                return "[" + items.map { $0.written() }.joined(separator: ", ") + "]"
            }
            return "[\n" + items.map { inner + $0.written(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            let lines = members.keys.sorted(by: JSONValue.byScalars).map { key in
                "\(inner)\(JSONValue.quoted(key)): \(members[key]?.written(indent: inner) ?? "null")"
            }
            return "{\n" + lines.joined(separator: ",\n") + "\n\(indent)}"
        }
    }

    /// Key order by Unicode scalar values, independent of locale and of String's collation rules.
    static func byScalars(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
