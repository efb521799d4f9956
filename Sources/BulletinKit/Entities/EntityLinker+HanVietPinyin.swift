/// A Chinese person written in pinyin in some articles (Feng Yunjun, in English, French or
/// Russian's Palladius: Фэн Юньцзюнь) and by the Sino-Vietnamese reading of the characters
/// in Vietnamese ones (Phùng Vân Quân), when no article writes the characters themselves:
/// `hanMerges` joins a reading to pinyin only through the Han name, so these stayed two people.
///
/// Pinyin does not give back the characters (li is 李, 黎, 力 or 丽), so a pinyin name stands for
/// every reading its syllables' characters have (`hanVietByPinyin`, from `tonedHanViet`): Gao Li
/// reads Cao Lý, Cao Lê, Cao Lực or Cao Lệ. It joins the one cluster named so; two such
/// clusters (Cao Lệ and Cao Lực), a cluster two pinyin names read as, or one whose surname
/// reads two pinyin surnames (Chu: Zhou or Zhu) join nothing. Readings are compared with their
/// vowel letters, đ and tones (`syllableKey`): Dương (杨 Yang) is not Đường (唐 Tang), nor
/// Cương (刚 gang) Cường (强 qiang); folded, they were, and joined other people.
///
/// Vietnamese people are not Chinese ones: a Vietnamese name read from a pinyin name must be
/// written only with Vietnamese letters (a Vietnamese person in English or French copy is
/// written without marks, Tran Van Minh, and their cluster holds that form too), never with
/// Văn or Thị inside it (the commonest Vietnamese middle names) and never under Nguyễn.
extension EntityLinker {
    /// Which clusters of people named only in Vietnamese (with its letters) join one cluster of
    /// a person named in pinyin (or Palladius Cyrillic) and never in Han characters, as (from, to).
    static func pinyinHanVietMerges(_ clusters: [(type: EntityType, names: [String: Int])]) -> [(from: Int, to: Int)] {
        /// Vietnamese-only clusters by their reading (`vietnameseOnlyReading`).
        var byReading: [String: [Int]] = [:]
        /// Clusters with a pinyin name and no Han one, with those names' syllables.
        var pinyin: [(cluster: Int, names: [[[String]]])] = []
        /// Readings of the Han names of the corpus: `hanMerges` joins those clusters by them.
        var readOfHan = Set<String>()
        for (i, c) in clusters.enumerated() where c.type == .person {
            if let reading = vietnameseOnlyReading(c.names.keys) {
                byReading[reading, default: []].append(i)
                continue
            }
            var syllables: [[[String]]] = []
            var han = false
            for name in c.names.keys {
                if isHanName(name) {
                    han = true
                    readOfHan.formUnion(tonedReadings(ofHan: name))
                } else if !han, let s = pinyinNameSyllables(name) {
                    syllables.append(s)
                }
            }
            if !han && !syllables.isEmpty { pinyin.append((i, syllables)) }
        }
        guard !byReading.isEmpty, !pinyin.isEmpty else { return [] }
        // A reading some Han name has is that cluster's to claim (周德新 Chu Đức Tân), and a
        // surname two pinyin surnames read as tells nothing (Chu: Zhou 周 or Zhu 朱).
        for r in readOfHan { byReading[r] = nil }
        for r in byReading.keys {
            let surname = r.prefix(while: { $0 != " " })
            if (pinyinOfReading[String(surname)]?.count ?? 0) != 1 { byReading[r] = nil }
        }
        var claims: [Int: [Int]] = [:]
        for p in pinyin {
            var targets = Set<Int>()
            for name in p.names {
                for reading in hanVietReadings(ofPinyin: name) { targets.formUnion(byReading[reading] ?? []) }
                if targets.count > 1 { break }
            }
            if targets.count == 1, let t = targets.first { claims[t, default: []].append(p.cluster) }
        }
        return claims.sorted(by: { $0.key < $1.key }).compactMap { t, sources in sources.count == 1 ? (t, sources[0]) : nil }
    }

    /// The reading (`syllableKey` of each word: "phu2ng vân quân") of a cluster whose every name
    /// is two to four Vietnamese words with at least one letter outside ASCII, all alike, without
    /// Văn or Thị after the surname nor Nguyễn as the surname; nil for any other cluster.
    static func vietnameseOnlyReading<S: Sequence<String>>(_ names: S) -> String? {
        var reading: String?
        for name in names {
            guard name.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return nil }
            let words = name.split(separator: " ")
            guard (2...4).contains(words.count) else { return nil }
            var keys: [String] = []
            for w in words {
                guard let k = syllableKey(w) else { return nil }
                keys.append(k)
            }
            guard keys[0] != nguyenKey, !keys.dropFirst().contains(where: { $0 == vanKey || $0 == thiKey }) else { return nil }
            let r = keys.joined(separator: " ")
            if let reading, reading != r { return nil }
            reading = r
        }
        return reading
    }

    static let nguyenKey = syllableKey("Nguyễn")!, vanKey = syllableKey("Văn")!, thiKey = syllableKey("Thị")!

    /// One Vietnamese syllable as its letters (lower case, with the vowel letters ă â ê ô ơ ư
    /// and đ) and its tone as a digit (0 level, 1 grave, 2 acute, 3 hook, 4 tilde, 5 dot):
    /// "Hòa" and "Hoà", "Thủy" and "Thuỷ", precomposed or decomposed, are one key. Nil for a
    /// word with anything but Vietnamese letters, or two tones.
    static func syllableKey<S: StringProtocol>(_ word: S) -> String? {
        var letters = ""
        var tone = 0
        for s in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch s.value {
            case 0x61...0x7A, 0x0111: letters.unicodeScalars.append(s)
            case 0x0306, 0x0302, 0x031B: letters.unicodeScalars.append(s)   // breve, circumflex, horn
            case 0x0300, 0x0301, 0x0309, 0x0303, 0x0323:
                guard tone == 0 else { return nil }
                tone = [0x0300: 1, 0x0301: 2, 0x0309: 3, 0x0303: 4, 0x0323: 5][s.value]!
            default: return nil
            }
        }
        guard !letters.isEmpty else { return nil }
        return letters.precomposedStringWithCanonicalMapping + String(tone)
    }

    /// The syllables of each word of a Chinese person's name in pinyin (["feng"], ["yun", "jun"]),
    /// or of the pinyin a Palladius Cyrillic name reads as (`chineseFromCyrillic`); nil for a
    /// name that is not one (`pinyinSkeleton`), or whose words cut into syllables more than one way.
    static func pinyinNameSyllables(_ name: String) -> [[String]]? {
        let latin: String
        if let first = name.unicodeScalars.first, TextFolding.isCyrillic(first) {
            guard let p = chineseFromCyrillic(name) else { return nil }
            latin = p
        } else {
            guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            latin = name
        }
        let words = latin.split(separator: " ").map { $0.lowercased() }
        guard pinyinSkeleton(words) != nil else { return nil }
        var out: [[String]] = []
        for word in words {
            guard let cut = onlyPinyinCut(word) else { return nil }
            out.append(cut)
        }
        return out
    }

    /// The one way `word` (lowercase ASCII) is a chain of pinyin syllables, or nil (none, or
    /// several). A syllable that starts with a vowel only opens the word (xian is xian: Xi'an
    /// is written with its apostrophe, or as two words).
    static func onlyPinyinCut(_ word: String) -> [String]? {
        let b = Array(word.utf8)
        guard !b.isEmpty, b.count <= 18 else { return nil }
        // ways[i]: how many cuts of b[i...] there are (2 means two or more); next[i]: the syllable of the one.
        var ways = [Int](repeating: 0, count: b.count + 1)
        var next = [Int](repeating: 0, count: b.count + 1)
        ways[b.count] = 1
        for i in stride(from: b.count - 1, through: 0, by: -1) {
            // Inside a word, a syllable never starts with a, e or o (pinyin writes Xi'an apart).
            if i > 0, b[i] == 0x61 || b[i] == 0x65 || b[i] == 0x6F { continue }
            for length in 1...min(6, b.count - i) where ways[i + length] > 0
                && pinyinSyllables.contains(String(decoding: b[i..<(i + length)], as: UTF8.self)) {
                ways[i] = min(2, ways[i] + ways[i + length])
                next[i] = length
            }
        }
        guard ways[0] == 1 else { return nil }
        var out: [String] = []
        var i = 0
        while i < b.count {
            out.append(String(decoding: b[i..<(i + next[i])], as: UTF8.self))
            i += next[i]
        }
        return out
    }

    /// Every Sino-Vietnamese reading (`syllableKey`s) of a pinyin name's syllables, word by word
    /// (the given name's syllables are words of the reading: Vân Quân), at most 64; none when a
    /// syllable has no character of `tonedHanViet`.
    static func hanVietReadings(ofPinyin words: [[String]]) -> [String] {
        var out = [""]
        for syllable in words.joined() {
            guard let readings = hanVietByPinyin[syllable] else { return [] }
            out = out.flatMap { prefix in readings.map { prefix.isEmpty ? $0 : prefix + " " + $0 } }
            if out.count > 64 { return [] }
        }
        return out
    }

    /// The readings (`syllableKey`s) of a name of two to four characters of `tonedHanViet`.
    static func tonedReadings(ofHan name: String) -> [String] {
        let chars = Array(name)
        guard (2...4).contains(chars.count) else { return [] }
        var out = [""]
        for ch in chars {
            guard let readings = tonedHanViet[ch] else { return [] }
            out = out.flatMap { prefix in readings.map { prefix.isEmpty ? $0 : prefix + " " + $0 } }
        }
        return out
    }

    /// Toneless pinyin syllable → the readings (`syllableKey`) of the characters of `tonedHanViet`
    /// read so (`HanReadings`, as `TextFolding.latinSkeleton` reads them).
    static let hanVietByPinyin: [String: [String]] = {
        var table: [String: [String]] = [:]
        for (ch, readings) in tonedHanViet.sorted(by: { $0.key < $1.key }) {
            let pinyin = TextFolding.latinSkeleton(String(ch))
            guard !pinyin.isEmpty, pinyin.utf8.allSatisfy({ $0 &- 0x61 < 26 }) else { continue }
            for r in readings where table[pinyin]?.contains(r) != true { table[pinyin, default: []].append(r) }
        }
        return table
    }()

    /// Reading (`syllableKey`) → the pinyin syllables of the characters read so.
    static let pinyinOfReading: [String: Set<String>] = {
        var table: [String: Set<String>] = [:]
        for (pinyin, readings) in hanVietByPinyin { for r in readings { table[r, default: []].insert(pinyin) } }
        return table
    }()

    /// `hanVietSpellings` as `syllableKey`s.
    static let tonedHanViet: [Character: [String]] = hanVietSpellings.mapValues { $0.compactMap { syllableKey($0) } }

    /// Sino-Vietnamese (Hán-Việt) readings, spelt with their marks, of characters common in
    /// Vietnamese and Chinese names: `tonedHanViet` compares them as written, `hanVietReadings`
    /// folded.
    static let hanVietSpellings: [Character: [String]] = {
        let entries = """
        阮 Nguyễn 陈 Trần 黎 Lê 范 Phạm 黄 Hoàng/Huỳnh 潘 Phan 武 Vũ/Võ 邓 Đặng 裴 Bùi 杜 Đỗ 胡 Hồ 吴 Ngô 杨 Dương
        李 Lý 梁 Lương 郑 Trịnh 丁 Đinh 梅 Mai 刘 Lưu 张 Trương 林 Lâm 苏 Tô 陶 Đào 段 Đoàn 王 Vương 高 Cao 谭 Đàm
        何 Hà 周 Chu/Châu 朱 Chu 徐 Từ 孙 Tôn 宋 Tống 谢 Tạ 韩 Hàn 唐 Đường 冯 Phùng 于 Vu 董 Đổng 萧 Tiêu 赵 Triệu
        郭 Quách 马 Mã 罗 La 孟 Mạnh 蔡 Thái 甘 Cam 夏 Hạ 尹 Doãn 卢 Lư/Lô 江 Giang 秦 Tần 申 Thân 严 Nghiêm 翁 Ông
        姜 Khương 方 Phương 农 Nông 钟 Chung 邱 Khâu 柳 Liễu 阳 Dương 项 Hạng 曹 Tào 许 Hứa 叶 Diệp
        文 Văn 氏 Thị 明 Minh 有 Hữu 德 Đức 青 Thanh 清 Thanh 国 Quốc 春 Xuân 公 Công 功 Công 玉 Ngọc 世 Thế 进 Tiến
        雄 Hùng 勇 Dũng 海 Hải 俊 Tuấn 峻 Tuấn 兰 Lan 香 Hương 南 Nam 山 Sơn 龙 Long 隆 Long 风 Phong 峰 Phong 丰 Phong
        平 Bình 兵 Binh 胜 Thắng 光 Quang 广 Quảng 忠 Trung 中 Trung 庆 Khánh 孝 Hiếu 心 Tâm 成 Thành 诚 Thành 城 Thành
        荣 Vinh 永 Vĩnh 河 Hà 玲 Linh 灵 Linh 福 Phúc 和 Hòa 强 Cường 富 Phú 仲 Trọng 政 Chính 正 Chính 长 Trường
        英 Anh 安 An 金 Kim 宝 Bảo 保 Bảo 家 Gia 嘉 Gia 华 Hoa 花 Hoa 辉 Huy 惠 Huệ 红 Hồng 鸿 Hồng 凤 Phượng 芳 Phương
        秋 Thu 东 Đông 冬 Đông 日 Nhật 月 Nguyệt 新 Tân 秀 Tú 才 Tài 财 Tài 贤 Hiền 义 Nghĩa 仁 Nhân 人 Nhân 智 Trí
        信 Tín 振 Chấn 达 Đạt 发 Phát 军 Quân 君 Quân 权 Quyền 全 Toàn 雪 Tuyết 维 Duy 惟 Duy 云 Vân 寿 Thọ 禄 Lộc
        静 Tĩnh 宁 Ninh 康 Khang 健 Kiện 建 Kiến 坚 Kiên 思 Tư 士 Sĩ 协 Hiệp 合 Hợp 廷 Đình 庭 Đình 亭 Đình 定 Định
        盛 Thịnh 兴 Hưng 刚 Cương 名 Danh 美 Mỹ 菊 Cúc 竹 Trúc 松 Tùng 桃 Đào 珠 Châu 银 Ngân 石 Thạch 洋 Dương 湖 Hồ
        泰 Thái 太 Thái 大 Đại 厚 Hậu 道 Đạo 学 Học 科 Khoa 天 Thiên 生 Sinh 恩 Ân 勤 Cần 宽 Khoan 昌 Xương 麟 Lân
        鹏 Bằng 燕 Yến 贵 Quý 登 Đăng 邦 Bang 民 Dân 琼 Quỳnh 伦 Luân 顺 Thuận 伟 Vĩ 威 Uy 卫 Vệ 谦 Khiêm 廉 Liêm
        连 Liên 莲 Liên 年 Niên 先 Tiên 仙 Tiên 田 Điền 祥 Tường 章 Chương 常 Thường 尚 Thượng 纯 Thuần 佳 Giai
        幸 Hạnh 行 Hạnh/Hành 芝 Chi 志 Chí 贞 Trinh 琳 Lâm 森 Sâm 深 Thâm 孔 Khổng 魁 Khôi 奎 Khuê 鸣 Minh 敏 Mẫn
        书 Thư 水 Thủy 瑞 Thụy 翠 Thúy 雅 Nhã 欣 Hân 玄 Huyền 泉 Tuyền 宣 Tuyên 选 Tuyển 琴 Cầm 锦 Cẩm 妙 Diệu
        朗 Lãng 亮 Lượng 良 Lương 景 Cảnh 境 Cảnh 庄 Trang 壮 Tráng 装 Trang 创 Sáng 晓 Hiểu 甲 Giáp 秉 Bỉnh 斌 Bân
        彬 Bân 涛 Đào 力 Lực 丽 Lệ 岩 Nham 伯 Bá 仕 Sĩ 必 Tất
        """
        var table: [Character: [String]] = [:]
        let parts = entries.split(whereSeparator: { $0 == " " || $0 == "\n" })
        var k = 0
        while k + 1 < parts.count {
            let ch = parts[k].first!
            table[ch] = parts[k + 1].split(separator: "/").map { $0.lowercased() }
            k += 2
        }
        return table
    }()
}
