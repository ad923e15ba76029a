/// The result of one rebuild, as the dev server tells it to open pages.
///
/// The server never looks inside the site: the caller's rebuild closure builds it, swaps the new
/// `site/` in only when the build succeeded, and reports what happened with one of these values.
public enum BuildOutcome: Sendable, Equatable {
    /// The new site has been written in full; open pages reload.
    case success
    /// The build failed and the previous site is still being served. Each element is one
    /// diagnostic line such as `content/intro.md:3:5: error: unknown quantity 'z'`; open pages
    /// show them in an overlay until a later build succeeds.
    case failure([String])
}
