import Foundation
import TestSupport
import XCTest

/// Each bad input gives one positioned diagnostic, exit status 1, and leaves site/ untouched.
final class BadInputTests: XCTestCase {
    /// Builds `files` over the fixture course on top of a previous site/, and asserts the one error line.
    func assertBuildFails(
        _ files: [String: String], removing: [String] = [], _ expected: String,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let dir = try SiteFixture.make(SiteFixture.course)
        defer { dir.remove() }
        try dir.write(["site/index.html": "previous build\n", "site/old/page.html": "kept\n"])
        let before = snapshotFolder(dir.url.appendingPathComponent("site"))
        try dir.write(files)
        for path in removing { try FileManager.default.removeItem(atPath: dir.path(path)) }
        let result = runSitegen(["build"], in: dir)
        XCTAssertEqual(result.status, 1, result.stderr, file: file, line: line)
        XCTAssertEqual(
            result.diagnostics.filter { $0.contains(": error: ") }, [expected], result.stderr, file: file, line: line)
        XCTAssertEqual(
            snapshotFolder(dir.url.appendingPathComponent("site")), before, "site/ changed", file: file, line: line)
    }

    func testUnclosedFrontMatter() throws {
        try assertBuildFails(
            ["content/track-01/lesson.md": "---\ntitle: A lesson\n\nNo closing line.\n"],
            "content/track-01/lesson.md:1:1: error: front matter starts here but is never closed with a '---' line")
    }

    func testYAMLSyntaxErrorInFrontMatterPointsAtItsLine() throws {
        try assertBuildFails(
            ["content/track-01/lesson.md": "---\ntitle: A lesson\ndescription: [unclosed\n---\nBody\n"],
            "content/track-01/lesson.md:3:23: error: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence"
        )
    }

    func testMissingTitle() throws {
        try assertBuildFails(
            ["content/track-01/lesson.md": "---\norder: 2\n---\nBody\n"],
            "content/track-01/lesson.md:1:1: error: front matter has no 'title'")
    }

    func testFileThatIsNotUTF8() throws {
        let dir = try SiteFixture.make(SiteFixture.course)
        defer { dir.remove() }
        var bytes = Array("---\ntitle: A lesson\n---\ncaf".utf8)
        bytes += [0xE9, 0x0A]  // Latin-1 "é"
        try Data(bytes).write(to: dir.url.appendingPathComponent("content/track-01/lesson.md"))
        let result = runSitegen(["build"], in: dir)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.diagnostics, ["content/track-01/lesson.md:4:4: error: file is not valid UTF-8"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path("site")))
    }

    func testLinkToMissingPage() throws {
        try assertBuildFails(
            [
                "content/track-01/index.md":
                    "---\ntitle: Track one\n---\nSee [the lesson](lesson.md) and\n[gone](lessen.md).\n"
            ],
            "content/track-01/index.md:5:1: error: link to missing page 'lessen.md'; did you mean 'lesson.md'?")
    }

    func testLinkToMissingAnchor() throws {
        try assertBuildFails(
            ["content/track-01/index.md": "---\ntitle: Track one\n---\nSee [the chain](lesson.md#worked-chian).\n"],
            "content/track-01/index.md:4:5: error: link 'lesson.md#worked-chian': content/track-01/lesson.md has no heading or id 'worked-chian'; did you mean 'worked-chain'?"
        )
    }

    func testNoContentFolder() throws {
        try assertBuildFails(
            [:], removing: ["content"],
            "sitegen: error: no content/ folder here; run sitegen in the project root (or pass --root)")
    }

    func testTwoPagesWithTheSameURL() throws {
        try assertBuildFails(
            ["content/track-01.md": "---\ntitle: Clash\n---\n"],
            "content/track-01.md:1:1: error: page URL '/track-01/' is also produced by content/track-01/index.md")
    }

    func testTemplateWithAnUnclosedSection() throws {
        try assertBuildFails(
            [
                "templates/track.html":
                    "{{<base}}{{$main}}\n<ul>{{#lessons}}<li>{{title}}</li>\n</ul>{{/main}}{{/base}}\n"
            ],
            "templates/track.html:3:6: error: closing tag 'main' does not match open section 'lessons'")
        try assertBuildFails(
            ["templates/404.html": "<p>Lost?</p>\n{{#root}}<a href=\"{{root}}\">Home</a>\n"],
            "templates/404.html:2:1: error: unclosed section 'root'")
    }

    func testMissingPartial() throws {
        try assertBuildFails(
            [:], removing: ["templates/partials/sidebar.html"],
            "templates/base.html:5:1: error: missing partial 'sidebar'")
    }

    func testChainInsideAListItemReportsTheColumnInTheFile() throws {
        try assertBuildFails(
            [
                "content/track-01/lesson.md":
                    "---\ntitle: A lesson\n---\n- A chain in a list:\n\n  ```{chain}\n  input: 1\n  wieghts: [2]\n  target: 2\n  ```\n"
            ],
            "content/track-01/lesson.md:8:3: error: unknown key 'wieghts' in a chain; did you mean 'weights'?")
    }

    func testBrokenLinkWrittenByATemplateNamesTheLayoutAndPage() throws {
        let dir = try SiteFixture.make(SiteFixture.course)
        defer { dir.remove() }
        let base = try dir.read("templates/base.html")
        let skip = "<body><a href=\"#main\">Skip to content</a>"
        try dir.write([
            "templates/base.html": base.replacingOccurrences(of: skip, with: skip + " <a href=\"nowhere/\">x</a>")
        ])
        let result = runSitegen(["build"], in: dir)
        XCTAssertEqual(result.status, 1)
        // `<body><a href="#main">Skip to content</a> ` is 42 characters, so the link starts at column 43.
        XCTAssertTrue(
            result.diagnostics.contains(
                "site/index.html:4:43: error: broken link 'nowhere/': no file site/nowhere/index.html"
                    + " (in the layout templates/home.html, for content/index.md)"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path("site")))
    }

    func testABuildReportsEveryProblemInFileOrderNotJustTheFirst() throws {
        let dir = try SiteFixture.make(SiteFixture.course)
        defer { dir.remove() }
        try dir.write([
            "content/track-01/index.md": "---\ntitle: Track one\ntitel: typo\n---\nSee [gone](nowhere.md).\n",
            "content/track-01/lesson.md": "---\norder: 1\n---\nNo title.\n",
            "content/index.md": "---\ntitle: Home\n---\nThe cost is `=C`.\n",
        ])
        let result = runSitegen(["build"], in: dir)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(
            result.diagnostics,
            [
                "content/index.md:4:14: error: `=C` needs a {chain} block on this page",
                "content/track-01/index.md:3:1: warning: unknown front matter key 'titel'; did you mean 'title'?",
                "content/track-01/index.md:5:5: error: link to missing page 'nowhere.md'",
                "content/track-01/lesson.md:1:1: error: front matter has no 'title'",
            ])
        XCTAssertTrue(result.stderr.hasSuffix("build failed: 3 errors; site/ was left as it was\n"), result.stderr)
    }
}
