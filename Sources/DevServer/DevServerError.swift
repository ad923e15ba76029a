#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Why the dev server could not start, with a message meant for the author's terminal.
///
/// The server prints nothing itself: the caller prints `description` (for example as
/// `error: port 8080 on 127.0.0.1 is already in use`) and exits with status 1.
public struct DevServerError: Error, CustomStringConvertible, Equatable {
    /// One sentence, lower-case first word, no trailing period.
    public let message: String

    /// Creates an error with `message`.
    public init(_ message: String) { self.message = message }

    /// The message, as printed after `error: `.
    public var description: String { message }
}

extension DevServerError {
    static func portInUse(_ port: UInt16, host: String) -> DevServerError {
        DevServerError("port \(port) on \(host) is already in use")
    }

    static func invalidHost(_ host: String) -> DevServerError {
        DevServerError("invalid host '\(host)': give an IP address such as 127.0.0.1 or ::1")
    }

    /// A failed system call, worded as `what: strerror(code)`.
    static func system(_ what: String, errno code: Int32) -> DevServerError {
        DevServerError("\(what): \(String(cString: strerror(code)))")
    }
}
