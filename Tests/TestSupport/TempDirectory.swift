import Foundation

/// A fresh folder under the system temp directory, removed by `remove()`.
public struct TempDirectory {
    /// The folder's URL.
    public let url: URL

    /// Creates an empty folder with a unique name.
    public init(prefix: String = "sitegen-test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `relative` inside the folder.
    public func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// Writes files given as `relative path -> text`, creating folders as needed.
    public func write(_ files: [String: String]) throws {
        for (relative, text) in files {
            let file = url.appendingPathComponent(relative)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
    }

    /// Reads a file inside the folder as UTF-8.
    public func read(_ relative: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Deletes the folder and everything in it.
    public func remove() { try? FileManager.default.removeItem(at: url) }
}
