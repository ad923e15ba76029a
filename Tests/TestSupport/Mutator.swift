import Foundation

/// Seeded mutations of valid input for the fuzz tests: the same seed gives the same mutants on every
/// run and machine, so a failure names a seed and case that reproduce it.
public struct Mutator {
    /// Characters and fragments that mean something to YAML, Markdown or Mustache, plus hostile numbers.
    public static let metacharacters = [
        "[", "]", "{", "}", "{{", "}}", ":", ": ", "- ", "-", ",", "&a ", "*a", "!", "!!str ", "|", ">", "?",
        "#", "%", "@", "`", "'", "\"", "\\", "\t", "\n", "\r", "\r\n", "  ", "---\n", "...\n",
        "99999999999999999999999999999", "1e400", "-1e400", "1e-400", ".nan", ".inf", "-.inf", "-0", "0x1F",
        "é", "\u{0}", "\u{7}", "\u{FEFF}", "\u{2028}", "\u{301}", "🙂", "\u{10FFFF}", "ﷺ",
    ]

    /// Hostile values that replace a whole number of the input.
    public static let numbers = [
        "1e400", "-1e400", ".nan", ".inf", "-.inf", "1e-400", "99999999999999999999999999999", "0", "-0",
        "1e308", "0.0000001", "-5", "~", "null", "true", "\"3\"", "[]", "{}", "[1, 2]",
    ]

    /// How many times more cases each fuzz test runs: `SITEGEN_FUZZ_SCALE=20 swift test --filter Fuzz` explores
    /// further (still deterministic); the default 1 keeps the suite fast.
    public static let scale = max(1, Int(ProcessInfo.processInfo.environment["SITEGEN_FUZZ_SCALE"] ?? "") ?? 1)

    private var random: SplitMix64
    private let tokens: [String]

    /// A generator for `seed`; `tokens` are inserted on top of `metacharacters`.
    public init(seed: UInt64, tokens: [String] = []) {
        random = SplitMix64(seed: seed)
        self.tokens = Mutator.metacharacters + tokens
    }

    /// The next 64 random bits (SplitMix64).
    public mutating func next() -> UInt64 { random.next() }

    /// Uniform in 0..<n (n > 0).
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }

    /// One of `items` (not empty).
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// `text` after 1...`maximum` random mutations.
    public mutating func mutate(_ text: String, maximum: Int = 3) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0...below(maximum) { mutate(&scalars) }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    private mutating func mutate(_ s: inout [Unicode.Scalar]) {
        let at = below(s.count + 1)
        let span = min(1 + below(4), s.count - at)
        switch below(10) {
        case 0: s.removeSubrange(at..<at + span)
        case 1: s.insert(contentsOf: s[at..<at + span], at: at)
        case 2 where !s.isEmpty: s.swapAt(below(s.count), below(s.count))
        case 3, 4, 5: s.insert(contentsOf: pick(tokens).unicodeScalars, at: at)
        case 6: replaceNumber(&s)
        default: mutateLines(&s)
        }
    }

    /// Replaces one run of digits (with its sign and point) by a hostile value.
    private mutating func replaceNumber(_ s: inout [Unicode.Scalar]) {
        let digits = s.indices.filter { ("0"..."9").contains(s[$0]) }
        guard !digits.isEmpty else { return }
        var start = pick(digits), end = start + 1
        while start > 0, "0123456789.-".unicodeScalars.contains(s[start - 1]) { start -= 1 }
        while end < s.count, "0123456789.e".unicodeScalars.contains(s[end]) { end += 1 }
        s.replaceSubrange(start..<end, with: pick(Mutator.numbers).unicodeScalars)
    }

    /// Deletes, duplicates or swaps whole lines.
    private mutating func mutateLines(_ s: inout [Unicode.Scalar]) {
        var lines = s.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        let i = below(lines.count), j = below(lines.count)
        switch below(3) {
        case 0: lines.remove(at: i)
        case 1: lines.insert(lines[i], at: j)
        default: lines.swapAt(i, j)
        }
        s = Array(lines.joined(separator: ["\n"]))
    }
}

extension Mutator {
    /// `text` as a Swift string literal with every scalar outside printable ASCII escaped, so a failing
    /// mutant can be pasted into a regression test.
    public static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case " "..."~": out.unicodeScalars.append(scalar)
            default: out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            }
        }
        return out + "\""
    }
}
