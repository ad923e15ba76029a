/// The text of `sitegen --help` and of each command's `--help`.
enum Help {
    static let main = """
        sitegen: a static site generator for teaching backpropagation with worked, computed examples.

        USAGE: sitegen <command> [options]

        COMMANDS:
          build        Render content/ and templates/ into site/
          serve        Build, serve site/ on 127.0.0.1 and rebuild + reload on every change
          check        Prove that site/ is fresh and every published number is correct (writes nothing)
          eval PAGE    Print the chains of one page as JSON (values, gradients, factors, descent)

        OPTIONS:
          --root DIR   Project folder holding content/ and templates/ (default: the current folder)
          -h, --help   Show help; `sitegen <command> --help` shows a command's options
          --version    Show the version

        Diagnostics are printed as `path:line:col: error: message`; the exit status is 1 on any error.
        """

    static let commands: [String: String] = [
        "build": """
        USAGE: sitegen build [--drafts] [--root DIR]

        Renders content/ (Markdown lessons with {chain} blocks) through templates/ into site/.
        Every chain is run through the backprop engine; views and `=name` values are filled in.
        The site is written to a temporary folder and swapped in only when every page succeeded,
        so a failed build leaves site/ exactly as it was. Two builds of the same input are identical.

        OPTIONS:
          --drafts     Include pages whose front matter says `draft: true`
          --root DIR   Project folder (default: the current folder)
        """,
        "serve": """
        USAGE: sitegen serve [--port N] [--host ADDRESS] [--drafts] [--root DIR]

        Builds the site, serves site/ over HTTP and watches content/ and templates/. Each change
        rebuilds the site and reloads open browser tabs; a build error appears as an overlay in the
        page while the last good site keeps being served. Stop with Ctrl-C.

        OPTIONS:
          --port N         Port to listen on (default: 8000; 0 picks a free port)
          --host ADDRESS   Address to bind (default: 127.0.0.1, reachable from this machine only)
          --drafts         Include draft pages
          --root DIR       Project folder (default: the current folder)
        """,
        "check": """
        USAGE: sitegen check [--strict] [--root DIR]

        Reads the project and the committed site/ and writes nothing. Fails, one line per problem,
        when site/ differs from a fresh build, a gradient disagrees with a central finite difference,
        an `expect` entry fails, a published <data class="num"> disagrees with the engine, or an
        internal link or #anchor does not resolve. Warns about numbers typed in prose that equal a
        computed value on the same page.

        OPTIONS:
          --strict     Treat warnings (typed numbers) as failures
          --root DIR   Project folder (default: the current folder)
        """,
        "eval": """
        USAGE: sitegen eval PAGE.md [--root DIR]

        Runs the engine over every {chain} of one page and prints JSON with sorted keys:
        values and gradients under their quantity names, factors as lists of paths, descent states.
        """,
    ]
}
