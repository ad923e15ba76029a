/// Maps libyaml's character index to a line and column as cmark-gfm and editors count them.
///
/// libyaml also breaks lines at U+0085, U+2028 and U+2029, and moves the end of a text without a final
/// line break onto a line of its own; its line and column would then point below the file's text.
struct LineTable {
    /// The character index where each line starts (lines end at `\n`, `\r\n` or `\r`).
    private var starts: [Int] = [0]
    /// Characters in the text.
    private let count: Int
    /// libyaml skips a leading byte-order mark without counting it; the file's columns count it.
    private let skipsMark: Bool

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        count = scalars.count
        skipsMark = scalars.first == "\u{FEFF}"
        for (i, scalar) in scalars.enumerated() {
            let crlf = scalar == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n"
            if scalar == "\n" || (scalar == "\r" && !crlf) { starts.append(i + 1) }
        }
    }

    /// The 0-based line and column of libyaml's character `index` (clamped to the end of the text).
    func position(ofCharacter index: Int) -> (line: Int, column: Int) {
        let index = min(max(index + (skipsMark ? 1 : 0), 0), count)
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return (low, index - starts[low])
    }
}
