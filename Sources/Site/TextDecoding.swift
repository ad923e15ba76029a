import Diagnostics
import Foundation

/// Reads source files as UTF-8, pointing at the first bad byte when they are not.
enum TextDecoding {
    /// The file's text (a leading byte-order mark dropped), or an error at the first invalid byte.
    static func decode(_ data: Data, file: String) throws(Diagnostic) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var previous: Unicode.Scalar?
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                // Lines end at \n, \r\n or a lone \r, as cmark-gfm and libyaml count them.
                if scalar == "\n" && previous == "\r" {
                    // The \r already ended this line.
                } else if scalar == "\n" || scalar == "\r" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                previous = scalar
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        throw .error("file is not valid UTF-8", at: SourceLocation(file: file, line: line, column: column))
    }

    /// Reads and decodes a file; `file` is the project-relative path used in messages.
    static func read(_ url: URL, file: String) throws(Diagnostic) -> String {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .error("cannot read file: \(error.localizedDescription)", at: nil)
        }
        return try decode(data, file: file)
    }
}
