import XCTest

@testable import DevServer

final class LiveReloadScriptTests: XCTestCase {
    private let script = LiveReloadScript.element(buildID: "ab-3")

    func testTheScriptGoesBeforeTheLastClosingBodyTagInAnyCase() {
        let page = "<body><p>&lt;/body&gt;</p></BODY></html>"
        let injected = String(decoding: LiveReloadScript.inject(into: Array(page.utf8), buildID: "ab-3"), as: UTF8.self)
        XCTAssertEqual(injected, "<body><p>&lt;/body&gt;</p>" + script + "</BODY></html>")
    }

    func testAPageWithoutClosingBodyTagGetsTheScriptAtTheEnd() {
        let injected = LiveReloadScript.inject(into: Array("<p>hi</p>".utf8), buildID: "ab-3")
        XCTAssertEqual(String(decoding: injected, as: UTF8.self), "<p>hi</p>" + script)
    }

    func testTheScriptNamesItsBuildAndTheEventsPath() {
        XCTAssertTrue(script.hasPrefix("<script data-sitegen-live-reload>\n"))
        XCTAssertTrue(script.contains("const build = \"ab-3\";"))
        XCTAssertTrue(script.contains("new EventSource(\"/__sitegen/events\")"))
        XCTAssertTrue(script.hasSuffix("</script>\n"))
    }
}
