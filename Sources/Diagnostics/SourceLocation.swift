/// A position in a source file: a project-relative path, a 1-based line and a 1-based column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Path relative to the project root, e.g. `content/track-11/cheatsheet.md`.
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column number (in Unicode scalars).
    public var column: Int

    /// Creates a location; line and column are 1-based.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line:col`, the prefix of every diagnostic.
    public var description: String { "\(file):\(line):\(column)" }

    /// Moves this location by whole lines, as when a YAML body starts below a fence.
    public func offset(lines: Int, columns: Int = 0) -> SourceLocation {
        SourceLocation(file: file, line: line + lines, column: column + columns)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
