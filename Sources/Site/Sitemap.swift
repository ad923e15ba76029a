import Diagnostics

/// `sitemap.xml`: absolute URLs of every page, built from `base_url`, in reading order.
enum Sitemap {
    static func xml(baseURL: String, urls: [String]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in urls {
            out += "  <url><loc>\(HTMLEscape.text(baseURL + url))</loc></url>\n"
        }
        out += "</urlset>\n"
        return out
    }
}
