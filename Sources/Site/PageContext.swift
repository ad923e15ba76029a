import Mustache

/// The data a template sees for one page (documented for template authors in docs/templates.md).
struct PageContext {
    let config: SiteConfig
    /// Every page in reading order.
    let pages: [SourcePage]

    /// The context of `page`, whose rendered body is `content`.
    func context(for page: SourcePage, content: String, toc: [TOCEntry]) -> MustacheValue {
        let root = page.isNotFound ? config.basePath : RelativeURL.root(from: page.url)
        let track = pages.first { $0.kind == .track && $0.track == page.track && page.track != nil }
        var pageValue: [String: MustacheValue] = [
            "title": .string(page.title),
            "kind": .string(page.kind.rawValue),
            "is_home": .bool(page.kind == .home),
            "is_track": .bool(page.kind == .track),
            "is_lesson": .bool(page.kind == .lesson),
            "content": .string(content),
            "url": .string(page.url),
            "toc": .array(tocTree(toc)),
            "has_toc": .bool(!toc.isEmpty),
        ]
        if let description = page.front.description { pageValue["description"] = .string(description) }
        if let track, page.kind == .lesson {
            pageValue["track_title"] = .string(track.title)
            pageValue["track_url"] = .string(RelativeURL.link(from: page.url, to: track.url))
        }
        var context: [String: MustacheValue] = [
            "site": .dictionary([
                "title": .string(config.title), "language": .string(config.language),
                "base_url": .string(config.baseURL),
            ]),
            "page": .dictionary(pageValue),
            "root": .string(root),
            "assets": .string(root + "assets/"),
            "nav": .array(navigation(from: page)),
        ]
        if page.kind == .home { context["tracks"] = .array(trackCards(from: page)) }  // only home lists cards
        if page.kind == .track {
            context["lessons"] = .array(lessons(of: page.track).map { card($0, from: page) })
        }
        let reading = pages.filter { $0.kind != .page }
        if let i = reading.firstIndex(where: { $0.source == page.source }) {
            if i > 0 { context["prev"] = card(reading[i - 1], from: page) }
            if i + 1 < reading.count { context["next"] = card(reading[i + 1], from: page) }
        }
        return .dictionary(context)
    }

    private func lessons(of track: String?) -> [SourcePage] {
        pages.filter { $0.kind == .lesson && $0.track == track }
    }

    private func link(_ target: SourcePage, from page: SourcePage) -> String {
        if page.isNotFound { return config.basePath + target.url }
        return RelativeURL.link(from: page.url, to: target.url)
    }

    private func card(_ target: SourcePage, from page: SourcePage) -> MustacheValue {
        var fields: [String: MustacheValue] = [
            "title": .string(target.title), "url": .string(link(target, from: page)),
        ]
        if let d = target.front.description { fields["description"] = .string(d) }
        return .dictionary(fields)
    }

    private func navigation(from page: SourcePage) -> [MustacheValue] {
        pages.filter { $0.kind == .track }.map { track in
            let lessonItems = lessons(of: track.track).map { lesson in
                MustacheValue.dictionary([
                    "title": .string(lesson.title), "url": .string(link(lesson, from: page)),
                    "current": .bool(lesson.source == page.source),
                ])
            }
            return .dictionary([
                "title": .string(track.title), "url": .string(link(track, from: page)),
                "current": .bool(track.source == page.source),
                "open": .bool(track.track == page.track),
                "lessons": .array(lessonItems),
            ])
        }
    }

    private func trackCards(from page: SourcePage) -> [MustacheValue] {
        pages.filter { $0.kind == .track }.map { track in
            guard case .dictionary(var fields) = card(track, from: page) else { return .null }
            fields["id"] = .string("sg-track-" + (track.track ?? track.slug))  // linkable card headings
            fields["lessons"] = .array(lessons(of: track.track).map { card($0, from: page) })
            return .dictionary(fields)
        }
    }

    /// h2 entries with their h3 children.
    private func tocTree(_ toc: [TOCEntry]) -> [MustacheValue] {
        var tree: [(TOCEntry, [TOCEntry])] = []
        for entry in toc {
            if entry.level == 3, !tree.isEmpty {
                tree[tree.count - 1].1.append(entry)
            } else {
                tree.append((entry, []))
            }
        }
        return tree.map { entry, children in
            .dictionary([
                "id": .string(entry.id), "text": .string(entry.text), "level": .string(String(entry.level)),
                "children": .array(children.map { .dictionary(["id": .string($0.id), "text": .string($0.text)]) }),
            ])
        }
    }
}
