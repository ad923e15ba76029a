import Foundation
import XCTest

/// Compares `actual` with a snapshot file kept beside the tests.
/// Run with `SITEGEN_RECORD=1` to (re)write the snapshot; review the diff before committing it.
public func assertSnapshot(
    _ actual: String, named name: String, testFile: StaticString = #filePath,
    file: StaticString = #filePath, line: UInt = #line
) {
    let directory = URL(fileURLWithPath: "\(testFile)").deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__", isDirectory: true)
    let url = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["SITEGEN_RECORD"] != nil {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? Data(actual.utf8).write(to: url)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("missing snapshot \(url.path); run with SITEGEN_RECORD=1 to record it", file: file, line: line)
        return
    }
    XCTAssertEqual(actual, expected, "snapshot \(name) differs", file: file, line: line)
}

/// The repository's root folder, found from this source file's location.
public let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
