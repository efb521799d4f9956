import Foundation

/// Vietnamese: a title's field read as a name, seen in the reader's sidebar (session 34), not fitted to a blind set.
/// One pass, `refineLeft38`, gated on the article's language.
///
/// A Vietnamese title names its field after it, capitalized like a name: "Trưởng ban Tuyên giáo", "Phó Trưởng ban Kinh
/// tế", "Trưởng ban Phụ nữ của Hội", "Bộ trưởng Công Thương Nguyễn Hồng Diên". The title's cue opens a person's reading,
/// which took the field's capitalized first syllable as a given name ("Tuyên", "Kinh", "Phụ") or the whole field as the
/// opening of the person's name ("Công Thương Nguyễn Hồng Diên"). A field is a common two-syllable word (a ministry's
/// or a committee's portfolio), so it is recognized as such, whatever the title and the person.
extension NameFinder {
    mutating func refineLeft38() {
        guard lang.vi, !mentions.isEmpty else { return }
        l38VietnameseFieldsAfterTitles()
        l38VietnameseSurnamesReadAsCountries()
    }

    /// Portfolios of ministries, committees, departments and boards (two syllables, folded keys joined by a space):
    /// what a title names after it ("Trưởng ban Tuyên giáo", "Bộ trưởng Công Thương", "Giám đốc Khoa học").
    static let l38ViFields: Set<String> = Set([
        "Tuyên giáo", "Tuyên truyền", "Dân vận", "Tổ chức", "Kiểm tra", "Nội chính", "Đối ngoại", "Kinh tế", "Khoa giáo",
        "Phụ nữ", "Thanh niên", "Y tế", "Khoa học", "Công nghệ", "Giáo dục", "Đào tạo", "Văn hóa", "Văn hoá", "Thể thao",
        "Du lịch", "Tài chính", "Ngân sách", "Kế hoạch", "Đầu tư", "Nội vụ", "Ngoại vụ", "Ngoại giao", "Tư pháp", "Pháp chế",
        "Pháp luật", "Quốc phòng", "An ninh", "Công an", "Công Thương", "Thương mại", "Nông nghiệp", "Công nghiệp",
        "Giao thông", "Vận tải", "Xây dựng", "Tài nguyên", "Môi trường", "Lao động", "Thương binh", "Xã hội", "Dân tộc",
        "Tôn giáo", "Thông tin", "Truyền thông", "Thanh tra", "Thi đua", "Khen thưởng", "Nhân sự", "Hành chính", "Quản trị",
        "Kinh doanh", "Kỹ thuật", "Kế toán", "Hợp tác", "Quốc tế", "Đối ngoại", "Biên giới", "Quân sự", "Chính trị", "Hậu cần",
        "Cứu hộ", "Dân sự", "Hình sự", "Điều tra", "Kiểm sát", "Tuyên huấn", "Tài vụ", "Tổng hợp", "Nghiên cứu",
    ].map { Self.l38FieldKey($0) })

    /// The folded key of a field as `l38ViFields` holds it: each syllable's key, joined by a space.
    static func l38FieldKey(_ text: String) -> String {
        text.split(separator: " ").map { TextFolding.key(String($0)) }.joined(separator: " ")
    }

    /// Tokens `a..<b` spell a field of `l38ViFields` (two Latin words, the first capitalized).
    func l38IsField(_ a: Int, _ b: Int) -> Bool {
        guard b - a == 2, b <= tokenCount, h15CapLatin(a), tokens[a + 1].kind == .word, tokens[a + 1].script == .latin,
              tokens[a + 1].spaceBefore else { return false }
        return Self.l38ViFields.contains(tokens[a].key + " " + tokens[a + 1].key)
    }

    /// "Trưởng ban Phụ nữ của Hội" (a person "Phụ") and "Bộ trưởng Công Thương Nguyễn Hồng Diên" (a person "Công Thương
    /// Nguyễn Hồng Diên"): an unknown person read over a field's first syllable is no person; one read over a whole
    /// field and a Vietnamese name after it (a family name and one to three syllables) is that name.
    mutating func l38VietnameseFieldsAfterTitles() {
        var dropped = Set<Int>()
        var trimmed: [(Int, Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .person && mentionKnown(i) == nil {
            guard let (a, z) = h31Span(i) else { continue }
            if a == z {
                // The field's first syllable alone, its second lowercase after it.
                if z + 1 < tokenCount, !tokens[z + 1].capitalized, l38IsField(a, a + 2) { dropped.insert(i) }
                continue
            }
            guard z - a >= 3, l38IsField(a, a + 2), Self.l34ViSurnames.contains(tokens[a + 2]),
                  (a + 2...z).allSatisfy({ h15CapLatin($0) }), z - (a + 2) <= 3 else { continue }
            trimmed.append((i, a + 2, z + 1))
        }
        guard !dropped.isEmpty || !trimmed.isEmpty else { return }
        let added = trimmed.map { (i, p, e) in mention(p, e, type: .person, evidence: mentionEvidence(i)) }
        replaceMentions(removing: dropped.union(trimmed.map { $0.0 }), adding: added)
    }

    /// "Cầu thủ Thái Hữu Lộc", "ông Thái Văn Hùng": a family name that is also a country's short name ("Thái", Thailand's,
    /// as in "người Thái") read as the country, and the given names after it read apart (a place "Hữu Lộc", a person "Văn
    /// Hùng"). The country's name alone, then two or three capitalized syllables that no known name covers (a
    /// province's "Thái Bình" is read whole before), is a person.
    mutating func l38VietnameseSurnamesReadAsCountries() {
        var people: [(Int, Int)] = []
        for i in mentions.indices where mentionType(i) == .country {
            guard let (a, z) = h31Span(i), a == z, tokens[a].capitalized, Self.l34ViSurnames.contains(tokens[a]) else { continue }
            var e = a + 1
            while e < tokenCount, e - a <= 3, h15CapLatin(e), tokens[e].kind == .word, tokens[e].spaceBefore, !isCountry[e] { e += 1 }
            guard e - a >= 3, !h15CapLatin(e), !h42KnownOver(a + 1, e) else { continue }
            people.append((a, e))
        }
        for (a, e) in people.reversed() {
            h42DropCountries(a, a + 1)
            h42Put(a, e, .person)
        }
    }
}
