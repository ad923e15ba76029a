import Diagnostics

/// Turns cmark's positions (1-based line in the Markdown text, 1-based column in UTF-8 bytes)
/// into file positions (`firstLine` added, column in Unicode scalars as `SourceLocation` counts).
struct SourceMap {
    let file: String
    let firstLine: Int
    /// The UTF-8 bytes of each line, without its line ending; lines end at `\n`, `\r\n` or `\r`, as in cmark.
    private let lines: [ArraySlice<UInt8>]
    /// The last column converted: nodes arrive in document order, so counting resumes from here and a long
    /// line with many nodes costs one pass instead of one per node.
    private var last = (line: 0, bytes: 0, scalars: 0)

    init(text: String, file: String, firstLine: Int) {
        self.file = file
        self.firstLine = firstLine
        let bytes = Array(text.utf8)
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                lines.append(bytes[start..<index])
                let isCRLF = byte == UInt8(ascii: "\r") && bytes[(index + 1)...].first == UInt8(ascii: "\n")
                index += isCRLF ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        lines.append(bytes[start..<bytes.count])
        self.lines = lines
    }

    /// The file position of cmark's `line` and byte `column`.
    mutating func location(line: Int, column: Int) -> SourceLocation {
        let column = scalarColumn(line: line, byteColumn: column)
        return SourceLocation(file: file, line: firstLine + max(line, 1) - 1, column: column)
    }

    /// Counts the Unicode scalars before byte `byteColumn` on `line`: every byte that does not continue a
    /// UTF-8 sequence starts one. Columns past the end of the line count one per byte.
    mutating func scalarColumn(line: Int, byteColumn: Int) -> Int {
        let prefix = max(byteColumn, 1) - 1
        guard let bytes = self.bytes(ofLine: line) else { return prefix + 1 }
        let inLine = min(prefix, bytes.count)
        var (counted, scalars) = (0, 0)
        if last.line == line, last.bytes <= inLine { (counted, scalars) = (last.bytes, last.scalars) }
        for byte in bytes[(bytes.startIndex + counted)..<(bytes.startIndex + inLine)]
        where byte & 0b1100_0000 != 0b1000_0000 {
            scalars += 1
        }
        last = (line, inLine, scalars)
        return scalars + (prefix - inLine) + 1
    }

    /// The bytes of 1-based `line`, or nil past the end.
    func bytes(ofLine line: Int) -> ArraySlice<UInt8>? {
        lines.indices.contains(line - 1) ? lines[line - 1] : nil
    }

    /// cmark 0.29 miscounts some inline columns: on continuation lines indented with tabs (by a few bytes),
    /// for `<autolinks>` on continuation lines (it adds the earlier lines' lengths), and a code span's column
    /// is that of its content before one space is stripped. Returns `byteColumn` when the byte there satisfies
    /// `isStart`, otherwise the nearest byte column within `reach` bytes that does; past the end of the line,
    /// the first one among the line's first 4096 bytes. Falls back to `byteColumn`. The bound keeps long lines linear.
    func corrected(
        line: Int, byteColumn: Int, reach: Int = 32, isStart: (ArraySlice<UInt8>, Int) -> Bool
    ) -> Int {
        guard let bytes = bytes(ofLine: line) else { return byteColumn }
        let reported = bytes.startIndex + byteColumn - 1
        if reported >= bytes.endIndex {
            let first = bytes.indices.prefix(4096).first { isStart(bytes, $0) }
            return first.map { $0 - bytes.startIndex + 1 } ?? byteColumn
        }
        for distance in 0...reach {
            for index in [reported + distance, reported - distance] where bytes.indices.contains(index) {
                if isStart(bytes, index) { return index - bytes.startIndex + 1 }
            }
        }
        return byteColumn
    }
}
