import Foundation

/// Session 46 (c, lead): Chinese noun phrases read as names. The suffix rules take the characters before a zone's or a
/// body's head noun back to the last boundary they know, so a clause before an unnamed zone became a place
/// ("他们还参观了一座工业园区", "一个工业园区": they visited an industrial park) and a verb before an unnamed assembly a
/// body ("扩大议会渠道的交流": to widen parliamentary exchanges). Seen in every generated Chinese article of
/// `scripts/gen-corpus` and common in Chinese news, which says "visited an industrial park" without naming it:
/// - a name never holds 了 (a verb's aspect mark) or a number and a classifier ("一个", "一座", "这个", a body's "两家"): the
///   place or body is what follows the last of them (past 名为 "named"), and nothing when that is a head noun alone
///   (工业园区, 园区, 议会);
/// - a verb of widening or strengthening (扩大, 加强, 深化, 推动, …) before a lone head noun (议会, 政府, 企业) is no body.
/// Chinese text only (`zh`: Japanese uses 了 and 一 in names). Cost: one walk of the mentions, and for a Han place or
/// body found by a rule (none known) one walk of its characters; nothing for other languages.
extension NameFinder {
    mutating func refineS46c() {
        guard hasHan, language == "zh", !mentions.isEmpty else { return }
        var drop = Set<Int>()
        // (The sets read once, and the names' strings written as UTF-8, `hanString`: a `String.UnicodeScalarView` built per
        // mention was most of this pass.)
        let classifiers = Self.s46cClassifiers, numbers = Self.s46cNumbers, widening = Self.s46cWideningVerbs, heads = Self.s46cGenericHeads
        for i in mentions.indices where mentions[i].known == nil && (mentions[i].type == .place || mentions[i].type == .organization) {
            let u = Self.unicodeScalars(of: mentions[i].surface)
            guard u.count >= 2, u.allSatisfy({ Self.isHanScalar($0) }) else { continue }
            // The last 了, or number + classifier, inside the name: the name starts after it.
            // (家 only before a body: 一家公司, but 三家子 and 十家坊 are villages.)
            let body = mentions[i].type == .organization
            var cut = 0
            for k in u.indices {
                if u[k] == "了" { cut = k + 1 }
                // (An ordinal is part of a name: 第三座老泰友谊大桥, the Third Friendship Bridge.)
                if k >= 1, classifiers.contains(u[k]) || body && u[k] == "家", numbers.contains(u[k - 1]),
                   k < 2 || u[k - 2] != "第" { cut = k + 1 }
            }
            if cut == 0, u.count >= 3, widening.contains(Self.hanString(u, 0, 2)),
               heads.contains(Self.hanString(u, 2, u.count)) {
                drop.insert(i)
                continue
            }
            // "一个名为苏州工业园区的项目": the name is what "named" (名为, 称为) introduces.
            if u.count - cut > 4, u[cut] == "名" || u[cut] == "称", u[cut + 1] == "为" { cut += 2 }
            guard cut > 0 else { continue }
            let rest = Self.hanString(u, cut, u.count)
            if u.count - cut < 2 || heads.contains(rest) {
                drop.insert(i)
                continue
            }
            var m = mentions[i]
            m.start += cut
            m.surface = rest
            m.words = [rest]
            m.firstToken = -1
            m.lastToken = -1
            mentions[i] = m
        }
        if !drop.isEmpty {
            mentions = mentions.indices.filter { !drop.contains($0) }.map { mentions[$0] }
        }
    }

    /// A CJK ideograph (the unified blocks and their extensions).
    static func isHanScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x3134F).contains(v) || (0xF900...0xFAFF).contains(v)
    }

    /// Numbers and demonstratives before a classifier (一个, 两座, 这家, 每所).
    static let s46cNumbers = Set("一二两三四五六七八九十几多每这那该某各此".unicodeScalars)
    /// Classifiers of places and bodies (and 家 of a body, above).
    static let s46cClassifiers = Set("个座所处片条".unicodeScalars)
    /// Verbs of widening and strengthening that open a clause before a lone head noun.
    static let s46cWideningVerbs: Set<String> = ["扩大", "加强", "深化", "推动", "促进", "拓展", "巩固", "密切", "发展", "提升", "增进"]
    /// Head nouns of zones and bodies that name nothing alone.
    static let s46cGenericHeads: Set<String> = ["工业园区", "产业园区", "工业园", "产业园", "物流园", "园区", "经济特区", "经济区",
        "开发区", "工业区", "保税区", "自贸区", "港口", "口岸", "地区", "城市", "村庄", "议会", "国会", "政府", "企业", "公司", "银行",
        "大学", "医院", "工厂", "机构", "部门", "委员会"]
}
