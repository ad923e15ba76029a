/// `sitemap.xml`: absolute URLs of every page, built from `base_url`, in reading order.
enum Sitemap {
    static func xml(baseURL: String, urls: [String]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in urls {
            out += "  <url><loc>\(HTMLText.escape(baseURL + url))</loc></url>\n"
        }
        out += "</urlset>\n"
        return out
    }
}

/// Escaping for text and attribute values.
enum HTMLText {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
