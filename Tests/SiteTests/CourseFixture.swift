import TestSupport

/// A two-track course written as text, over `SiteFixture.templates`, for the whole-site tests.
///
/// Reading order, reasoned from the front matter: home; track `descent` (order 1) with its lessons
/// `steps` (order 1), `rates` (order 2), then `notes` (no order, so after the ordered ones); track
/// `basics` (order 2, so after `descent` although its folder name sorts first) with `worked`.
/// `descent/later.md` is a draft, and `descent/diagram.svg` is a file copied as it is.
enum CourseFixture {
    static let files: [String: String] = [
        // No trailing slash: sitegen adds one.
        "content/site.yaml": "title: Fixture Course\nbase_url: https://example.org/course\nlanguage: de\n",
        "content/index.md": "---\ntitle: Home\n---\nStart with [the first steps](descent/steps.md).\n",
        "content/descent/index.md": "---\ntitle: Descent\norder: 1\n---\nDownhill, one step at a time.\n",
        "content/descent/steps.md": steps,
        "content/descent/rates.md": "---\ntitle: Rates\norder: 2\n---\nSee [the first step](steps.md#first-step).\n",
        "content/descent/notes.md": "---\ntitle: Notes\n---\nNo order, so after the ordered lessons.\n",
        "content/descent/later.md": "---\ntitle: Later\ndraft: true\n---\nNot ready yet.\n",
        "content/descent/diagram.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
        "content/basics/index.md": "---\ntitle: Basics\norder: 2\n---\nThe ground floor.\n",
        "content/basics/worked.md":
            "---\ntitle: Worked chain\n---\n## The chain\n\nBack to [descent](../descent/index.md).\n",
        // The fixture's track layout plus previous/next links, to show reading order across tracks.
        "templates/track.html": """
        {{<base}}{{$main}}<h1>{{page.title}}</h1>
        {{{page.content}}}<ul>{{#lessons}}<li><a href="{{url}}">{{title}}</a></li>{{/lessons}}</ul>
        {{#prev}}<a rel="prev" href="{{url}}">{{title}}</a>{{/prev}}{{#next}}<a rel="next" href="{{url}}">{{title}}</a>{{/next}}{{/main}}{{/base}}

        """,
    ]

    /// The lesson whose page the tests read line by line.
    static let steps = """
        ---
        title: First steps
        description: Where the descent begins.
        order: 1
        ---
        Read [the rates](rates.md), then [the worked chain](../basics/worked.md#the-chain),
        and look at [the diagram](diagram.svg).

        ## First step

        ```{chain}
        input: 1
        weights: [2, 3, 0.5]
        target: 2
        ```

        The cost is `=C` and its slope with respect to w1 is `=dC/dw1`.

        ### A detail

        Inline <b>bold</b> HTML is filtered.

        ## First step

        A repeated heading gets its own id; go [back up](#first-step).

        """

    /// The course in a fresh temp folder.
    static func make() throws -> TempDirectory { try SiteFixture.make(files) }
}
