import XCTest

@testable import DevServer

final class EditorTempFileTests: XCTestCase {
    func testEditorLeftoversAreIgnoredAndSourcesAreNot() {
        for name in [".lesson.md.swp", ".lesson.md.swx", "lesson.md~", "4913", ".#lesson.md"] {
            XCTAssertTrue(FileWatcher.isIgnored(name), name)
        }
        for name in ["lesson.md", "page.html", "49130", "swp.md", "a#b.md"] {
            XCTAssertFalse(FileWatcher.isIgnored(name), name)
        }
    }
}
