import Foundation
import Mustache
import TestSupport
import XCTest

/// A `templates/` folder on disk: a base layout with blocks, a page that inherits it, a partial.
final class TemplateLibraryTests: XCTestCase {
    private var site: TempDirectory!

    override func setUpWithError() throws {
        site = try TempDirectory(prefix: "mustache-library")
    }

    override func tearDown() { site.remove() }

    private func load() throws -> TemplateLibrary {
        try TemplateLibrary(directory: site.url.appendingPathComponent("templates"), relativeTo: site.url)
    }

    private func writeSite() throws {
        try site.write([
            "templates/base.html": """
            <!doctype html>
            <title>{{$title}}sitegen{{/title}}</title>
            <body>
              {{>sidebar}}
              <main>
                {{$body}}
                <p>empty</p>
                {{/body}}
              </main>
            </body>

            """,
            "templates/page.html": """
            {{<base}}
            {{$title}}{{page.title}} – sitegen{{/title}}
            {{$body}}
            <h1>{{page.title}}</h1>
            {{{page.html}}}
            {{/body}}
            {{/base}}

            """,
            "templates/partials/sidebar.html": """
            <nav>
            {{#nav}}
              <a href="{{url}}">{{title}}</a>
            {{/nav}}
            </nav>

            """,
            // Files under assets/ are copied, not parsed: this one would be an unclosed section.
            "templates/assets/broken.html": "{{#oops}}",
            "templates/notes.txt": "{{#not a template}}",
        ])
    }

    func testNamesAreRelativePathsWithoutExtension() throws {
        try writeSite()
        XCTAssertEqual(try load().names, ["base", "page", "partials/sidebar"])
    }

    func testRendersAPageThroughItsLayoutAndPartials() throws {
        try writeSite()
        let context: MustacheValue = [
            "page": ["title": "Chain rule", "html": "<p>a &amp; b</p>"],
            "nav": [["url": "a/", "title": "A & B"], ["url": "b/", "title": "B"]],
        ]
        XCTAssertEqual(
            try load().render("page", context: context),
            """
            <!doctype html>
            <title>Chain rule – sitegen</title>
            <body>
              <nav>
                <a href="a/">A &amp; B</a>
                <a href="b/">B</a>
              </nav>
              <main>
                <h1>Chain rule</h1>
                <p>a &amp; b</p>
              </main>
            </body>

            """)
    }

    func testTheLayoutAloneRendersItsDefaults() throws {
        try writeSite()
        XCTAssertEqual(
            try load().render("base", context: [:]),
            """
            <!doctype html>
            <title>sitegen</title>
            <body>
              <nav>
              </nav>
              <main>
                <p>empty</p>
              </main>
            </body>

            """)
    }

    func testPartialNamesResolveAsWrittenThenUnderPartials() throws {
        try site.write([
            "templates/partials/x.html": "P",
            "templates/x.html": "T",
            "templates/partials/y.html": "Y",
            "templates/a.html": "{{>x}}{{>partials/x}}{{>y}}",
        ])
        XCTAssertEqual(try load().render("a", context: [:]), "TPY")
    }

    func testUnknownTemplateSuggestsTheClosestName() throws {
        try writeSite()
        XCTAssertThrowsError(try load().render("pgae", context: [:])) { error in
            XCTAssertEqual("\(error)", "sitegen: error: unknown template 'pgae'; did you mean 'page'?")
        }
    }

    func testRendersInStrictMode() throws {
        try site.write(["templates/page.html": "<main>\n{{>header}}\n{{>sidebar}}\n", "templates/header.html": "H\n"])
        XCTAssertThrowsError(try load().render("page", context: [:])) { error in
            XCTAssertEqual("\(error)", "templates/page.html:3:1: error: missing partial 'sidebar'")
        }
    }

    func testReportsTheProblemsOfEveryTemplate() throws {
        try site.write([
            "templates/a.html": "{{#x}}", "templates/partials/b.html": "ok\n{{/y}}", "templates/ok.html": "ok",
        ])
        try Data([0x3C, 0x70, 0x3E, 0xFF, 0xFE]).write(to: site.url.appendingPathComponent("templates/c.html"))
        XCTAssertThrowsError(try load()) { error in
            XCTAssertEqual(
                "\(error)",
                """
                templates/a.html:1:1: error: unclosed section 'x'
                templates/c.html:1:1: error: template is not valid UTF-8
                templates/partials/b.html:2:1: error: closing tag 'y' has no open section
                """)
        }
    }

    func testAMissingFolderIsAnError() throws {
        XCTAssertThrowsError(try load()) { error in
            XCTAssertEqual("\(error)", "sitegen: error: cannot read the templates folder 'templates'")
        }
    }
}
