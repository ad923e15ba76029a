import Foundation

/// A whole project written as text in a test: minimal templates plus the files a test gives.
public enum SiteFixture {
    /// Small but complete templates: a parent layout with blocks, partials, and one page per kind.
    public static let templates: [String: String] = [
        "templates/base.html": """
        <!doctype html>
        <html lang="{{site.language}}">
        <head><title>{{$title}}{{page.title}} · {{site.title}}{{/title}}</title></head>
        <body><a href="#main">Skip to content</a>
        {{>sidebar}}
        <main id="main">{{$main}}{{/main}}</main>
        </body>
        </html>

        """,
        "templates/partials/sidebar.html": """
        <nav aria-label="Course">{{#nav}}<a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a>{{#lessons}} <a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a>{{/lessons}}
        {{/nav}}</nav>
        """,
        "templates/page.html": """
        {{<base}}{{$main}}<h1>{{page.title}}</h1>
        {{#page.has_toc}}<nav aria-label="On this page">{{#page.toc}}<a href="#{{id}}">{{text}}</a>{{#children}} <a href="#{{id}}">{{text}}</a>{{/children}} {{/page.toc}}</nav>
        {{/page.has_toc}}{{{page.content}}}{{#prev}}<a rel="prev" href="{{url}}">{{title}}</a>{{/prev}}{{#next}}<a rel="next" href="{{url}}">{{title}}</a>{{/next}}{{/main}}{{/base}}

        """,
        "templates/track.html": """
        {{<base}}{{$main}}<h1>{{page.title}}</h1>
        {{{page.content}}}<ul>{{#lessons}}<li><a href="{{url}}">{{title}}</a></li>{{/lessons}}</ul>{{/main}}{{/base}}

        """,
        "templates/home.html": """
        {{<base}}{{$title}}{{site.title}}{{/title}}{{$main}}{{{page.content}}}<ul>{{#tracks}}<li><a href="{{url}}">{{title}}</a></li>{{/tracks}}</ul>{{/main}}{{/base}}

        """,
        "templates/404.html": """
        {{<base}}{{$main}}<h1>{{page.title}}</h1><a href="{{root}}">Home</a>{{/main}}{{/base}}

        """,
        "templates/assets/style.css": "body { margin: 0 }\n",
    ]

    /// A three-page course: home, one track, one lesson with a chain.
    public static let course: [String: String] = [
        "content/site.yaml": "title: Test Course\nbase_url: https://example.org/course/\n",
        "content/index.md": "---\ntitle: Home\n---\nWelcome.\n",
        "content/track-01/index.md": "---\ntitle: Track one\norder: 1\n---\nIntro. See [the lesson](lesson.md).\n",
        "content/track-01/lesson.md": """
        ---
        title: A lesson
        ---
        ## Worked chain

        ```{chain}
        input: 1
        weights: [2, 3, 0.5]
        target: 2
        ```

        The cost is `=C` and the slope is `=dC/dw1`.

        """,
    ]

    /// Writes `templates` + `files` (later entries win) into a fresh temp folder.
    public static func make(_ files: [String: String], templates: [String: String] = SiteFixture.templates)
        throws -> TempDirectory
    {
        let dir = try TempDirectory(prefix: "sitegen-site")
        try dir.write(templates.merging(files) { _, new in new })
        return dir
    }
}
