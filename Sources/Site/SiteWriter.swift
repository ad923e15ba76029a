import Diagnostics
import Foundation

/// Writes a built site so that `site/` changes only when the whole build succeeded.
public enum SiteWriter {
    /// Writes `files` (site-relative path -> bytes) into a temporary folder beside `destination`,
    /// then swaps it in. On any failure `destination` is left exactly as it was.
    public static func write(_ files: [String: [UInt8]], to destination: URL) throws(Diagnostic) {
        let fm = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let name = destination.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).new-\(getpid())", isDirectory: true)
        let retired = parent.appendingPathComponent(".\(name).old-\(getpid())", isDirectory: true)
        try? fm.removeItem(at: staging)
        try? fm.removeItem(at: retired)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for path in files.keys.sorted() {
                let url = staging.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard let bytes = files[path], fm.createFile(atPath: url.path, contents: Data(bytes)) else {
                    throw Diagnostic.error("could not write \(name)/\(path)", at: nil)
                }
            }
            // Two renames: the old site stays whole until the new one is complete.
            if fm.fileExists(atPath: destination.path) { try fm.moveItem(at: destination, to: retired) }
            try fm.moveItem(at: staging, to: destination)
            try? fm.removeItem(at: retired)
        } catch {
            try? fm.removeItem(at: staging)
            if !fm.fileExists(atPath: destination.path), fm.fileExists(atPath: retired.path) {
                try? fm.moveItem(at: retired, to: destination)
            }
            if let d = error as? Diagnostic { throw d }
            throw .error("could not write \(name)/: \(error.localizedDescription)", at: nil)
        }
    }

    /// Reads every file under `folder` as site-relative path -> bytes (empty when it does not exist).
    public static func read(_ folder: URL) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for relative in Project.listFiles(under: folder) {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path) {
                files[relative] = [UInt8](data)
            }
        }
        return files
    }
}
