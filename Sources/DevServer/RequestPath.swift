/// A request path checked and percent-decoded, before any file is touched.
///
/// The checks here are purely textual; `SiteFiles` then resolves symlinks with `realpath` and
/// checks that the real path stays inside the site folder.
struct RequestPath: Equatable {
    /// Why a path is refused without looking at the disk.
    enum Refusal: Error, Equatable {
        /// The path does not start with `/`.
        case notAbsolute
        /// A `%` not followed by two hex digits, or bytes that are not UTF-8: answered 400.
        case malformed
        /// A `.` or `..` segment, written plainly or encoded as `%2e`.
        case dotSegment
        /// An encoded slash (`%2f`) or a backslash in any form, which would hide a separator.
        case encodedSeparator
        /// A NUL byte (`%00`), which would cut the path short in C.
        case nulByte
    }

    /// The decoded segments, none of them empty (`//` collapses).
    var segments: [String]
    /// The same segments as sent, still percent-encoded; used to build redirects.
    var rawSegments: [String]
    /// Whether the path ends with `/` (or is `/`), the form that directories are served under.
    var endsWithSlash: Bool

    /// Checks and decodes `rawPath`, the path from the request line without its query string.
    static func parse(_ rawPath: String) -> Result<RequestPath, Refusal> {
        guard rawPath.hasPrefix("/") else { return .failure(.notAbsolute) }
        var path = RequestPath(segments: [], rawSegments: [], endsWithSlash: rawPath.hasSuffix("/"))
        for raw in rawPath.split(separator: "/", omittingEmptySubsequences: true) {
            switch decode(raw) {
            case .failure(let refusal): return .failure(refusal)
            case .success(let segment):
                path.segments.append(segment)
                path.rawSegments.append(String(raw))
            }
        }
        return .success(path)
    }

    /// Percent-decodes one segment and refuses the segments that could leave the folder.
    private static func decode(_ raw: Substring) -> Result<String, Refusal> {
        var bytes: [UInt8] = []
        var input = Array(raw.utf8)[...]
        while let byte = input.popFirst() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard input.count >= 2, let high = hexValue(input.removeFirst()), let low = hexValue(input.removeFirst())
            else { return .failure(.malformed) }
            bytes.append(high << 4 | low)
        }
        if bytes.contains(0) { return .failure(.nulByte) }
        if bytes.contains(UInt8(ascii: "/")) || bytes.contains(UInt8(ascii: "\\")) {
            return .failure(.encodedSeparator)
        }
        guard let segment = String(validating: bytes, as: UTF8.self) else { return .failure(.malformed) }
        if segment == "." || segment == ".." { return .failure(.dotSegment) }
        return .success(segment)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
