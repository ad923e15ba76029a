import Foundation
import SitegenCLI
import TestSupport
import XCTest

/// The command line itself: help texts, unknown commands and options, exit statuses.
final class CLITests: XCTestCase {
    var dir: TempDirectory!

    override func setUpWithError() throws { dir = try SiteFixture.make(SiteFixture.course) }
    override func tearDown() { dir?.remove() }

    func testMainHelpListsEveryCommandAndTheCommonOptions() {
        let result = runSitegen(["--help"], in: dir)
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "")
        for line in [
            "USAGE: sitegen <command> [options]", "  build ", "  serve ", "  check ", "  eval PAGE ",
            "--root DIR", "-h, --help", "--version",
        ] {
            XCTAssertTrue(result.stdout.contains(line), "missing '\(line)' in:\n\(result.stdout)")
        }
        XCTAssertEqual(runSitegen(["-h"], in: dir).stdout, result.stdout)
    }

    func testEachCommandHasItsOwnHelp() {
        let expected = [
            "build": ["USAGE: sitegen build [--drafts] [--root DIR]", "--drafts", "site/ exactly as it was"],
            "check": ["USAGE: sitegen check [--strict] [--root DIR]", "--strict", "writes nothing"],
            "eval": ["USAGE: sitegen eval PAGE.md [--root DIR]", "sorted keys"],
            "serve": [
                "USAGE: sitegen serve [--port N] [--host ADDRESS] [--drafts] [--root DIR]", "--port N", "127.0.0.1",
            ],
        ]
        for (command, lines) in expected {
            let result = runSitegen([command, "--help"], in: dir)
            XCTAssertEqual(result.status, 0, command)
            for line in lines { XCTAssertTrue(result.stdout.contains(line), "\(command): missing '\(line)'") }
        }
        // `--help` never runs the command: nothing was built.
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path("site")))
    }

    func testNoCommandPrintsHelpAndFails() {
        let result = runSitegen([], in: dir)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("COMMANDS:"))
    }

    func testUnknownCommandSuggestsTheClosest() {
        let result = runSitegen(["biuld"], in: dir)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(
            result.stderr,
            "sitegen: error: unknown command 'biuld'; did you mean 'build'?\nRun 'sitegen --help' for usage.\n")
        XCTAssertEqual(
            runSitegen(["chek", "--help"], in: dir).stderr,
            "sitegen: error: unknown command 'chek'; did you mean 'check'?\nRun 'sitegen --help' for usage.\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path("site")))
    }

    func testUnknownOptionFails() {
        let result = runSitegen(["build", "--fast"], in: dir)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(
            result.stderr, "sitegen: error: unknown option '--fast' for 'build'\nRun 'sitegen build --help'.\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path("site")))
        // Options of other commands are unknown too.
        XCTAssertEqual(runSitegen(["check", "--drafts"], in: dir).status, 1)
        XCTAssertEqual(runSitegen(["build", "--strict"], in: dir).status, 1)
        XCTAssertEqual(
            runSitegen(["eval", "content/index.md", "--port", "80"], in: dir).stderr,
            "sitegen: error: unknown option '--port' for 'eval'\n")
    }

    func testOptionThatNeedsAValue() {
        let result = runSitegen(exactly: ["build", "--root"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "sitegen: error: --root needs a value\nRun 'sitegen --help' for usage.\n")
    }

    func testFlagGivenAValueFails() {
        let result = runSitegen(["build", "--drafts=yes"], in: dir)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "sitegen: error: --drafts takes no value\nRun 'sitegen --help' for usage.\n")
    }

    func testVersion() {
        let result = runSitegen(["--version"], in: dir)
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.hasPrefix("sitegen "))
    }

    func testRootOptionWithEqualsSign() {
        let result = runSitegen(exactly: ["build", "--root=\(dir.url.path)"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.path("site/track-01/lesson/index.html")))
    }
}
