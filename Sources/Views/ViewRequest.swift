import Diagnostics
import YAML

/// One view block found in a page: `{factors} worked dC/dw1` with its optional YAML body.
///
/// The site resolves which chain the block refers to; the request carries what is left.
public struct ViewRequest: Sendable, Hashable {
    /// The view's name without braces: `forward`, `factors`, `gradients`, `descent`, `graph`, `sweep`,
    /// `operations`.
    public var kind: String
    /// The view's argument, e.g. `dC/dw1` or `w1` for `{factors}`; nil when none was given.
    public var argument: String?
    /// The YAML body holding the view's options, or nil when the block is empty.
    public var options: YAMLNode?
    /// The fence line of the block; errors about the block point here.
    public var location: SourceLocation

    /// Creates a request.
    public init(kind: String, argument: String? = nil, options: YAMLNode? = nil, location: SourceLocation) {
        self.kind = kind
        self.argument = argument
        self.options = options
        self.location = location
    }
}
