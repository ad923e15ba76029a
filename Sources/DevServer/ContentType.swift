/// The `Content-Type` of a served file, chosen from its extension.
enum ContentType {
    /// Extensions (lower-case, without the dot) and their media types; text types name UTF-8.
    static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8",
        "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "json": "application/json",
        "map": "application/json",
        "xml": "application/xml",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "ico": "image/x-icon",
        "txt": "text/plain; charset=utf-8",
        "woff": "font/woff",
        "woff2": "font/woff2",
        "pdf": "application/pdf",
    ]

    /// What any other file is served as.
    static let fallback = "application/octet-stream"

    /// The media type for the file called `name` (case of the extension does not matter).
    static func forFile(named name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return fallback }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? fallback
    }

    /// Whether `name` is an HTML page, which gets the live-reload script in serve mode.
    static func isHTML(_ name: String) -> Bool { forFile(named: name).hasPrefix("text/html") }
}
