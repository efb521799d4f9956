import Foundation
import Testing
@testable import BulletinKit

/// Places written in Thai, Lao, Khmer and Burmese (NameFinder+SEAPlaces.swift): found inside the unspaced runs of these
/// scripts, at cluster boundaries only, each giving its country. Sentences written here.
@Suite struct EntitySEAPlacesTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    private func places(_ e: Extraction) -> Set<String> { Set(e.entities.filter { $0.type == .place }.map(\.name)) }
    /// The countries of the places the text names (what the list's columns and the country filter take).
    private func byPlace(_ e: Extraction) -> [String] { PlaceCountries.bundled.countries(of: e.entities, besides: e.countries) }

    @Test func thaiPlacesInsideARun() {
        let e = extract("นักท่องเที่ยวต่างชาติแห่ไปเชียงใหม่และภูเก็ตในช่วงปลายปี", "th")
        #expect(places(e).isSuperset(of: ["Chiang Mai", "Phuket"]), "\(all(e))")
        #expect(byPlace(e).contains("TH"), "\(byPlace(e))")
        // กรุงเทพฯ with its abbreviation mark, and the longest name where two start together.
        let f = extract("คณะรัฐมนตรีประชุมที่กรุงเทพมหานครเมื่อวันศุกร์ ส่วนผู้ว่าฯ เดินทางไปกรุงเทพฯ", "th")
        #expect(places(f) == ["Bangkok"], "\(all(f))")
        #expect(byPlace(f) == ["TH"], "\(byPlace(f))")
    }

    @Test func laoKhmerAndBurmesePlaces() {
        let lo = extract("ນັກທ່ອງທ່ຽວຫຼາຍພັນຄົນເດີນທາງໄປຫຼວງພະບາງ ແລະ ກອງປະຊຸມຈັດຂຶ້ນທີ່ນະຄອນຫຼວງວຽງຈັນ", "lo")
        #expect(places(lo).isSuperset(of: ["Luang Prabang", "Vientiane"]), "\(all(lo))")
        #expect(byPlace(lo).contains("LA"), "\(byPlace(lo))")
        let km = extract("រដ្ឋាភិបាលបានបើកផ្សារថ្មីនៅភ្នំពេញកាលពីម្សិលមិញ ហើយភ្ញៀវទេសចរទៅលេងសៀមរាប។", "km")
        #expect(places(km).isSuperset(of: ["Phnom Penh", "Siem Reap"]), "\(all(km))")
        #expect(byPlace(km).contains("KH"), "\(byPlace(km))")
        let my = extract("ရန်ကုန်မြို့တွင် မိုးသည်းထန်စွာ ရွာသွန်းခဲ့ပြီး မန္တလေးသို့ ရထားများ နောက်ကျခဲ့သည်။", "my")
        #expect(places(my).isSuperset(of: ["Yangon", "Mandalay"]), "\(all(my))")
        #expect(byPlace(my).contains("MM"), "\(byPlace(my))")
        // A place spaced off as a word of its own.
        let spaced = extract("ភ្ញៀវ ភ្នំពេញ ច្រើន", "km")
        #expect(places(spaced) == ["Phnom Penh"], "\(all(spaced))")
    }

    /// A name's letters inside a longer word are no place: a following vowel (โคราช + า), a mark on its last letter
    /// (ປາກເຊ + ື), a Thai vowel written before its first consonant (เ + พัทยา), its first consonant stacked under the
    /// one before (ស + coeng + កំពត), a Burmese final consonant after it (ရန်ကုန် + န်).
    @Test func noPlaceInsideALongerWord() {
        for (text, lang) in [("ชาวบ้านเลี้ยงวัวพันธุ์โคราชาไว้หลายตัว", "th"), ("ຂົວນີ້ເປັນປາກເຊື່ອມຕໍ່ສອງຝັ່ງ", "lo"),
                             ("คำว่าเพัทยาไม่มีในพจนานุกรม", "th"), ("ពាក្យស្កំពតមិនមានទេ", "km"), ("စာလုံးရန်ကုန်န်မရှိပါ", "my")] {
            let e = extract(text, lang)
            #expect(places(e).isEmpty, "\(text): \(all(e))")
            #expect(byPlace(e).isEmpty, "\(text): \(byPlace(e))")
        }
    }

    /// The gate `findKnown` asks of every token of script `.other`: the first UTF-8 bytes are those of the Thai,
    /// Lao, Myanmar or Khmer blocks, and of no other scalar, so other text pays that byte test and nothing more.
    @Test func theByteGateTellsExactlyTheseBlocks() {
        var wrong: [UInt32] = []
        for v in UInt32(0x80)...0xFFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let b = Array(String(Character(s)).utf8)
            let gate = b.count >= 3 && SEAPlaceIndex.startsSEA(b[0], b[1], b[2])
            let block = (0x0E00...0x0EFF).contains(v) || (0x1000...0x109F).contains(v) || (0x1780...0x17FF).contains(v)
            if gate != block { wrong.append(v) }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { String($0, radix: 16) })")
        // A Korean, Japanese, Greek or Hindi text finds nothing through it and keeps its places.
        let ko = extract("서울에서 회의가 열렸다.", "ko")
        #expect(places(ko).contains("Seoul"), "\(all(ko))")
    }

    /// Country names in these scripts (CLDR's, and the press's short forms) are read inside runs as places are, and give
    /// the article its countries. Sentences written here.
    @Test func countryNamesInsideARun() {
        // Thai: Vietnam, and China by its short form (CLDR's name is "mainland China").
        let th = extract("นายกรัฐมนตรีเดินทางเยือนเวียดนามและจีนเพื่อหารือเรื่องการค้าข้าว", "th")
        #expect(Set(th.countries).isSuperset(of: ["VN", "CN"]), "\(th.countries) \(all(th))")
        // Thai Myanmar: CLDR's "เมียนมา (พม่า)" gives both forms.
        let mm = extract("ผู้อพยพจากพม่าข้ามแม่น้ำมาหลายร้อยคน", "th")
        #expect(mm.countries.contains("MM"), "\(mm.countries)")
        // Khmer Thailand and China, Burmese Thailand, Lao "the country Laos" and Vietnam.
        let km = extract("រដ្ឋមន្ត្រីបានជួបគណៈប្រតិភូមកពីថៃនិងចិនកាលពីថ្ងៃច័ន្ទ។", "km")
        #expect(Set(km.countries).isSuperset(of: ["TH", "CN"]), "\(km.countries) \(all(km))")
        let my = extract("ထိုင်းနိုင်ငံသို့ ကုန်စည်များ တင်ပို့ခဲ့သည်။", "my")
        #expect(my.countries.contains("TH"), "\(my.countries) \(all(my))")
        let lo = extract("ລັດຖະບານແຫ່ງປະເທດລາວ ແລະ ຫວຽດນາມ ໄດ້ລົງນາມສັນຍາ", "lo")
        #expect(Set(lo.countries).isSuperset(of: ["LA", "VN"]), "\(lo.countries) \(all(lo))")
    }

    /// A country's letters inside a longer word are none (a following vowel: ลาว + า is "lava"), and Lao ລາວ alone is
    /// "he, she", no country.
    @Test func noCountryInsideALongerWordOrFromAPronoun() {
        let lava = extract("ภูเขาไฟพ่นลาวาออกมาตลอดคืน", "th")
        #expect(lava.countries.isEmpty, "\(lava.countries)")
        let he = extract("ລາວໄດ້ໄປຕະຫຼາດມື້ວານນີ້", "lo")
        #expect(he.countries.isEmpty, "\(he.countries)")
    }
}

/// `BuiltOnce` (the lexicon's Thai, Lao, Khmer and Burmese names, built on their first use): many threads reading
/// at once get one value, built once.
@Suite struct BuiltOnceTests {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        func bump() -> Int { lock.lock(); defer { lock.unlock() }; n += 1; return n }
        var count: Int { lock.lock(); defer { lock.unlock() }; return n }
    }

    @Test func buildsOnceAcrossThreads() {
        let counter = Counter()
        let once = BuiltOnce { () -> [Int] in Array(0..<counter.bump() * 1000) }
        #expect(counter.count == 0, "nothing built before the first read")
        let seen = Counter()
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            if once.value.count == 1000 { _ = seen.bump() }
        }
        #expect(counter.count == 1)
        #expect(seen.count == 64)
    }

    @Test func lexiconBuildsItsSEATableOnFirstUse() {
        let lex = EntityLexicon(knowledge: .bundled)
        #expect(!lex.seaPlaces.isEmpty)
        #expect(lex.seaPlaces.matches(in: Array("ไปจีนเมื่อวาน".unicodeScalars)).contains { $0.code == "CN" })
    }
}
