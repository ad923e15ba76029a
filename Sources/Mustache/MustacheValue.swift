import Foundation

/// The data a template is rendered against: JSON-like values.
///
/// Truthiness (which decides whether a section renders): `null`, `false`, the empty string and the
/// empty array are falsey; everything else, including `0` and the empty dictionary, is truthy.
public enum MustacheValue: Hashable, Sendable {
    /// Text, HTML-escaped by `{{name}}` and inserted as is by `{{{name}}}` and `{{&name}}`.
    case string(String)
    /// A number; whole numbers print without a fraction (`85`), others in shortest form (`1.21`).
    case number(Double)
    /// A boolean; only useful as a section condition (it prints as `true` / `false`).
    case bool(Bool)
    /// A list; a section over it renders once per item, with the item on top of the context stack.
    case array([MustacheValue])
    /// An object whose keys are looked up by names and dotted names.
    case dictionary([String: MustacheValue])
    /// Nothing; prints as the empty string and is falsey.
    case null

    /// Converts a Foundation JSON object (as from `JSONSerialization`) into a value.
    ///
    /// `NSNumber` booleans become `.bool`, other numbers `.number`; `NSNull` and unknown types `.null`.
    public init(json: Any) {
        if let number = json as? NSNumber, !(json is String) {
            // JSONSerialization wraps booleans in NSNumber; their Objective-C type code is "c".
            if String(cString: number.objCType) == "c" {
                self = .bool(number.boolValue)
            } else {
                self = .number(number.doubleValue)
            }
            return
        }
        switch json {
        case let value as String: self = .string(value)
        case let value as Bool: self = .bool(value)
        case let value as Int: self = .number(Double(value))
        case let value as Double: self = .number(value)
        case let value as [Any]: self = .array(value.map(MustacheValue.init(json:)))
        case let value as [String: Any]: self = .dictionary(value.mapValues(MustacheValue.init(json:)))
        default: self = .null
        }
    }

    /// False for `null`, `false`, `""` and `[]`; a section renders only for truthy values.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let value): return value
        case .string(let value): return !value.isEmpty
        case .array(let items): return !items.isEmpty
        case .number, .dictionary: return true
        }
    }

    /// The text an interpolation tag prints, before HTML escaping; nil prints nothing.
    public var text: String? {
        switch self {
        case .string(let value): return value
        case .number(let value): return MustacheValue.format(value)
        case .bool(let value): return value ? "true" : "false"
        case .null, .array, .dictionary: return nil
        }
    }

    /// The value stored under `key` when this is a dictionary.
    public subscript(key: String) -> MustacheValue? {
        if case .dictionary(let entries) = self { return entries[key] }
        return nil
    }

    /// `85` for whole numbers below 1e15, otherwise Swift's shortest round-trip form (`1.21`).
    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }
}

extension MustacheValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    /// `"text"` as a value.
    public init(stringLiteral value: String) { self = .string(value) }
    /// `85` as a value.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// `1.21` as a value.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// `true` as a value.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// `[a, b]` as a value.
    public init(arrayLiteral elements: MustacheValue...) { self = .array(elements) }
    /// `["key": value]` as a value; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        self = .dictionary(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    /// `nil` as `.null`.
    public init(nilLiteral: ()) { self = .null }
}
