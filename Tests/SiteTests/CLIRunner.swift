import Foundation
import SitegenCLI
import TestSupport
import XCTest

/// Runs `sitegen` in-process on a fixture project and captures what it prints.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
    /// The diagnostic lines only (`path:line:col: error: ...`).
    var diagnostics: [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") || $0.contains(": warning: ") }
    }
}

final class Capture: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""
    func append(_ s: String) { lock.withLock { text += s + "\n" } }
    var value: String { lock.withLock { text } }
}

func runSitegen(_ arguments: [String], in dir: TempDirectory) -> CLIResult {
    let out = Capture()
    let err = Capture()
    let status = CLI.run(arguments + ["--root", dir.url.path], output: Output(out: out.append, err: err.append))
    return CLIResult(status: status, stdout: out.value, stderr: err.value)
}

/// Every file under `folder` with its bytes, to prove a failed build changed nothing.
func snapshotFolder(_ folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    let base = folder.standardizedFileURL.path
    for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) ?? .init() {
        if let data = FileManager.default.contents(atPath: url.path) {
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = data
        }
    }
    return files
}
