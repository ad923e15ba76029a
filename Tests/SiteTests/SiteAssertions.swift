import Foundation
import SitegenCLI
import TestSupport
import XCTest

/// Builds the fixture course with `files` written over it, on top of a previous `site/`, and asserts that
/// the build exits with status 1, prints exactly one error line, `expected`, and leaves `site/` as it was.
func assertBuildFailsWithOneError(
    _ files: [String: String], _ expected: String, file: StaticString = #filePath, line: UInt = #line
) throws {
    let dir = try SiteFixture.make(SiteFixture.course.merging(files) { _, new in new })
    defer { dir.remove() }
    try dir.write(["site/index.html": "previous build\n", "site/track-01/lesson/index.html": "kept\n"])
    let before = snapshotFolder(dir.url.appendingPathComponent("site"))
    let result = runSitegen(["build"], in: dir)
    XCTAssertEqual(result.status, 1, result.stderr, file: file, line: line)
    XCTAssertEqual(result.diagnostics, [expected], result.stderr, file: file, line: line)
    XCTAssertEqual(
        snapshotFolder(dir.url.appendingPathComponent("site")), before, "site/ changed", file: file, line: line)
}

/// A lesson page for `content/track-01/lesson.md`: front matter (lines 1–3), then `body` from line 4.
func lessonPage(_ body: String) -> String {
    "---\ntitle: A lesson\n---\n" + body
}

/// The 1-based number of the line of `text` that contains `needle` (the first such line).
func lineNumber(of needle: String, in text: String, file: StaticString = #filePath, line: UInt = #line) -> Int {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let index = lines.firstIndex(where: { $0.contains(needle) }) else {
        XCTFail("'\(needle)' not found", file: file, line: line)
        return 0
    }
    return index + 1
}

/// `line:column` of the start (`<`) of the tag that contains `needle`, as the checker reports it:
/// the column counts Unicode scalars from the start of the line.
func tagPosition(of needle: String, in text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    let number = lineNumber(of: needle, in: text, file: file, line: line)
    guard number > 0 else { return "0:0" }
    let row = text.split(separator: "\n", omittingEmptySubsequences: false)[number - 1]
    guard let hit = row.range(of: needle), let open = row[..<hit.lowerBound].lastIndex(of: "<") else {
        return "\(number):0"
    }
    return "\(number):\(row[..<open].unicodeScalars.count + 1)"
}

/// Every file of a folder tree, to prove that a command wrote nothing.
func snapshotTree(_ dir: TempDirectory) -> [String: Data] {
    snapshotFolder(dir.url)
}

/// Copies `folders` of the repository into a fresh temp project.
func copyOfRepository(_ folders: [String]) throws -> TempDirectory {
    let dir = try TempDirectory(prefix: "sitegen-repo")
    for folder in folders {
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent(folder), to: dir.url.appendingPathComponent(folder))
    }
    return dir
}

/// Runs `sitegen` in-process with `--root` set to any folder (the repository itself, read-only commands).
func runSitegen(_ arguments: [String], root: URL) -> CLIResult {
    runSitegen(exactly: arguments + ["--root", root.path])
}

/// Runs `sitegen` in-process with exactly `arguments` (no `--root` added).
func runSitegen(exactly arguments: [String]) -> CLIResult {
    let out = Capture()
    let err = Capture()
    let status = CLI.run(arguments, output: Output(out: out.append, err: err.append))
    return CLIResult(status: status, stdout: out.value, stderr: err.value)
}
