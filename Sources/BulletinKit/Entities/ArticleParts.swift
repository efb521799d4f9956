/// Extraction of a very long body in parts.
///
/// News articles are 1–20 KB, and the extractor's rules were written for them: several refine
/// passes and the grouper compare each mention with the others, which is nothing on an article
/// and quadratic on a book. A 656 KB file took 15 s, a 13 MB one (a feed dump saved as one file)
/// hours, and the whole index waited for it. A body over `limit` bytes of UTF-8 is therefore cut
/// into parts of at most that size, at paragraph breaks when it has them; each part is extracted
/// alone and the results are merged (same entity: mentions added, aliases and ranges joined,
/// ranges shifted to the body's offsets). What a long body loses is only what spans parts (a
/// surname in one part linked to the full name in another). Bodies up to `limit` are extracted
/// whole, exactly as before.
enum ArticleParts {
    /// Three times the longest wire article in the seeds; a long magazine feature still fits.
    static let limit = 32 * 1024

    /// `body`'s extraction: `extractPart` on the whole body when it fits, else on each part,
    /// merged.
    static func extract(_ body: String, limit: Int = limit, _ extractPart: (String) -> Extraction) -> Extraction {
        guard body.utf8.count > limit else { return extractPart(body) }
        var merged = Extraction()
        var index: [EntityKey: Int] = [:]
        var offset = 0   // UTF-16 offset of the part in `body`
        for part in parts(of: body, limit: limit) {
            let text = String(part)
            let found = extractPart(text)
            for code in found.countries where !merged.countries.contains(code) { merged.countries.append(code) }
            for var entity in found.entities {
                if offset > 0 {
                    entity.ranges = entity.ranges.map { TextSpan(start: $0.start + offset, end: $0.end + offset) }
                }
                let key = EntityKey(name: entity.name, type: entity.type, code: entity.code)
                if let i = index[key] {
                    merged.entities[i].mentions += entity.mentions
                    merged.entities[i].ranges += entity.ranges
                    for alias in entity.aliases where !merged.entities[i].aliases.contains(alias) {
                        merged.entities[i].aliases.append(alias)
                    }
                } else {
                    index[key] = merged.entities.count
                    merged.entities.append(entity)
                }
            }
            offset += text.utf16.count
        }
        return merged
    }

    /// One entity across parts.
    private struct EntityKey: Hashable {
        var name: String
        var type: EntityType
        var code: String?
    }

    /// `body` cut into consecutive parts of at most `limit` bytes of UTF-8 that together are
    /// `body`: each cut is after the last paragraph break ("\n\n") in the second half of the
    /// allowance, else after the last line break, else after the last space, else at the last
    /// scalar boundary (a body with no space in 32 KB is not prose).
    static func parts(of body: String, limit: Int) -> [Substring] {
        let bytes = body.utf8
        let count = bytes.count
        guard count > limit, limit > 0 else { return [body[...]] }
        var parts: [Substring] = []
        var start = 0
        while count - start > limit {
            let cut = cutPoint(bytes, from: start, limit: limit)
            parts.append(body[index(bytes, start)..<index(bytes, cut)])
            start = cut
        }
        parts.append(body[index(bytes, start)...])
        return parts
    }

    /// The byte offset where the part that begins at `start` ends (exclusive), `start < cut ≤ start + limit`.
    static func cutPoint(_ bytes: String.UTF8View, from start: Int, limit: Int) -> Int {
        let end = start + limit
        let floor = start + max(1, limit / 2)
        var lineBreak: Int?
        var space: Int?
        var i = index(bytes, end)
        var at = end
        // Backwards from the allowance's end to its middle: the first paragraph break found wins;
        // the first line break and space are remembered for bodies that have none.
        while at > floor {
            let before = bytes.index(before: i)
            let b = bytes[before]
            if b == 0x0A {
                if at - 1 > start, bytes[bytes.index(before: before)] == 0x0A { return at }
                if lineBreak == nil { lineBreak = at }
            } else if b == 0x20, space == nil {
                space = at
            }
            i = before
            at -= 1
        }
        if let lineBreak { return lineBreak }
        if let space { return space }
        // No break at all: the last scalar boundary (never inside a UTF-8 sequence).
        var cut = end
        while cut > start + 1, bytes[index(bytes, cut)] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }

    private static func index(_ bytes: String.UTF8View, _ offset: Int) -> String.Index {
        bytes.index(bytes.startIndex, offsetBy: offset)
    }
}
