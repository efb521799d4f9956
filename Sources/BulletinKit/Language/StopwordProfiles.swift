/// A language's most frequent function words: the evidence the detector
/// weighs for Latin-script text. Lists are short on purpose (40–60 words):
/// they cover most running text and keep lookups cheap.
struct StopwordProfile: Sendable {
    let code: String
    let words: Set<String>
}

/// The Latin-script profiles. Words shared by several languages ("a", "de",
/// "en", "la") are left out where they would blur the line between close
/// languages; what remains is what tells them apart.
enum StopwordProfiles {
    /// Word → bit set of the profiles (bit i: `all[i]`) that list it: one lookup per word.
    static let index: [String: UInt32] = {
        var map: [String: UInt32] = [:]
        for (i, profile) in all.enumerated() {
            for word in profile.words { map[word, default: 0] |= 1 << i }
        }
        return map
    }()

    /// `index` by the words' UTF-8 bytes, for the detector's one look-up per word of the text.
    static let table = StopwordTable(index)

    static let all: [StopwordProfile] = [
        StopwordProfile(code: "en", words: [
            "the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "by",
            "he", "at", "from", "his", "have", "has", "are", "this", "be", "which", "or", "an", "were",
            "been", "their", "its", "would", "will", "said", "who", "they", "not", "but", "also", "we",
            "our", "after", "had", "more", "than", "these", "there", "about", "into", "over", "between",
        ]),
        StopwordProfile(code: "fr", words: [
            "le", "les", "des", "du", "et", "est", "une", "un", "dans", "pour", "qui", "que", "au", "aux",
            "sur", "par", "avec", "ce", "cette", "ses", "sont", "il", "elle", "ont", "été", "leur", "leurs",
            "entre", "mais", "plus", "pas", "ne", "nous", "vous", "aussi", "selon", "lors", "l'", "d'",
            "qu'", "n'", "s'", "c'", "où", "très", "deux", "ainsi",
        ]),
        StopwordProfile(code: "es", words: [
            "el", "los", "las", "del", "y", "es", "una", "por", "con", "para", "como", "su", "sus", "al",
            "lo", "pero", "más", "fue", "ha", "han", "este", "esta", "entre", "sobre", "también", "según",
            "cuando", "muy", "sin", "ser", "está", "son", "dos", "hasta", "desde", "donde", "porque",
        ]),
        StopwordProfile(code: "de", words: [
            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "sich", "des", "auf", "für",
            "im", "dem", "den", "von", "zu", "auch", "wird", "wurde", "sind", "bei", "nach", "aus", "wie",
            "über", "hat", "haben", "oder", "einer", "eines", "zum", "zur", "vor", "dass", "sie", "er",
        ]),
        StopwordProfile(code: "pt", words: [
            "os", "as", "do", "da", "dos", "das", "em", "um", "uma", "para", "com", "não", "mais", "foi",
            "ao", "pelo", "pela", "seu", "sua", "são", "também", "está", "isso", "nos", "nas", "entre",
            "quando", "muito", "já", "ser", "tem", "à", "ou", "depois", "sobre", "até",
        ]),
        StopwordProfile(code: "it", words: [
            "il", "gli", "della", "delle", "dei", "degli", "nel", "nella", "che", "è", "per", "con", "non",
            "una", "sono", "alla", "allo", "dal", "dalla", "anche", "più", "questo", "questa", "essere",
            "ha", "hanno", "stato", "tra", "fra", "come", "ma", "ed", "suo", "sua", "l'", "dell'", "all'",
        ]),
        StopwordProfile(code: "vi", words: [
            "của", "và", "các", "là", "những", "được", "trong", "cho", "với", "có", "này", "đã", "không",
            "người", "một", "khi", "từ", "theo", "về", "tại", "để", "đến", "cũng", "nhiều", "hai", "nước",
            "ông", "bà", "đó", "sẽ", "vào", "ra", "như", "việc", "nhằm", "hợp", "tác",
        ]),
        // Dutch, Polish, Indonesian (and Malay) and Turkish: words no other profile's language uses
        // often ("en", "er", "al", "die", "do", "na", "di", "para", "de" left out). Without them such
        // articles were read as German, English or undetermined, and the German rules ran on Dutch.
        StopwordProfile(code: "nl", words: [
            "het", "een", "van", "niet", "zijn", "voor", "met", "ook", "bij", "naar", "dat", "werd", "wordt",
            "heeft", "hebben", "maar", "deze", "nog", "uit", "tussen", "tot", "worden", "kan", "zal", "moet",
            "door", "dan", "wel", "geen", "meer", "hun", "haar", "zij", "om", "dit", "werden", "volgens", "jaar",
        ]),
        StopwordProfile(code: "pl", words: [
            "w", "z", "się", "nie", "jest", "że", "oraz", "przez", "dla", "który", "która", "które", "którzy",
            "także", "już", "został", "została", "zostały", "będzie", "roku", "jak", "tym", "ze", "od", "są",
            "było", "był", "była", "może", "tylko", "ich", "jego", "jej", "tego", "tej", "między", "przed", "we",
        ]),
        StopwordProfile(code: "id", words: [
            "yang", "dan", "dari", "untuk", "dengan", "pada", "ini", "itu", "tidak", "akan", "dalam", "juga",
            "oleh", "telah", "sebagai", "karena", "ke", "atau", "bahwa", "kata", "tersebut", "adalah", "mereka",
            "sudah", "bisa", "lebih", "antara", "kami", "kita", "saat", "hingga", "menjadi", "tahun", "persen", "bagi", "serta",
            // Spelt or said otherwise in Malay (selepas, iaitu, mahupun, sahaja, kerajaan): they tell id from ms.
            "setelah", "yaitu", "maupun", "saja", "pemerintah",
        ]),
        // Malay (holdout56): Indonesian's function words (the shared ones, so that the two profiles score alike on them)
        // and those Malay spells or says otherwise (kerana, bahawa, boleh, peratus, selepas, berkata). `LanguageDetector.decide`
        // lets the two siblings be told apart by their own words alone; a tie stays Indonesian.
        StopwordProfile(code: "ms", words: [
            "yang", "dan", "dari", "untuk", "dengan", "pada", "ini", "itu", "tidak", "akan", "dalam", "juga",
            "oleh", "telah", "sebagai", "ke", "atau", "kata", "tersebut", "adalah", "mereka",
            "sudah", "lebih", "antara", "kami", "kita", "hingga", "menjadi", "tahun", "bagi", "serta",
            "kerana", "bahawa", "boleh", "peratus", "selepas", "berkata", "iaitu", "ialah", "sahaja", "mahupun", "manakala",
            "kerajaan", "semasa", "menerusi", "bagaimanapun", "sekiranya",
        ]),
        StopwordProfile(code: "tr", words: [
            "ve", "bir", "bu", "için", "ile", "olarak", "olan", "daha", "çok", "gibi", "ancak", "sonra", "kadar",
            "her", "ise", "değil", "yılında", "ayrıca", "göre", "arasında", "tarafından", "etti", "dedi", "oldu",
            "ki", "şu", "bin", "milyon", "milyar", "yeni", "büyük", "ilk", "iki", "üzerinde",
        ]),
        // Azerbaijani and Uzbek (Latin) (holdout56): words Turkish spells otherwise (və/ve, ilə/ile, üçün/için, kimi/gibi,
        // qədər/kadar; uz va, bilan, uchun, kabi) or does not use. Without them Azerbaijani was read as Turkish and Uzbek as
        // Turkish or English, and no Azerbaijani or Uzbek country name was looked up.
        StopwordProfile(code: "az", words: [
            "və", "ilə", "üçün", "olaraq", "çox", "kimi", "qədər", "isə", "deyil", "ildə", "həmçinin", "görə", "tərəfindən",
            "üzrə", "edib", "edilib", "olub", "olunub", "bildirib", "qeyd", "həm", "artıq", "əsasında", "də", "milyard", "onun",
            "edir", "olunur", "dövlət", "ölkə", "ölkələr", "ötən", "bildirilib",
        ]),
        StopwordProfile(code: "uz", words: [
            "va", "bilan", "uchun", "ham", "esa", "hamda", "yilda", "yili", "yilning", "qilib", "qildi", "qilindi", "etildi",
            "deb", "ushbu", "mazkur", "orqali", "haqida", "yana", "shuningdek", "tomonidan", "kabi", "yoki", "lekin", "ammo",
            "keyin", "davomida", "mumkin", "kerak", "hozirda", "barcha", "ular", "uning", "foiz", "kuni", "ikki", "shu", "eng",
            "mln", "mlrd", "borasida",
        ]),
        // Czech, Romanian, Swedish, Danish, Finnish, Hungarian and Croatian (holdout34): words the other profiles'
        // languages do not use often ("je", "se", "na", "za", "da", "de", "at", "er", "et", "om", "van", "is", "on" left out:
        // Czech and Croatian share the first, Danish and German "er" …). Without them Czech was read as Polish, Swedish
        // and Danish as German, Romanian as French, Hungarian and Finnish as Spanish or English, Croatian as nothing.
        StopwordProfile(code: "cs", words: [
            "který", "která", "které", "kteří", "podle", "také", "jsou", "bude", "byl", "byla", "bylo", "byly", "při", "už",
            "až", "nebo", "jsme", "řekl", "uvedl", "mezi", "kvůli", "proto", "však", "této", "tento", "roce", "jeho",
            "jejich", "dnes", "již", "své", "svou", "jako", "než", "toho", "tím", "další", "ještě", "dva",
        ]),
        StopwordProfile(code: "ro", words: [
            "și", "şi", "în", "cu", "pe", "din", "care", "este", "sunt", "pentru", "fost", "acest", "această",
            "că", "să", "lor", "unui", "unei", "după", "potrivit", "privind", "astfel", "iar", "până", "către",
            "acesta", "fi", "nu", "dintre", "anul", "milioane", "într", "asupra", "însă",
        ]),
        StopwordProfile(code: "sv", words: [
            "och", "att", "är", "också", "inte", "när", "säger", "enligt", "mellan", "sedan", "ett", "vid", "av", "till",
            "från", "hade", "blir", "varit", "för", "efter", "eller", "hon", "sina", "vill", "ska", "kommer", "där",
            "många", "mycket", "kronor", "även", "detta", "bara", "något",
        ]),
        StopwordProfile(code: "da", words: [
            "og", "ikke", "også", "af", "til", "når", "siger", "ifølge", "mellem", "ved", "bliver", "blev", "skal",
            "vil", "hvor", "hvis", "denne", "dette", "være", "været", "havde", "kroner", "hun", "deres", "meget", "flere",
            "fordi", "mod", "første", "oplyser", "nogle", "både", "kun",
        ]),
        StopwordProfile(code: "fi", words: [
            "ja", "oli", "ovat", "että", "ei", "hän", "myös", "mutta", "kun", "joka", "jotka", "sekä", "mukaan", "vuonna",
            "tai", "kanssa", "sanoo", "kertoo", "jälkeen", "aikana", "noin", "vielä", "kuin", "ole", "hänen", "tämä",
            "siitä", "sen", "niin", "olla", "jo", "nyt", "olivat", "vuoden", "prosenttia",
        ]),
        StopwordProfile(code: "hu", words: [
            "az", "és", "hogy", "nem", "egy", "meg", "volt", "már", "csak", "mint", "szerint", "után", "között", "pedig",
            "ez", "azt", "amely", "aki", "akik", "amelyek", "lesz", "kell", "még", "vagy", "így", "valamint", "miatt",
            "alatt", "során", "mondta", "elmondta", "évben", "ezért", "szerdán", "csütörtökön", "forint",
        ]),
        StopwordProfile(code: "hr", words: [
            "su", "koji", "koja", "koje", "kako", "nije", "bi", "bio", "bila", "bilo", "što", "će", "još", "prema",
            "također", "iz", "ili", "nakon", "tijekom", "sve", "više", "među", "rekao", "kazao", "godine", "oko",
            "kod", "gdje", "zbog", "kao", "ih", "biti", "smo", "ima",
        ]),
    ]
}

/// Stopwords (up to 15 UTF-8 bytes) → profile bits, looked up by bytes: the detector made a
/// `String` of each word of a Latin-script text and hashed it into `StopwordProfiles.index`
/// (a third of its time apart from counting scripts). Each word is packed into two integers
/// (`pack`), hashed by two multiplications and compared as two integers.
///
/// Bytes compare as `String`s do here: the words (`StopwordProfiles.all`) are NFC and hold no mark,
/// and the detector's words are made of letters (the accents of decomposed text are no letters and
/// end a word; a letter-like mark stays, and no NFC form drops it), so a word and a
/// stopword are canonically equivalent only when their bytes are equal (tests check the profiles).
struct StopwordTable: Sendable {
    /// Two integers per slot (`pack`); `hi` is 0 in an empty slot (a packed word's is not).
    private var slots: [UInt64]
    private var bits: [UInt32]
    private let mask: Int

    init(_ index: [String: UInt32]) {
        var capacity = 16
        while capacity < index.count * 4 { capacity *= 2 }
        slots = [UInt64](repeating: 0, count: 2 * capacity)
        bits = [UInt32](repeating: 0, count: capacity)
        mask = capacity - 1
        for (word, b) in index {
            var w = word
            guard let (lo, hi) = w.withUTF8({ StopwordTable.pack($0) }) else { continue }
            var i = StopwordTable.slot(lo, hi) & mask
            while slots[2 * i + 1] != 0 { i = (i + 1) & mask }
            slots[2 * i] = lo
            slots[2 * i + 1] = hi
            bits[i] = b
        }
    }

    /// Up to 15 bytes as two integers: bytes 0–7 in `lo`, 8–14 and the count (top byte) in `hi`;
    /// nil for no byte or more than 15.
    @inline(__always) static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (lo: UInt64, hi: UInt64)? {
        let n = bytes.count
        guard n > 0, n <= 15 else { return nil }
        var lo: UInt64 = 0, hi = UInt64(n) << 56
        for k in 0..<min(n, 8) { lo |= UInt64(bytes[k]) << UInt64(8 * k) }
        if n > 8 { for k in 8..<n { hi |= UInt64(bytes[k]) << UInt64(8 * (k - 8)) } }
        return (lo, hi)
    }

    @inline(__always) private static func slot(_ lo: UInt64, _ hi: UInt64) -> Int {
        let h = lo &* 0x9E37_79B9_7F4A_7C15 ^ hi &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: h >> 40)
    }

    /// The profile bits of the word of `bytes`, nil when it is no stopword.
    func bits(of bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard let (lo, hi) = StopwordTable.pack(bytes) else { return nil }
        var i = StopwordTable.slot(lo, hi) & mask
        while true {
            let h = slots[2 * i + 1]
            if h == 0 { return nil }
            if h == hi, slots[2 * i] == lo { return bits[i] }
            i = (i + 1) & mask
        }
    }
}
