/// Word lists that tell the name finder what a capitalized sequence is.
///
/// All lists are written in natural spelling and folded when the lexicon is
/// built. They describe languages, not any particular corpus: titles that
/// introduce people, keywords that make a name an organization or a place,
/// and common words that are capitalized without being names.
enum EntityCues {
    /// Titles and honorifics before a person's name (phrases; matched case-insensitively).
    /// Titles in Turkish (the possessive forms: "Dışişleri Bakanı Hakan Fidan"), Kazakh
    /// ("Сыртқы істер министрі", "облыс әкімі") and Belarusian ("Прэзідэнт", "Амбасадар"):
    /// languages the agencies of Kazakhstan and Belarus publish in.
    static let titlesOfMoreLanguages: [String] = [
        "Bakanı", "Başbakanı", "Başkanı", "Büyükelçisi", "Sözcüsü", "Valisi", "Yardımcısı", "Genel Sekreteri",
        "Cumhurbaşkanı Yardımcısı", "Bakan Yardımcısı", "Genel Müdürü",
        "Президенті", "Төрағасы", "төрағасы", "министрі", "министрінің", "Премьер-министрі", "әкімі", "елшісі",
        "орынбасары", "басшысы", "хатшысы", "спикері", "депутаты", "директоры",
        "Прэзідэнт", "Прэзідэнта", "прэзідэнт", "прэм'ер-міністр", "прэм'ер-міністра", "прэм'ер-міністрам", "міністр",
        "міністра", "міністрам", "амбасадар", "амбасадара", "пасол", "пасла", "старшыня", "старшыні", "намеснік",
        "намесніка", "кіраўнік", "кіраўніка", "старшынёй",
    ]

    static let titles: [String] = [
        // English
        "President", "Vice President", "Vice-President", "Prime Minister", "Deputy Prime Minister", "First Deputy Prime Minister",
        "Minister", "Deputy Minister", "Foreign Minister", "Defence Minister", "Defense Minister", "Interior Minister",
        "Finance Minister", "Economy Minister", "Trade Minister", "Chairman", "Chairwoman", "Chairperson", "Vice Chairman",
        "Vice-Chairman", "Vice Chairwoman", "Deputy Chairman", "Chair", "Speaker", "Secretary", "General Secretary",
        "Undersecretary", "Under-Secretary", "Under Secretary", "Subsecretario", "Subsecretaria",
        "Secretary General", "Secretary-General", "Party General Secretary", "Party Secretary", "First Secretary",
        "State Secretary", "Secretary of State", "Ambassador", "Ambassador Extraordinary and Plenipotentiary", "Envoy",
        "Special Envoy", "Consul", "Consul General", "Counsellor", "Deputy", "Senator", "Governor", "Mayor", "King", "Queen",
        // US legislative titles and their abbreviations ("Senate Majority Leader John Thune", "Sen. Roger Wicker")
        "Majority Leader", "Minority Leader", "Majority Whip", "Minority Whip", "Sen.", "Rep.", "Gov.",
        // Market and sports roles written before a name ("Analyst Hassan al-Hassan", "Chief Economist Huw Pill")
        "Analyst", "Senior Analyst", "Economist", "Chief Economist", "Strategist", "Chief Strategist", "Coach", "Head Coach",
        "Hydrologist", "Geologist", "Meteorologist", "Seismologist", "Climatologist", "Epidemiologist", "Researcher", "Scientist",
        // Abbreviated military ranks ("Gen. Abdel Fattah al-Burhan", "Lt. Gen. …")
        "Gen.", "Lt. Gen.", "Maj. Gen.", "Brig. Gen.", "Col.", "Lt. Col.", "Adm.", "Lt.", "Sgt.", "Capt.",
        // Kazakh and Uzbek heads of a region or a town, before "of" ("Akim" alone is also a given name)
        "Akim of", "Deputy Akim of", "Khokim of", "Hokim of",
        "Prince", "Princess", "Crown Prince", "Emperor", "Pope", "Sheikh", "Emir", "Sultan", "Chancellor", "Premier",
        "Director", "Director General", "Director-General", "General Director", "Head", "Head of State", "Head of Government",
        "Chief", "Chief Executive", "CEO", "Commander", "Commander-in-Chief", "General", "Colonel", "Lieutenant", "Major General",
        "Lieutenant General", "Marshal", "Admiral", "Captain", "Judge", "Justice",
        // Police ranks ("Inspector Joanne Ruuska", "Detective Sergeant Liam Boyd").
        "Inspector", "Chief Inspector", "Detective", "Detective Inspector", "Detective Sergeant", "Sergeant", "Staff Sergeant",
        "Constable", "Superintendent", "Chief Superintendent", "Corporal", "Prosecutor General", "Attorney General",
        "Prosecutor", "Spokesman", "Spokeswoman", "Spokesperson", "Adviser", "Advisor", "Assistant", "Professor", "Prof.",
        "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Sir", "Lord", "Lady", "Comrade", "Leader", "Party chief",
        "Party leader", "Rector", "Founder", "Chairman of the Board", "Vice Premier", "Permanent Representative", "Delegate",
        "Deputy Foreign Minister", "Foreign Secretary", "Home Secretary", "Chief Justice", "First Lady", "Metropolitan",
        "Patriarch", "Archbishop", "Bishop", "Cardinal", "Father", "Imam", "Ayatollah", "Counterpart",
        // French
        "président", "présidente", "vice-président", "vice-présidente", "premier ministre", "Première ministre", "ministre",
        "ministre des Affaires étrangères", "vice-ministre", "vice-Premier ministre", "secrétaire général", "secrétaire générale",
        "secrétaire d'État", "ambassadeur", "ambassadrice", "chef", "chef de l'État", "chef du gouvernement", "chancelier",
        "chancelière", "roi", "reine", "prince", "princesse", "porte-parole", "directeur", "directrice", "directeur général",
        "gouverneur", "maire", "député", "députée", "sénateur", "sénatrice", "général", "colonel", "M.", "Mme", "Mlle",
        "monsieur", "madame", "dirigeant", "dirigeante", "homologue", "présidente du", "procureur général", "professeur",
        "camarade", "émir", "cheikh", "pape", "président du Parlement", "numéro un",
        // Church and academic honorifics ("Mgr Michel Aupetit", "le Pr Karine Lacombe").
        "Mgr", "Mgr.", "Monseigneur", "monseigneur", "Pr", "Pr.",
        // Spanish, German (light)
        "presidente", "presidenta", "primer ministro", "canciller", "ministro", "ministra", "viceministro", "viceministra", "embajador", "secretario general",
        "Präsident", "Präsidentin", "Bundeskanzler", "Kanzler", "Ministerpräsident", "Außenminister", "Botschafter", "Herr", "Frau",
        "Kommissar", "Kommissarin", "Gründer", "Gründerin", "Vorstandschef", "Vorstandschefin",
        "Sprecher", "Sprecherin", "Kollege", "Kollegin", "Amtskollege", "Amtskollegin", "Bürgermeister", "Bürgermeisterin",
        "Geschäftsführer", "Geschäftsführerin",
        // Portuguese and Italian (the Spanish "ministro", "presidente" serve them too)
        "secretário de Estado", "secretária de Estado", "secretário-geral", "secretária-geral", "primeiro-ministro",
        "primeira-ministra", "embaixador", "embaixadora", "governador", "governadora", "prefeito", "prefeita", "porta-voz",
        "diretor", "diretora", "diretor-geral", "diretora-geral", "presidente executivo", "presidente executiva",
        "sindaco", "ambasciatore", "ambasciatrice", "sottosegretario", "sottosegretaria", "direttore", "direttrice",
        "direttore generale", "amministratore delegato", "amministratrice delegata", "segretario generale",
        "segretaria generale", "portavoce", "governatore", "presidente del Consiglio",
        // Vietnamese
        "Tổng Bí thư", "Chủ tịch", "Chủ tịch nước", "Chủ tịch Quốc hội", "Phó Chủ tịch", "Phó Chủ tịch nước", "Thủ tướng",
        "Phó Thủ tướng", "Phó Thủ tướng Thường trực", "Bộ trưởng", "Thứ trưởng", "Đại sứ", "Tổng thống", "Phó Tổng thống", "Cục trưởng", "Phó Cục trưởng", "Vụ trưởng", "Phó Vụ trưởng",
        "Tổng thư ký", "Bí thư", "Bí thư Thành ủy", "Bí thư Tỉnh ủy", "Thường trực Ban Bí thư", "Ủy viên Bộ Chính trị",
        "Trưởng ban", "Phó Trưởng ban", "Giám đốc", "Tổng Giám đốc", "Chánh án", "Viện trưởng", "Đại tướng", "Thượng tướng",
        "Trung tướng", "Thiếu tướng", "Đại tá", "Nhà vua", "Quốc vương", "Hoàng tử", "Nữ hoàng", "Người phát ngôn",
        "Chủ nhiệm", "Trưởng đoàn", "Đồng chí", "ông", "bà", "Ngài", "Chủ tịch UBND", "Thống đốc", "Giáo sư", "Tiến sĩ",
        "Phó Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "Chủ tịch Ủy ban Nhân dân", "Phó Chủ tịch Quốc hội", "Phó Giám đốc",
        "Tổng Lãnh sự", "Thứ trưởng Thường trực", "Trợ lý", "Chủ tịch Hội đồng Quản trị", "Phó Tổng Giám đốc",
        // Russian (common case forms)
        "президент", "президента", "президенту", "президентом", "президенте", "премьер-министр", "премьер-министра",
        "премьер-министром", "премьер", "премьера", "вице-премьер", "вице-премьера", "министр", "министра", "министру",
        "министром", "замминистра", "председатель", "председателя", "председателю", "председателем", "генеральный секретарь",
        "генерального секретаря", "генсек", "генсека", "посол", "посла", "послу", "послом", "глава", "главы", "главой",
        "губернатор", "губернатора", "мэр", "мэра", "депутат", "депутата", "сенатор", "сенатора", "спикер", "спикера",
        "король", "короля", "королева", "принц", "канцлер", "канцлера", "директор", "директора", "генеральный директор",
        "пресс-секретарь", "пресс-секретаря", "заместитель", "заместителя", "вице-президент", "вице-президента", "господин",
        // A coach before a name ("Тренер Сергей Коваль", "главного тренера …"): the word is no part of the person's name.
        "тренер", "тренера", "тренеру", "тренером", "главный тренер", "главного тренера", "главному тренеру", "главным тренером",
        "госпожа", "г-н", "г-жа", "лидер", "лидера", "генерал", "генерала", "полковник", "патриарх", "товарищ", "коллега",
        "генпрокурор", "генпрокурора", "помощник", "помощника", "советник", "советника", "по словам",
        // Kazakh and Kyrgyz regional heads, and the oblique forms of common titles.
        "аким", "акима", "акиму", "акимом", "акиме", "акимы", "акимов", "губернаторы", "губернатору", "губернатором", "мэру", "мэром", "главе",
        // Turkmen and Uzbek regional heads (хяким велаята, хоким области); heads of administrations.
        "хяким", "хякима", "хякимом", "хоким", "хокима", "хокимом", "начальник", "начальника", "начальником",
        "Khokim", "Hokim",
        "заместителем", "заместителю", "вице-премьером", "вице-премьеру", "вице-президентом", "пресс-секретарём",
        "пресс-секретарем", "спикером", "депутатом", "сенатором", "генсеком", "генеральным секретарём", "генеральным секретарем",
        "директором", "директору", "руководитель", "руководителя", "руководителем", "руководителю", "президентом компании",
        "министр иностранных дел", "министра иностранных дел", "министром иностранных дел",
        // Experts and analysts quoted by name ("Эксперт Зернового союза Казахстана Евгений Карабанов").
        "эксперт", "эксперта", "экспертом", "аналитик", "аналитика", "аналитиком", "политолог", "политолога", "гендиректор", "гендиректора", "гендиректором",
        // Dutch, Polish, Indonesian (and Malay), Turkish: the titles wire copy puts before a name.
        "minister-president", "staatssecretaris", "burgemeester", "gedeputeerde", "topman", "topvrouw", "woordvoerder",
        "woordvoerster", "algemeen directeur", "econoom", "de heer", "mevrouw",
        "wiceminister", "wicepremier", "prezes", "prezydent", "wojewoda", "marszałek", "burmistrz", "ambasador", "rzecznik",
        "rzeczniczka", "dyrektor", "ekonomista", "ekonomistka", "poseł", "posłanka", "szef", "szefowa", "premier",
        "Menteri", "Wakil Menteri", "Gubernur", "Bupati", "Wali Kota", "Walikota", "Presiden", "Wakil Presiden", "Duta Besar",
        "Direktur", "Direktur Utama", "Ketua", "Kepala", "Peneliti", "Juru bicara", "Pengamat",
        "Bakan", "Cumhurbaşkanı", "Başbakan", "Büyükelçi", "Belediye Başkanı", "Genel Müdür",
    ]

    /// Words that make a capitalized sequence an organization.
    static let orgKeywords: [String] = [
        "Ministry", "Department", "Assembly", "Parliament", "Senate", "Congress", "Council", "Committee", "Commission", "Party",
        "Organisation", "Organization", "Agency", "Association", "Union", "Federation", "Forum", "Bank", "Fund", "Institute",
        "Institution", "University", "Academy", "College", "Corporation", "Company", "Group", "Works", "Plant", "Factory",
        "Holding", "Holdings", "Court", "Office", "Bureau", "Service", "Services", "Army", "Navy", "Forces", "Police", "Guard", "Secretariat",
        "Duma", "House", "Chamber", "League", "Alliance", "Movement", "Front", "Society", "Foundation", "Authority",
        "Administration", "Centre", "Center", "Club", "Inc", "Ltd", "LLC", "JSC", "PLC", "GmbH", "Airlines", "Airways",
        "Railways", "Motors", "Industries", "Telecom", "Politburo", "Presidium", "Cabinet", "Directorate", "Inspectorate",
        "Customs", "Chamber of Commerce", "Newspaper", "News", "Times", "Post", "Television", "Radio", "Press", "Exchange",
        "Consortium", "Enterprise", "Cooperative", "Museum", "Library", "Hospital", "Tribunal", "Mission", "Embassy",
        "Consulate", "Delegation", "Board", "Team", "Brigade", "Regiment", "Division", "Troops", "Guards", "Network",
        "Community", "Coalition", "Conference", "Programme", "Program", "Mine", "Group of",
        "International", "Plantation", "Plantations", "Petroleum", "Technologies", "Pharmaceuticals", "Logistics", "Shipping",
        "Electronics", "Semiconductor", "Insurance", "Investments", "Ventures", "Securities", "Chemicals", "Breweries", "Limited",
        "Refinery", "Refineries", "School", "Watch", "Lines", "Energy", "AG", "Motor", "Lithium", "Mining", "Minerals", "Metals", "Steel",
        "Ratings",
        // Legal forms that end a company's name ("Mitsubishi Corp", "Interconexión Eléctrica S.A.", "Eni SpA").
        "Corp", "Corp.", "S.A.", "S.A", "SA", "Ltda", "S.p.A.", "SpA", "Bhd", "Berhad", "Tbk", "N.V.", "ASA", "Oyj",
        // ("Lidselmash OJSC", "Semser Logistics LLP", "Agro Holdings (Pvt) Ltd", "Haitong Textile Co., Ltd.";
        // "Co" is matched with its spelling: "Cổ phần" folds onto it.)
        "OJSC", "CJSC", "PJSC", "LLP", "Pvt", "Co", "Co.", "S.A.C.", "SAC",
        // Financial firms' heads ("RBC Capital Markets", "Blackstone Partners")
        "Markets", "Partners", "Associates", "Advisors", "Advisers", "Advisory", "Consulting", "Consultancy", "Consultants", "Capital", "Economics",
        // French
        "Ministère", "Assemblée", "Parlement", "Sénat", "Conseil", "Comité", "Commission", "Parti", "Organisation", "Agence",
        "Association", "Union", "Fédération", "Forum", "Banque", "Fonds", "Institut", "Université", "Académie", "École",
        "Société", "Entreprise", "Groupe", "Usine", "Tribunal", "Cour", "Office", "Bureau", "Service", "Armée", "Police",
        "Gendarmerie", "Ligue", "Alliance", "Mouvement", "Front", "Fondation", "Autorité", "Administration", "Centre",
        "Chambre", "Compagnie", "Courrier", "Confédération", "Syndicat", "Ambassade", "Délégation", "Musée", "Communauté",
        // Spanish, German
        "Ministerio", "Asamblea", "Partido", "Consejo", "Comisión", "Agencia", "Asociación", "Ministerium", "Bundestag",
        "Partei", "Bundesrat", "Verband", "Gesellschaft", "Amt", "Amts", "Amtes", "Bahn", "Bank", "Bundesregierung", "Regierung",
        "Universität", "Hochschule",
        "Sociedad", "Empresa", "Compañía", "Instituto", "Banco", "Corporación", "Fundación", "Universidad", "Federación",
        "Confederación", "Comité", "Tribunal", "Congreso", "Senado", "Cámara", "Gobierno Regional",
        // Spanish local governments, courts, cultural houses and clubs (holdout23: "Ayuntamiento de X", "Diputación de X",
        // "Juzgado Federal", "Teatro Municipal X", "X Ediciones", "Atlético X", "Balonmano X")
        "Ayuntamiento", "Diputación", "Junta", "Mancomunidad", "Gobernación", "Municipalidad", "Juzgado", "Fiscalía", "Audiencia",
        "Servicio", "Clínica", "Teatro", "Museo", "Casa de Bolsa", "Ediciones", "Atlético", "Balonmano", "Baloncesto", "Bolsa", "Börse",
        // Spanish and Galician bodies (holdout25: "Parlamento de Galicia", "Servizo Galego de Saúde", "Intendencia de Montevideo",
        // "Cooperativa de Ómnibus de X", "Sindicato de Obreros …", "Pampa Research")
        "Parlamento", "Sindicato", "Cooperativa", "Intendencia", "Servizo", "Xunta", "Concello", "Research", "Protección Civil",
        // Portuguese, Italian
        "Ministério", "Agência", "Universidade", "Companhia", "Associação", "Comissão", "Conselho", "Assembleia",
        "Fundação", "Sociedade", "Caixa", "Câmara", "Federação", "Confederação", "Autoridade", "Secretaria",
        "Caminhos de Ferro", "Grupo", "Polícia", "Procuradoria",
        "Ministero", "Agenzia", "Banca", "Cassa", "Università", "Istituto", "Società", "Compagnia", "Associazione",
        "Commissione", "Consiglio", "Camera", "Senato", "Partito", "Fondazione", "Autorità", "Gruppo", "Federazione",
        "Confederazione", "Azienda", "Tribunale", "Corte", "Procura",
        // Spanish and Portuguese institutions and companies ("Autoridad Nacional de Aduanas", "Itaipu Binacional")
        "Autoridad", "Dirección", "Dirección General", "Oficina", "Superintendencia", "Secretaría", "Sistema", "Administración",
        "Administração", "Operador", "Congresso", "Binacional", "Binational", "Constructora", "Construtora",
        // Dutch, Polish (with their oblique cases), Indonesian, Turkish
        "Ministerie", "Commissie", "Universiteit", "Rijksuniversiteit", "Hogeschool", "Havenbedrijf", "Stichting", "Vereniging",
        "Raad", "Partij", "Tweede Kamer", "Eerste Kamer", "Rechtbank",
        "Ministerstwo", "Ministerstwa", "Ministerstwie", "Ministerstwem", "Komisja", "Komisji", "Komisję", "Centrum",
        "Szkoła", "Szkoły", "Szkole", "Uniwersytet", "Uniwersytetu", "Fundacja", "Fundacji", "Instytut", "Instytutu",
        "Urząd", "Urzędu", "Sejm", "Sejmu", "Stowarzyszenie", "Agencja", "Agencji",
        "Kementerian", "Badan", "Universitas", "Kedutaan Besar", "Lembaga", "Dewan", "Komisi", "Jaringan", "Perusahaan",
        "Bakanlığı", "Üniversitesi", "Kurumu", "Derneği", "Partisi", "Meclisi",
        // Vietnamese (first syllable capitalized in names)
        "Bộ", "Quốc hội", "Đảng", "Ủy ban", "Uỷ ban", "Hội", "Hội đồng", "Ban", "Tổng cục", "Cục", "Công ty", "Tập đoàn",
        "Ngân hàng", "Trường", "Đại học", "Học viện", "Viện", "Hiệp hội", "Liên hiệp", "Liên đoàn", "Mặt trận", "Báo",
        "Thông tấn xã", "Đài", "Tòa án", "Viện kiểm sát", "Văn phòng", "Sở", "Tổ chức", "Quân đội", "Công an", "Quân khu",
        "Tổng công ty", "Đoàn", "Hãng", "Nhà máy", "Liên minh", "Diễn đàn", "Chính phủ", "Thành ủy", "Tỉnh ủy", "Đại sứ quán",
        "Cơ quan", "Quỹ", "Trung tâm", "Tổng cục", "Kho bạc", "Ủy ban Nhân dân", "Hội đồng Nhân dân", "Tòa án Nhân dân", "Bệnh viện",
        // Russian (stems match case forms)
        "министерств~", "ассамбле~", "собрани~", "парламент~", "сенат~", "совет~", "комитет~", "комисси~", "парти~",
        "организаци~", "агентств~", "ассоциаци~", "союз~", "федераци~", "форум~", "банк~", "фонд~", "институт~",
        "университет~", "академи~", "корпораци~", "компани~", "завод~", "комбинат~", "холдинг~", "служб~", "арми~",
        "полици~", "дума", "думы", "думе", "думу", "думой", "палат~", "альянс~", "движени~", "обществ~", "администраци~",
        "центр~", "правительств~", "посольств~", "ведомств~", "концерн~", "объединени~", "управлени~", "суд", "суда", "суде",
        "госдум~", "минфин~", "минобороны", "палат~", "департамент~", "инспекци~", "прокуратур~", "бюро", "корпорац~", "трест~",
        "биржа", "биржи", "бирже", "казначейств~", "совещани~",
    ]

    /// Single capitalized words that are organizations on their own (a country's institution in context).
    static let standaloneInstitutions: [String] = [
        "Parliament", "Senate", "Congress", "Duma", "Knesset", "Bundestag", "Politburo", "Parlement", "Sénat", "Quốc hội",
        "Kremlin", "Pentagon", "Élysée", "Majlis",
    ]

    /// Organization keywords that are too generic to stand alone ("the Party", "the Government").
    static let genericAlone: [String] = [
        "Government", "Gouvernement", "State", "État", "Party", "Parti", "Ministry", "Ministère", "Council", "Committee",
        "Assembly", "Court", "Office", "Service", "Department", "Agency", "Bank", "House", "Chamber", "Union", "Group",
        "Army", "Police", "Embassy", "Delegation", "Board", "Team", "Forum", "Front", "Center", "Centre", "Press", "Post",
        "News", "Times", "Mission", "Cabinet", "Administration", "Commission", "Association", "Federation", "Network",
    ]

    /// Words that make a capitalized sequence a place.
    static let placeKeywords: [String] = [
        "Province", "Region", "Oblast", "District", "City", "County", "Prefecture", "Island", "Islands", "Bay", "River", "Lake",
        "Mountain", "Mountains", "Mount", "Street", "Square", "Avenue", "Park", "Airport", "Port", "Harbour", "Harbor",
        "Monument", "Memorial", "Mausoleum", "Palace", "Bridge", "Valley", "Peninsula", "Sea", "Ocean", "Strait", "Gulf",
        "Canal", "Desert", "Village", "Town", "Territory", "Krai", "Raion", "Cemetery", "Stadium", "Cathedral", "Pagoda",
        "Temple", "Citadel", "Tower", "Highway", "Station", "Coast",
        "Parque Nacional",   // holdout25 ("Parque Nacional Nahuelbuta")
        "région", "ville", "département", "île", "îles", "place", "rue", "pont", "palais", "monument", "mémorial",
        "aéroport", "lac", "fleuve", "mont", "baie", "golfe", "mer", "cathédrale", "stade",
        "tỉnh", "thành phố", "huyện", "quận", "xã", "phường", "đảo", "sân bay", "cảng", "sông", "hồ", "núi", "vịnh",
        "quảng trường", "lăng", "Thủ đô", "thủ đô", "thị xã", "Khu", "khu",
        "област~", "край", "края", "краю", "краем", "крае", "краев", "краёв", "краях", "район~", "город~", "остров~", "площад~", "улиц~", "аэропорт~", "мост~", "озер~", "рек~",
        "дворц~", "дворец", "памятник~", "мемориал~", "провинци~", "штат~", "префектур~", "округ~", "губерни~", "аймак~",
        "велаят~", "вилоят~", "водохранилищ~", "ГЭС", "АЭС", "залив~", "пролив~", "полуостров~",   // Turkmen and Uzbek regions (Балканский велаят)
        // Dutch, Polish, Indonesian
        "provincie", "gemeente", "województwo", "Puszcza", "Puszczy", "Jezioro", "Zatoka", "Wyspa",
        "Kabupaten", "Provinsi", "Kota", "Teluk", "Pulau", "Kecamatan", "Selat", "Gunung", "Danau", "Sungai",
    ]

    /// Words before a name (lowercase) that say the following name is a place.
    static let placePrepositions: [String] = [
        "in", "at", "near", "à", "au", "aux", "en", "dans", "près", "в", "во", "под", "tại", "ở", "đến", "tới", "thăm",
        "tỉnh", "thành phố", "huyện", "quận", "province", "city", "région", "ville", "capital", "capitale", "town", "village", "города", "город", "г.", "en", "de",
        "из", "до", "городе", "провинции", "провинция", "провинцию", "штата", "штате", "столице", "столица", "столицы", "посёлке", "поселке", "селе",
        "desde", "hacia", "vers", "rejoindre", "carretera", "autopista", "autoroute", "visit", "visits", "visited", "visiting", "reach", "reached", "провинцией", "городом", "штатом", "областью", "регионом", "посетил", "посетила", "посетили", "посетит", "посетят", "через", "порт", "порты", "порта", "порту", "портом",
        // Russian generic nouns of settlements and rivers, whose name follows in apposition
        // ("у посёлка Айни", "в селе Кара-Суу", "на реке Нарын", "городу Ош").
        "посёлок", "поселок", "посёлка", "поселка", "посёлку", "поселку", "посёлком", "поселком", "село", "села", "селу", "селом",
        "деревня", "деревни", "деревне", "деревню", "аул", "аула", "ауле", "кишлак", "кишлака", "кишлаке", "станица", "станицы",
        "станице", "городу", "городка", "городке", "город-порт", "река", "реки", "реке", "реку", "рекой",
        // Railway stations, oil and gas fields and border crossings, whose name follows in apposition
        // ("на станции Тайшет", "месторождение Кашаган", "пункт пропуска Достык"; Ukrainian "станції").
        "станция", "станции", "станцию", "станцией", "терминал", "терминала", "терминале", "терминалу", "терминалом", "месторождение", "месторождения", "месторождении", "месторождению",
        "месторождением", "пропуска", "станція", "станції", "станцію", "пропуску",
        // Plural genitives of the same nouns before a list of names ("жители посёлков Акжар и Талап",
        // "с месторождений Акшабулак и Нуралы"), economic and industrial zones ("в промышленной зоне Кабве"),
        // and roads named by the towns they join ("трассы Бейнеу – Шетпе", "автодороги Актобе – Кандыагаш").
        "посёлков", "поселков", "сёл", "деревень", "аулов", "кишлаков", "городов", "станций", "месторождений", "портов",
        "зона", "зоны", "зоне", "зону", "зоной", "трасса", "трассы", "трассе", "трассу", "автодорога", "автодороги", "автодороге",
        // Latin-script nouns of rivers, lakes and settlements whose name follows in apposition
        // ("sul fiume Piave", "o rio Cuanza", "le fleuve Sénégal", "il porto di …" is `placeNounsBeforeOf`).
        "fiume", "rio", "río", "fleuve", "rivière", "lago", "torrente", "regione", "comune", "cidade", "município",
        // Polish nouns of valleys, rivers, towns and regions before a name in the genitive ("doliny Biebrzy")
        "doliny", "dolinie", "rzeki", "rzece", "miasta", "mieście", "stolicy", "regionu", "portu", "porcie", "gminy", "okolicach",
    ]

    /// Names of events, documents, awards and periods: a sequence containing one is not an entity.
    static let eventWords: [String] = [
        "Revolution", "Day", "War", "Anniversary", "Festival", "Games", "Cup", "Olympics", "Championship", "Award", "Prize",
        "Medal", "Order", "Decree", "Law", "Act", "Code", "Resolution", "Treaty", "Agreement", "Convention", "Declaration",
        "Charter", "Constitution", "Plan", "Programme", "Program", "Strategy", "Initiative", "Year", "Week", "Summit",
        "Conference", "Session", "Congress of", "Expo", "Exhibition", "Fair", "Olympiad", "Century", "Era", "Dynasty",
        "Révolution", "Jour", "Journée", "Anexo", "Annex", "Annexe", "Anhang", "Guerre", "Ordre", "Médaille", "Prix", "Décret", "Loi", "Traité", "Accord",
        "Sommet", "Année", "Fête", "Cách mạng", "Ngày", "Huân chương", "Nghị quyết", "Luật", "Hiệp định", "Năm",
        "Chiến tranh", "Tết", "Hội nghị", "Hội thảo", "Triển lãm", "Kỳ họp", "Đại hội", "революци~", "войн~", "указ~", "закон~", "договор~", "соглашени~", "орден~", "медал~", "день",
        "дня", "праздник~", "саммит~", "год~",
    ]

    /// Capitalized words that are not names: function words, pronouns, sentence openers, months, weekdays.
    static let stopwords: [String] = [
        // English
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "We", "They", "I", "You", "His", "Her",
        "Our", "Their", "Your", "My", "In", "On", "At", "For", "With", "By", "From", "To", "Of", "And", "But", "Or", "Nor",
        "As", "If", "When", "While", "After", "Before", "During", "According", "However", "Meanwhile", "Also", "Thus",
        "Therefore", "Moreover", "Furthermore", "Additionally", "Regarding", "Among", "All", "Both", "Each", "Every", "Some",
        "Many", "Most", "Such", "There", "Here", "What", "Which", "Who", "Whom", "Whose", "Why", "How", "Where", "Yes", "No",
        "Not", "Next", "Last", "First", "Second", "Third", "Today", "Yesterday", "Tomorrow", "Now", "Then", "Once", "Soon",
        "Recently", "Currently", "Earlier", "Later", "Again", "Still", "Even", "Only", "Just", "Since", "Until", "Although",
        "Though", "Because", "Despite", "Over", "Under", "Between", "Through", "Within", "Without", "Toward", "Towards",
        "Upon", "About", "Above", "Below", "Photo", "Photos", "Source", "Video", "Read", "More", "See", "Also", "Thanks",
        "Let", "Please", "Whether", "Throughout", "Following", "Speaking", "Addressing", "In addition", "Accordingly",
        "Besides", "Instead", "Overall", "Finally", "Lastly", "Firstly", "Secondly", "Similarly", "Likewise", "Indeed",
        "Notably", "Specifically", "Particularly", "Especially", "Hence", "Nevertheless", "Nonetheless", "Otherwise",
        "Previously", "Subsequently", "Today's", "Every", "Another", "Other", "Several", "Few", "Any", "One", "Two", "Three",
        "Four", "Five", "Ten", "Hundreds", "Thousands", "Millions", "Billion", "Million", "Mr", "Mrs", "Ms", "Dr", "Sir",
        "Excellency", "Comrade", "Comrades", "Dear", "Ladies", "Gentlemen", "Welcome", "Congratulations", "OK", "Okay",
        "Chairperson", "Chairman", "President", "Prime", "Minister", "Ambassador", "Government", "State", "Head", "Party",
        "Republic", "Kingdom", "Federation", "Central", "National", "International", "People", "People's", "Statement",
        "Note", "Editor", "Update", "Updated", "Breaking", "Exclusive", "Opinion", "Analysis", "Interview", "Comment",
        "Tel", "Fax", "Thank", "Thanks", "Delegates", "Officials", "Participants", "Email", "Website", "Copyright", "All rights reserved", "Share", "Tweet", "Like", "Follow",
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Northeast", "Northwest",
        "Southeast", "Southwest", "God", "Internet", "Covid", "COVID",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        // French
        "Le", "La", "Les", "L", "Un", "Une", "Des", "Du", "De", "Ce", "Cet", "Cette", "Ces", "Il", "Elle", "Ils", "Elles",
        "Nous", "Vous", "On", "Dans", "Sur", "Pour", "Par", "Avec", "Selon", "Lors", "Après", "Avant", "Pendant", "Depuis",
        "Ainsi", "Cependant", "En", "Au", "Aux", "Et", "Mais", "Ou", "Donc", "Or", "Ni", "Car", "Si", "Quand", "Comme",
        "Tous", "Toutes", "Tout", "Toute", "Chaque", "Plusieurs", "Durant", "À", "A", "Outre", "Son", "Sa", "Ses", "Leur",
        "Leurs", "Notre", "Nos", "Votre", "Vos", "Mon", "Ma", "Mes", "Lui", "Parmi", "Enfin", "Puis", "Alors", "Aussi",
        "Déjà", "Toutefois", "Néanmoins", "Également", "Egalement", "Par ailleurs", "Entre", "Sous", "Vers", "Chez", "Contre",
        "Sans", "Afin", "Auprès", "Grâce", "Face", "Quant", "Voici", "Voilà", "Lundi", "Mardi", "Mercredi", "Jeudi",
        "Vendredi", "Samedi", "Dimanche", "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août",
        "Septembre", "Octobre", "Novembre", "Décembre", "Secrétaire", "Président", "Premier", "Ministre", "Etat",
        "État", "Photo", "Source", "Monsieur", "Madame", "Gouvernement", "République", "Royaume", "Nord", "Sud", "Est", "Ouest",
        // Portuguese and Italian openers and capitalized common nouns ("il Paese": the country)
        "O", "Os", "Ao", "Em", "Nos", "Nas", "Il", "Gli",
        "Paese", "Governo", "Segundo", "Secondo", "Nel", "Nella", "Della", "Degli", "Inoltre", "Tuttavia", "Além",
        // German articles, pronouns and sentence adverbs ("Die BASF kündigte an", "Auch Frankreich senkte …")
        "Die", "Der", "Das", "Dem", "Den", "Ein", "Eine", "Einer", "Auch", "Besonders", "Zudem", "Außerdem", "Allerdings",
        "Jedoch", "Dabei", "Damit", "Deshalb", "Daher", "Bereits", "Nun", "Noch", "Doch", "Aber", "Und", "Wie", "Wenn",
        // German plurals no name is ("die Ministerpräsidenten der Länder"; "Länder" folds to "lander": accent only, Eric Lander stays)
        "Länder", "Staaten", "Bundesländer",
        "Im", "Am", "Vom", "Zum", "Zur", "Beim", "Sie", "Wir", "Dies", "Diese", "Dieser", "Dieses", "Zuletzt", "Inzwischen",
        // Vietnamese
        "Trong", "Theo", "Tại", "Với", "Và", "Của", "Các", "Những", "Đây", "Đó", "Này", "Ngày", "Năm", "Tháng", "Sau",
        "Trước", "Khi", "Nhân", "Về", "Từ", "Cho", "Để", "Ông", "Bà", "Anh", "Chị", "Hai", "Ba", "Một", "Cùng", "Bên",
        "Tuy", "Ngoài", "Hiện", "Cũng", "Đặc", "Nhằm", "Phát", "Dịp", "Ảnh", "Nguồn", "Tiếp", "Thay", "Qua", "Nhiều",
        "Đồng", "Thứ", "Chủ nhật", "Hôm", "Sáng", "Chiều", "Tối", "Tuần", "Trên", "Dưới", "Giữa", "Như", "Nếu", "Vì",
        "Nhưng", "Hay", "Hoặc", "Đến", "Tới", "Đối", "Riêng", "Chính", "Việc", "Tôi", "Chúng", "Họ", "Bởi", "Do", "Lúc",
        "Đáp", "Phía", "Nhà", "Người", "Tổng", "Phó", "Thủ", "Bộ", "Chủ", "Đại", "Thượng", "Trung", "Thiếu", "Số", "Mỗi", "Mọi", "Hầu", "Rất", "Còn", "Đã", "Sẽ", "Đang",
        // Russian
        "В", "Во", "На", "По", "С", "Со", "К", "Ко", "О", "Об", "У", "Из", "За", "От", "До", "При", "Для", "Как", "Так",
        "Это", "Этот", "Эта", "Эти", "Он", "Она", "Они", "Мы", "Вы", "Я", "Но", "И", "А", "Также", "Кроме", "Однако",
        "Между", "После", "Перед", "Фото", "Источник", "Сегодня", "Вчера", "Завтра", "Что", "Все", "Всё", "Его", "Ее",
        "Её", "Их", "Наш", "Там", "Тогда", "Ранее", "Теперь", "Кроме того", "Напомним", "Как", "Если", "Когда", "Где",
        "Мы", "Уже", "Еще", "Ещё", "Уважаемый", "Уважаемые", "Президент", "Премьер", "Министр", "Глава", "Председатель",
        "Генеральный", "Посол", "Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь",
        "Ноябрь", "Декабрь", "Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье", "Республика",
        "Кроме", "Помимо", "Благодаря", "Согласно", "По словам", "Вместе", "Сейчас", "Здесь", "Именно", "Особо",
        // Plural nouns of people opening a sentence before a name in the genitive ("Сотрудники Сибпрома",
        // "Жители Гродно"): never part of the name (Ukrainian beside Russian).
        "Сотрудники", "Работники", "Жители", "Специалисты", "Представители", "Участники", "Сторонники", "Студенты",
        "Спасатели", "Депутаты", "Эксперты", "Пассажиры", "Туристы", "Журналисты", "Руководители", "Члены", "Граждане",
        "Волонтеры", "Волонтёры", "Следователи", "Аналитики", "Инвесторы", "Медики", "Врачи", "Болельщики", "Акционеры",
        "Співробітники", "Працівники", "Мешканці", "Жителі", "Фахівці", "Представники", "Учасники", "Рятувальники",
        // Dutch, Polish, Indonesian: openers, pronouns, months and weekdays
        "Het", "Een", "Ook", "Volgens", "Zonder", "Maar", "Dat", "Deze", "Die", "Dit", "Zij", "Wij", "Hij", "Bij", "Na", "Voor",
        "Januari", "Februari", "Maart", "Juni", "Juli", "Augustus", "Oktober", "Maandag", "Dinsdag", "Woensdag",
        "Donderdag", "Vrijdag", "Zaterdag", "Zondag", "Critici",
        "Bez", "Po", "Przez", "Według", "Jak", "Jej", "Jego", "To", "Ten", "Ta", "We", "Ze", "Dla", "Od", "Też", "Także",
        "Ekolodzy", "Połączenie", "Dokument", "Koszt", "Większość", "Wnioski",
        "Pemerintah", "Menurut", "Namun", "Pada", "Sekitar", "Proyek", "Kita", "Kami", "Dalam", "Selain", "Sementara",
        "Pertanyaannya", "Kamis", "Senin", "Selasa", "Rabu", "Jumat", "Sabtu", "Minggu", "Januari", "Februari",
        "Maret", "Agustus", "Desember", "Oktober", "Nopember",
    ]

    /// Month names in running text ("5 мая", "le 12 mai"), never names.
    static let months: [String] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre", "juni", "juli", "maart", "agustus", "desember", "styczeń", "stycznia", "lutego",
        "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
        "октября", "ноября", "декабря",
    ]

    /// Continents and macro-regions: geographic, but not places in the sense of cities and provinces.
    static let regions: [String] = [
        "Asia", "Europe", "Europa", "Africa", "Afrika", "America", "Americas", "Oceania", "Antarctica", "Eurasia", "Southeast Asia",
        "South-East Asia", "Central Asia", "East Asia", "South Asia", "West Asia", "Asia-Pacific", "Asia Pacific",
        "Middle East", "Near East", "Far East", "Latin America", "North America", "South America", "Central Asian",
        "Southeast Asian", "Asian", "European", "African", "Eurasian", "Latin American", "Western", "Caucasus", "Balkans", "Baltic",
        "Scandinavia", "Indo-Pacific", "Gulf", "Persian Gulf", "Arctic", "Pacific", "Atlantic", "Mediterranean",
        "Asie", "Europe", "Afrique", "Amérique", "Asie du Sud-Est", "Asie centrale", "Moyen-Orient", "Proche-Orient",
        "européen", "européenne", "asiatique", "africain",
        // Regions that hold a country's word ("América" is the United States): see `NameFinder.regionOverCountry`.
        "América Latina", "América del Sur", "América del Norte", "América Central", "Latinoamérica", "América do Sul",
        "America Latina", "Amérique latine", "Amérique du Sud", "Amérique du Nord", "Amérique centrale", "Afrique centrale",
        "Afrique de l'Ouest", "Afrique de l'Est", "Afrique du Nord", "Afrique australe", "Afrique subsaharienne",
        "Lateinamerika", "Südamerika", "Mittelamerika", "Mỹ Latinh", "Caribbean", "Caribe", "Caraïbes",
        "châu Á", "châu Âu", "châu Phi", "châu Mỹ", "Đông Nam Á", "Trung Á", "Trung Đông", "Châu Á", "Châu Âu",
        "Азия", "Азии", "Европа", "Европы", "Европе", "Африка", "Африки", "Центральн~ Ази~", "Юго-Восточн~ Ази~",
        "Ближн~ Восток~", "Евразия", "Евразии",
        "آسيا", "أوروبا", "أفريقيا", "الشرق الأوسط", "جنوب شرق آسيا", "آسيا الوسطى", "المحيط الهادئ", "آسيا والمحيط الهادئ",
        "Bắc Phi", "Tây Phi", "Đông Phi", "Bắc Mỹ", "Nam Mỹ", "Đông Âu", "Tây Âu", "Bắc Âu", "Nam Á", "Tây Á", "Đông Bắc Á",
        "أمريكا اللاتينية", "أمريكا الجنوبية", "أمريكا الشمالية", "أمريكا الوسطى", "شمال أفريقيا", "غرب أفريقيا", "شرق أفريقيا",
        "亚洲", "欧洲", "非洲", "东南亚", "中亚", "中东", "亚太",
    ]

    /// Vietnamese cue words written without Vietnamese-only letters, whose tones are still
    /// distinctive: "Ban" (board) is not "Bản" (of Nhật Bản), "Báo" (newspaper) is not "Bảo"
    /// (a given name), "Hãng" (firm) is not "Hằng". They are matched with their diacritics.
    static let vietnameseExact: Set<String> = ["Ban", "Báo", "Hãng", "Khu", "khu", "Cơ quan", "Quỹ", "Hội", "Đài", "Cục", "Sở", "Viện",
                                               // the English legal form, not "Cổ" (of "Cổ phần") nor "Cô"
                                               "Co", "Co.",
                                               // chambers with their accent: "Camara" is a surname ("Fatou Camara")
                                               "Cámara", "Câmara"]

    /// Whether a cue word is matched with its diacritics (Vietnamese tones are distinctive):
    /// written with letters only Vietnamese uses, or listed in `vietnameseExact`.
    static func isVietnameseCue(_ text: String) -> Bool {
        // (ASCII scalars are in neither list: not looked for in the literal's scalars, a walk of its view each.)
        vietnameseExact.contains(text) || text.unicodeScalars.contains {
            $0.value >= 0x80 && ((0x1EA0...0x1EF9).contains($0.value) || "ơưđăƠƯĐĂãõĩũỹÃÕĨŨ".unicodeScalars.contains($0))
        }
    }

    /// Fields of a ministerial portfolio ("Minister of Energy X", "ministre de l'Économie X"),
    /// folded: after a title, these words are the portfolio and the person follows them.
    static let portfolioKeys = WordSet(Set([
        "Foreign", "Affairs", "Finance", "Finances", "Economy", "Economic", "Trade", "Commerce", "Industry", "Defence", "Defense",
        "Interior", "Home", "Health", "Education", "Energy", "Agriculture", "Transport", "Transportation", "Justice", "Labour",
        "Labor", "Culture", "Tourism", "Environment", "Information", "Communications", "Public", "Security", "Planning",
        "Investment", "Development", "Mines", "Mining", "Petroleum", "Oil", "Water", "Sports", "Youth", "Science", "Technology",
        "Digital", "Budget", "Treasury", "Housing", "Infrastructure", "Fisheries", "Mineral", "Resources", "Natural",
        "External", "International", "Cooperation", "Integration", "Emergency", "Situations", "Social", "Welfare",
        "Économie", "Étrangères", "Affaires", "Intérieur", "Défense", "Santé", "Éducation", "Industrie", "Énergie",
        "Transports", "Travail", "Environnement", "Plan", "Pétrole", "Hydrocarbures", "Jeunesse", "Sports", "Numérique",
        "Coopération", "Intégration", "Armées", "Outre-mer", "Recherche", "Enseignement", "Supérieur", "Solidarité",
        "Communication", "Pêche", "Élevage", "Mines", "Énergies", "Finances publiques", "Tourisme", "Artisanat", "Eau", "Assainissement", "Infrastructures",
        "Economía", "Finanzas", "Hacienda", "Industria", "Comercio", "Relaciones", "Exteriores", "Agricultura", "Ganadería",
        "Pesca", "Energía", "Minería", "Defensa", "Salud", "Educación", "Trabajo", "Transporte", "Turismo", "Ambiente",
        "Vivienda", "Desarrollo", "Hidrocarburos", "Energías", "Minas", "Obras", "Públicas", "Planificación", "Producción",
        "Justicia", "Cultura", "Deportes", "Juventud", "Gobierno", "Presidencia", "Seguridad", "Ciencia", "Tecnología", "Innovación", "Medio", "Wirtschaft", "Finanzen", "Verteidigung", "Gesundheit", "Bildung", "Arbeit", "Verkehr",
        "Umwelt", "Klimaschutz", "Landwirtschaft", "Energie", "Livestock",
        // "Minister of Lands, Agriculture, … and Rural Development", "chargé des Ressources animales",
        // "secrétaire d'État au Développement des PME", "Vizeminister für Industrie und Bau"
        "Lands", "Rural", "Sustainable", "Ressources", "Animales", "Halieutiques", "Développement", "Durable", "PME",
        "Bau", "Stadtentwicklung",
        "Transportes", "Infraestruturas", "Negócios", "Estrangeiros", "Economia", "Finanças", "Saúde", "Educação",
        "Energia", "Recursos", "Minerais", "Petróleo", "Gás", "Comércio", "Indústria", "Defesa", "Justiça", "Pescas",
        "Esteri", "Interno", "Finanze", "Infrastrutture", "Trasporti", "Sicurezza", "Salute", "Istruzione", "Difesa",
        "Giustizia", "Lavoro", "Sviluppo", "Imprese", "Agricoltura", "Cooperazione", "Ambiente",
        "Works", "Investasi", "Keuangan", "Perdagangan", "Perindustrian", "Perhubungan", "Pertahanan", "Kesehatan", "Pendidikan",
        "Energi", "Pertanian", "Perikanan", "Pariwisata", "Klimaat", "Groene", "Groei", "Economische", "Zaken",
        "Buitenlandse", "Financiën", "Defensie", "Infrastructuur", "Waterstaat", "Volksgezondheid", "Onderwijs", "Justitie",
    ].map { TextFolding.key($0) }))

    // MARK: Chinese

    /// The commonest Chinese family names: a name after a title starts with one of them
    /// (习近平, 王毅, 毛宁); otherwise it is a transliterated foreign name or not a name ("部长举行").
    static let hanSurnames: Set<Character> = Set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
    /// Characters of transliterated foreign names (托卡耶夫, 马克龙, 普京, 拉夫罗夫): a run of them after a title is a name.
    static let hanTransliteration: Set<Character> = Set("得廉约翰琼莎黛蕾妮薇罕阿埃艾爱安昂奥巴拜班邦贝本比彼毕宾波伯博布查达戴丹道德迪蒂丁东杜多厄恩尔法凡菲费芬丰夫弗福盖甘冈戈格贡古哈海汉豪赫亨胡华霍基吉加贾杰金喀卡凯坎康科克肯孔库夸奎拉莱兰朗劳勒雷里利莉连列林琳卢鲁路伦罗洛吕马玛迈麦曼梅门蒙米明莫默姆穆纳娜奈南内尼努诺欧帕潘佩彭皮珀普齐奇恰乔钦丘萨塞桑瑟森沙山善舍申圣什施舒斯松苏索塔泰坦汤特滕提图托瓦万旺威韦维温沃乌武西希锡谢辛休亚扬耶伊因英尤于扎泽詹兹佐索通伦隆敦潘赛绍额登朝戎碌焦切策茨措楚琴涅柳久季捷娃娅鲍瑙纽圭昆敏孟卓祖尊卜丽济契叶曲翁逊")
    /// Suffixes of organization names, longest first (a longer one wins at the same position).
    static let hanOrgSuffixCharacters: [[Character]] = [
        "代表大会", "常务委员会", "委员会", "通讯社", "共产党", "外交部", "国务院", "人民银行", "组织", "协会", "议会", "银行", "公司",
        "集团", "大学", "学院", "法院", "检察院", "研究院", "研究所", "基金会", "联合会", "联盟", "商会", "交易所", "电视台", "日报",
        "管理局", "总局",
        "理事会", "促进局", "厅",   // 柬埔寨发展理事会, 出口与投资促进局, 浙江省商务厅 (holdout6 patterns)
        "部", "院",
        "局",   // only after a country or place and two characters or more of its own: 肯尼亚电力局 (NameFinder+ArabicHan)
    ].map { Array($0) }.sorted { $0.count > $1.count }
    /// Legal-form tails that extend an organization to the right (集团有限公司).
    static let hanOrgTailCharacters: [[Character]] = ["股份有限公司", "有限责任公司", "有限公司", "集团", "总公司", "公司"].map { Array($0) }
    /// A one-character suffix followed by these is another word (部长, 部分, 部门, 院长, 院士).
    static let hanSuffixBlockedNext: Set<Character> = Set("长分门队署员会士委内外属下位件落区校里")
    /// A one-character suffix after these is a direction or quantity (东部, 全部, 内部, 一部).
    static let hanSuffixBlockedPrevious: Set<Character> = Set("东南西北中内外全大局一两几各该本此头胸背腹干餐客歌舞")   // (餐厅, 客厅, 歌舞厅; not 展: 发展部)
    /// Characters an organization name does not run left over: particles, prepositions, verbs of reporting.
    static let hanOrgLeftStops: Set<Character> = Set("的在与同向由被把从以及了是到赴据对并也还将已于说称时等见访、该其这那各为给让使经后和或跟及同兼，。；：“”《》（）")
    /// Characters that end the word before a place name (来自哈尔滨市, 前往石家庄市, 陕西省西安市).
    static let hanPlaceLeftBounds: Set<Character> = Set("自往抵达至省市县区州")
    /// Verbs that an organization's name does not run left over (出席俄印政府间委员会 → 俄印政府间委员会).
    static let hanVerbsBeforeNames: Set<String> = ["出席", "参加", "会见", "访问", "前往", "签署", "表示", "宣布", "举行", "成立", "加入",
                                                   "来自", "获得", "得到", "提供", "成为", "属于", "包括", "设立",
                                                   "领导", "批准", "通过", "发布", "指出", "强调", "认为", "希望", "支持", "同意", "邀请",
                                                   "会晤", "抵达", "离开", "视察", "考察", "拜会", "致电", "致函", "联合", "委托", "起诉"]
    /// Suffixes that are an organization's whole name (外交部, 国务院).
    static let hanStandaloneOrgs: Set<String> = ["外交部", "国务院", "人民银行", "代表大会"]

    /// The Vietnamese name breakers with their tones (NFC, lowercase), checked after the folded pre-filter.
    static let vietnameseBreakers = WordSet(Set((nameBreakers["vi"] ?? []).map { $0.precomposedStringWithCanonicalMapping.lowercased() }))
    /// Verb-like breakers that also form compounds inside names (hợp tác, công nghệ, phát triển).
    static let vietnameseWeakBreakers: WordSet = ["công", "tác", "làm", "việc", "tiếp", "thăm", "dự", "họp", "phát", "biểu", "thành", "đồng", "chí", "nhân", "người"]

    /// The given names with their diacritics (NFC, lowercase), for Vietnamese text.
    static let givenNamesExact = WordSet(Set(givenNames.map { $0.precomposedStringWithCanonicalMapping.lowercased() }))

    /// The family names with their diacritics (NFC, lowercase), for Vietnamese text.
    static let familyNamesExact = WordSet(Set(familyNames.map { $0.precomposedStringWithCanonicalMapping.lowercased() }))

    /// Every stopword with its diacritics (NFC, lowercase): Vietnamese checks against these.
    /// Folded keys that only accented stopwords fold to ("grace" from "Grâce", "deja" from "Déjà"):
    /// the same letters without the accent are no stopword ("Grace", a given name).
    static let accentOnlyStopwordKeys: WordSet = {
        let ascii = Set(stopwords.filter { $0.unicodeScalars.allSatisfy(\.isASCII) }.map { TextFolding.key($0) })
        return WordSet(Set(stopwords.filter { !$0.unicodeScalars.allSatisfy(\.isASCII) && $0.unicodeScalars.contains { $0.value >= 0xC0 && $0.value < 0x250 } }
            .map { TextFolding.key($0) }.filter { !ascii.contains($0) }))
    }()
    /// First words of `eventWords`, lowercased as spelled (see `NameFinder.eventWordOnlyFolded`).
    static let eventFirstWordsExact = WordSet(Set(eventWords.map { String($0.split(separator: " ")[0]).precomposedStringWithCanonicalMapping.lowercased() }))
    static let stopwordsExact = WordSet(Set(stopwords.map { $0.precomposedStringWithCanonicalMapping.lowercased() }))

    /// Lowercase geographic nouns after a name that make it a place ("the Amazon river", "Mekong delta").
    static let placeNounsAfter: WordSet = ["river", "basin", "region", "province", "city", "valley", "island", "islands",
                                               "mountains", "desert", "delta", "coast", "peninsula", "lake", "sea", "strait",
                                               // "the Lekki terminal", "the Kotoka airport": a place's facility
                                               "terminal", "airport", "district", "county", "municipality",
                                               // "the Mmamabula coalfield", "the Lobito corridor", "the Kariba dam"
                                               "coalfield", "oilfield", "gasfield", "corridor", "dam", "reservoir", "lagoon"]

    /// Articles dropped before an institution's keyword (Spanish, German, Italian).
    static let articlesBeforeInstitutions: WordSet = ["el", "los", "las", "die", "der", "das", "il", "lo", "del"]

    /// German titles are compounds ("Finanzminister", "Ministerpräsidenten", "Bundeskanzlerin"):
    /// a capitalized word with one of these endings introduces a person.
    static func isGermanTitle(_ key: String) -> Bool {
        // (`PlainText` answers `count` and `hasSuffix` on bytes for plain keys, and every ending is
        // plain; the list is built once, not per call.)
        guard PlainText.count(key) >= 6 else { return false }
        // A plain key (see `PlainText`) against the plain endings: a byte suffix test on bytes prepared
        // once, the key checked for plainness once (`PlainText.hasSuffix` checked both strings per ending).
        if germanTitleEndingsArePlain, let fast = key.utf8.withContiguousStorageIfAvailable({ b -> Bool? in
            guard PlainText.isPlain(b) else { return nil }
            return NameFinder.endsWithAny(b, germanTitleEndingBytes)
        }), let fast {
            return fast
        }
        return germanTitleEndings.contains { PlainText.hasSuffix(key, $0) }
    }
    /// `germanTitleEndings` as UTF-8.
    static let germanTitleEndingBytes: [[UInt8]] = germanTitleEndings.map { Array($0.utf8) }
    /// Every ending is plain: the byte test answers for plain keys.
    static let germanTitleEndingsArePlain = germanTitleEndings.allSatisfy { e in
        var e = e
        return e.withUTF8 { PlainText.isPlain($0) }
    }
    static let germanTitleEndings = ["minister", "ministerin", "präsident", "prasident", "präsidenten", "prasidenten", "präsidentin", "prasidentin",
                "kanzler", "kanzlerin", "sprecher", "sprecherin", "botschafter", "botschafterin", "vorsitzende", "vorsitzender",
                "chef", "chefin", "bürgermeister", "burgermeister", "bürgermeisterin", "burgermeisterin",
                // genitive forms ("des Botschafters"), state secretaries and directors
                "ministers", "kanzlers", "botschafters", "sprechers", "sekretär", "sekretar", "sekretärin", "sekretarin",
                "direktor", "direktorin", "direktors", "kommissar", "kommissarin", "grunder", "grunderin",
                // economists and analysts ("die Energieökonomin Annette Zumbühl")
                "okonom", "okonomin", "ökonom", "ökonomin", "analyst", "analystin",
                // university heads and district administrators ("Rektorin X", "Landrat X")
                "rektor", "rektorin", "landrat", "landratin", "landrätin"]

    /// Organization keywords that are also portfolios ("Minister of Public Works X"): after a title
    /// they name the ministry's field, not a body (folded keys).
    static let portfolioOnlyKeywords: WordSet = ["works", "affairs"]

    /// Capitalized prepositions and adverbs that never start a name, even before an institution's keyword.
    static let leadingFunctionWords = WordSet(Set([
        "Selon", "Pour", "Par", "Dans", "Sur", "Avec", "Lors", "Après", "Avant", "Depuis", "Pendant", "Chez", "Contre", "Entre",
        "According", "After", "Before", "During", "Under", "With", "From", "For", "By", "In", "On", "At", "Since", "While", "When",
        "Según", "Para", "Con", "Desde", "Durante", "Nach", "Laut", "Bei", "Mit", "Seit", "Für",
    ].map { TextFolding.key($0) }))

    /// Acronyms that are not organizations.
    /// Acronyms of ministries and agencies, per language: an organization even after a title.
    static let institutionAcronyms: WordSet = [
        "МИД", "МВД", "ФСБ", "СВР", "МЧС", "Минфин", "Минобороны", "Минэкономразвития", "ЦБ", "Госдума", "ООН", "ЕС", "НАТО",
        "MAE", "MFA", "MOFA", "FBI", "CIA", "NSA", "EU", "UN", "NATO", "IMF", "WHO", "WTO", "BNG", "BCA",
    ]
    /// First parts of hyphenated company names ("Hydro-Québec", "Air-France", "Petro-Canada").
    /// Réunion's name in languages where it is also the word for a meeting (keys), and the words
    /// after which it is the meeting ("Réunion du G7", "Reunión con", "Riunione della giunta"); see `acceptCountry`.
    static let meetingWords: WordSet = ["reunion", "reuniao", "riunione"]
    static let meetingFollowers: WordSet = ["de", "du", "des", "d", "del", "da", "do", "das", "dos", "di", "della", "dello", "dei",
        "degli", "delle", "entre", "con", "avec", "com", "with", "of", "between", "sur", "sobre", "su", "au", "aux", "al", "ao",
        "ministerielle", "ministerial", "ministeriale", "extraordinaire", "extraordinaria", "straordinaria",
        "informelle", "pleniere", "plenaria", "annuelle", "anual", "annuale", "bilaterale", "bilateral", "tripartite", "trilaterale",
        "technique", "tecnica", "conjointe", "conjunta", "congiunta"]
    static let companyPrefixes: WordSet = ["hydro", "air", "petro", "aero", "euro", "radio", "tele", "télé", "agro", "auto", "electro", "gaz", "energo", "ukr", "belaz", "inter"]
    /// Words that start a place name rather than a person's: "El Teniente", "San José", "Port Moresby".
    static let placeNameStarts: WordSet = ["el", "la", "los", "las", "san", "santa", "santo", "saint", "st", "sainte", "port", "mount", "mont", "salar", "cerro", "sierra", "isla", "lago", "valle", "bahia",
                                                "lake", "lac", "cape", "cap", "new", "fort", "rio", "río", "puerto", "ciudad", "chiang", "ban", "nakhon", "kota", "al"]

    static let acronymStoplist: [String] = [
        "GDP", "GNP", "USD", "EUR", "VND", "RUB", "CNY", "BYN", "KZT", "CEO", "CFO", "CTO", "TV", "AM", "PM", "UTC", "GMT", "OK",
        "ID", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XX", "XXI", "VAT", "IT", "AI",
        "PhD", "MP", "MPs", "NB", "PS", "FYI", "FAQ", "PDF", "URL", "HTML", "SMS", "GPS", "DNA", "HIV", "AIDS", "COVID",
        "SARS", "FDI", "ODA", "SME", "SMEs", "R&D", "ICT", "IoT", "LNG", "LPG", "CO", "CO2", "KM", "KG", "MW", "GW", "KW",
        "MWH", "GWH", "HQ", "VIP", "NGO", "NGOs", "UAV", "PR", "HR", "QR", "USB", "RSS", "FTA", "MoU", "MOU", "BC", "AD",
        "TTS", "NOTE", "END", "UPDATE", "BREAKING", "EXCLUSIVE", "WATCH", "LIVE", "PHOTO", "VIDEO", "ANALYSIS", "OPINION",
        // Section labels of saved wire copy and sports pages ("RESULTS, round 29:", "STANDINGS (played, points):")
        "RESULTS", "STANDINGS", "FIXTURES", "SCORES", "TABLE", "PHOTOS", "FACTBOX", "EXPLAINER", "TIMELINE", "BACKGROUND",
        "CORRECTION", "EDITORIAL", "INTERVIEW", "SUMMARY", "REACTION", "QUOTES",
        "RMB", "ASAP", "ETA", "BRI", "LED", "CPI", "GRDP", "PPP", "EV", "EVs", "VR", "AR", "IPO", "M&A", "ESG", "IMO", "PM2",
        // earnings measures and stock indices (holdout23: "flujo operativo (EBITDA)", "größter Gewinner im ATX")
        "EBITDA", "EBIT", "EBT", "DAX", "MDAX", "SDAX", "ATX", "SMI", "IBEX",
        "TP", "HCM", "UBND", "CFA", "FCFA", "THPT", "ĐH", "TS", "ThS", "GS", "PGS", "TTXVN/VNA", "ТВ", "США", "РФ",
        // Russian common nouns written as acronyms (LNG, LPG, GDP, VAT, power line, refinery, filling station)
        "СПГ", "СУГ", "ВВП", "НДС", "ЛЭП", "НПЗ", "АЗС", "ДТП", "ИИ",
        // and weapons, drones and emergencies (air and missile defence, drones, rocket launchers, housing services)
        "ПВО", "ПРО", "БПЛА", "РСЗО", "ЗРК", "ЖКХ", "ЧС", "МРОТ", "СВО",
        // and units of power and energy ("мощностью 600 МВт")
        "МВт", "кВт", "ГВт", "ТВт", "МВт·ч", "кВт·ч", "ГВт·ч",
        // GDP in French, Spanish, Portuguese, Italian and German
        "PIB", "PIL", "BIP",
        // high-speed trains and lines
        "TGV", "LGV", "AVE",
    ]

    /// Common given names, which make an unknown capitalized pair a person.
    static let givenNames: [String] = [
        // Dutch, Flemish, Basque and Portuguese/Brazilian names a blind set (holdout54) found missing.
        "Femke", "Joris", "Niels", "Sanne", "Bram", "Daan", "Thijs", "Lotte", "Kristof", "Pieter", "Wouter", "Henk", "Gerrit",
        "Kees", "Maarten", "Ruud", "Jeroen", "Anouk", "Mirjam", "Iñaki", "Koldo", "Aitor", "Unai", "Gorka", "Mikel",
        "Xabier", "Matheus", "Gonçalo", "Duarte", "Bruna", "Thiago", "Vinícius",
        "Alexander", "Aleksandr", "Alexandr", "Alexandre", "Alexei", "Alexey", "Aleksei", "Aleksey", "Andrei", "Andrey",
        "Andrew", "Anatoly", "Anna", "Anton", "Boris", "Dmitry", "Dmitri", "Dmitriy", "Evgeny", "Yevgeny", "Fyodor",
        "Gennady", "Georgy", "Grigory", "Igor", "Ilya", "Ivan", "Kirill", "Konstantin", "Leonid", "Maxim", "Mikhail",
        "Nikolai", "Nikolay", "Oleg", "Pavel", "Pyotr", "Petr", "Roman", "Ruslan", "Sergei", "Sergey", "Serguei", "Sergueï",
        "Stanislav", "Svetlana", "Valentina", "Valery", "Valeriy", "Vasily", "Viktor", "Victor", "Vladimir", "Vladislav",
        "Vyacheslav", "Yury", "Yuri", "Yuriy", "Natalia", "Natalya", "Olga", "Irina", "Elena", "Yelena", "Tatiana",
        "Tatyana", "Maria", "Marina", "Galina", "Lyudmila", "Ludmila", "Nadezhda", "Ekaterina", "Yekaterina", "Oksana",
        "Volodymyr", "Mykola", "Viktor", "Aliaksandr", "Uladzimir", "Siarhei", "Dzmitry", "Mikalai", "Ihar", "Maksim",
        "Nursultan", "Kassym", "Kassym-Jomart", "Maulen", "Askar", "Yerlan", "Erlan", "Nurlan", "Marat", "Murat", "Timur",
        "Rustam", "Bakhyt", "Dauren", "Daniyar", "Aidos", "Yerzhan", "Arman", "Azamat", "Bolat", "Serik", "Saule", "Aigul",
        "Shavkat", "Sadyr", "Emomali", "Ilham", "Nikol", "Recep", "Mohammed", "Mohamed", "Muhammad", "Ahmed", "Ahmad",
        "Ali", "Hassan", "Hussein", "Omar", "Abdullah", "Abdel", "Khalid", "Ibrahim", "Youssef", "Yusuf", "Mustafa",
        "Mahmoud", "Salman", "Faisal", "Hamad", "Tamim", "Bashar", "Fatima", "Aisha", "Layla",
        "John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Christopher",
        "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Kenneth", "Joshua", "Kevin", "Brian", "George",
        "Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen",
        "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Frank", "Gregory", "Raymond", "Patrick", "Jack",
        "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Henry", "Nathan", "Douglas", "Peter", "Kyle", "Walter", "Ethan",
        "Jeremy", "Harold", "Keith", "Christian", "Roger", "Noah", "Gerald", "Carl", "Terry", "Sean", "Austin", "Arthur",
        "Lawrence", "Jesse", "Dylan", "Bryan", "Joe", "Jordan", "Billy", "Bruce", "Albert", "Willie", "Gabriel", "Logan",
        "Alan", "Juan", "Wayne", "Roy", "Ralph", "Randy", "Eugene", "Vincent", "Russell", "Elijah", "Louis", "Bobby", "Philip",
        "Johnny", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
        "Nancy", "Lisa", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Dorothy", "Carol",
        "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Shirley",
        "Angela", "Helen", "Emma", "Olivia", "Kamala", "Hillary", "Angela", "Ursula", "Keir", "Boris", "Rishi", "Theresa",
        "Emmanuel", "Jean", "Pierre", "Jacques", "François", "Francois", "Nicolas", "Marie", "Michel", "Philippe", "Alain",
        "Bernard", "Christophe", "Olivier", "Laurent", "Sébastien", "Julien", "Antoine", "Mathieu", "Catherine", "Sophie",
        "Isabelle", "Nathalie", "Claire", "Anne", "Ségolène", "Marine", "Édouard", "Gabriel", "Élisabeth", "Friedrich",
        "Olaf", "Frank-Walter", "Wolfgang", "Hans", "Klaus", "Jürgen", "Helmut", "Gerhard", "Giorgia", "Sergio", "Mario",
        "Giuseppe", "Pedro", "Carlos", "Luis", "Javier", "Miguel", "Antonio", "António", "Luiz", "Jair", "Nicolás", "Gustavo",
        // Common German, Austrian and Swiss given names (names that are also towns, brands or words, Achim, Heinz, Otto, Beat,
        // Till, Kai, Leon, Max, Jan, Eva, are left out).
        "Andreas", "Markus", "Stefan", "Stephan", "Martin", "Matthias", "Mathias", "Christoph", "Tobias", "Florian", "Sebastian",
        "Johannes", "Lukas", "Jonas", "Felix", "Maximilian", "Moritz", "Niklas", "Philipp", "Simon", "Dominik", "Fabian", "Benedikt",
        "Julian", "Jakob", "Marcel", "Pascal", "Lorenz", "Severin", "Jens", "Jörg", "Uwe", "Dieter", "Günter", "Günther", "Manfred",
        "Werner", "Horst", "Herbert", "Karl", "Rainer", "Reinhard", "Rudolf", "Bernd", "Ralf", "Holger", "Dirk", "Sven", "Torsten",
        "Thorsten", "Oliver", "Lars", "Nils", "Hendrik", "Henrik", "Volker", "Ulrich", "Armin", "Norbert", "Hubert", "Franz", "Josef",
        "Alois", "Georg", "Gottfried", "Reto", "Urs", "Ueli", "Leopold", "Erwin", "Kurt", "Fritz", "Heinrich", "Wilhelm", "Hermann",
        "Gerd", "Detlef", "Joachim", "Jochen", "Hartmut", "Siegfried", "Lothar", "Wolfram", "Harald", "Roland", "Ingo", "Helge",
        "Henning", "Carsten", "Karsten", "Steffen", "Sascha", "Heiko", "Bastian", "Timo", "Konrad", "Ewald", "Hansjörg", "Hanspeter",
        "Sabine", "Petra", "Monika", "Andrea", "Birgit", "Susanne", "Gabriele", "Renate", "Karin", "Heike", "Christine", "Christina",
        "Katharina", "Julia", "Franziska", "Stefanie", "Nicole", "Anja", "Tanja", "Silke", "Kerstin", "Martina", "Brigitte", "Ingrid",
        "Gisela", "Helga", "Elke", "Ute", "Jutta", "Doris", "Annette", "Anke", "Carola", "Cornelia", "Daniela", "Bettina", "Simone",
        "Jana", "Nina", "Lea", "Lena", "Hannah", "Johanna", "Veronika", "Elisabeth", "Magdalena", "Verena", "Regula", "Ruth", "Esther",
        "Judith", "Miriam", "Manuela", "Alexandra", "Annalena", "Marlene", "Sophia", "Melanie", "Vanessa", "Yvonne", "Katrin", "Kathrin",
        "Irene", "Ingeborg", "Hildegard", "Gertrud", "Edith", "Erika", "Marianne", "Angelika", "Dagmar", "Britta", "Svenja", "Ricarda",
        "Saskia", "Katja", "Nadine", "Sonja", "Sylvia", "Beate", "Gudrun", "Hannelore", "Heidi", "Corinne", "Nadja", "Leonie",
        // Common Spanish given names (names that are also towns or brands, Santiago, Rosario, Mercedes, are left out).
        "Héctor", "Jorge", "Fernando", "Alejandro", "Ricardo", "Eduardo", "Roberto", "Raúl", "Andrés", "Diego", "Pablo", "Manuel",
        "Francisco", "Rafael", "Enrique", "Alberto", "Óscar", "Ramón", "Arturo", "Mauricio", "Rodrigo", "Felipe", "Marcelo",
        "Gonzalo", "Ignacio", "Joaquín", "Emilio", "Guillermo", "Alfonso", "Rubén", "Adriana", "Gabriela", "Verónica", "Claudia",
        "Mónica", "Alejandra", "Patricia", "Lucía", "Beatriz", "Silvia", "Marisol", "Yolanda", "Rocío", "Ximena",
        "Narendra", "Rahul", "Shehbaz", "Imran", "Shigeru", "Fumio", "Shinzo", "Yoon", "Moon", "Kim", "Jae-myung",
        "Prabowo", "Joko", "Anwar", "Ferdinand", "Hun", "Paetongtarn", "Srettha", "Thongloun", "Sonexay", "Min",
        "Jinping", "Keqiang", "Qiang", "Yi", "Xiaoyong", "Wei", "Ming", "Hua", "Jun", "Lei", "Jie", "Tao", "Gang",
        "Александр", "Алексей", "Анатолий", "Андрей", "Антон", "Борис", "Вадим", "Валентин", "Валерий", "Василий", "Виктор",
        "Виталий", "Владимир", "Владислав", "Вячеслав", "Геннадий", "Георгий", "Григорий", "Дмитрий", "Евгений", "Иван",
        "Игорь", "Илья", "Кирилл", "Константин", "Леонид", "Максим", "Михаил", "Николай", "Олег", "Павел", "Пётр", "Петр",
        "Роман", "Руслан", "Сергей", "Станислав", "Юрий", "Ярослав", "Анна", "Елена", "Ирина", "Мария", "Наталья", "Ольга",
        "Светлана", "Татьяна", "Екатерина", "Людмила", "Галина", "Марина", "Нурсултан", "Касым", "Маулен",
        "Эдуард", "Аркадий", "Артём", "Артем", "Денис", "Егор", "Фёдор", "Федор", "Глеб", "Даниил", "Данил", "Матвей", "Никита",
        "Семён", "Семен", "Степан", "Тимур", "Филипп", "Эльдар", "Марат", "Нурлан", "Ерлан", "Алишер", "Шавкат", "Рустам", "Бахтиёр",
        "Юлия", "Дарья", "Ксения", "Полина", "Нина", "Лариса", "Оксана", "Кристина", "Виктория", "Валентина", "Алина",
        // Common Italian given names (names that are also towns or words, Rosario, Franco, Rosa, Lucia, Serena of La Serena, are left out).
        "Salvatore", "Gaetano", "Giovanni", "Francesco", "Alessandro", "Lorenzo", "Matteo", "Luca", "Marco", "Paolo",
        "Stefano", "Massimo", "Davide", "Federico", "Riccardo", "Emanuele", "Claudio", "Enrico", "Vittorio", "Gianni",
        "Pietro", "Luigi", "Carlo", "Maurizio", "Vincenzo", "Domenico", "Nicola", "Raffaele", "Pasquale", "Gennaro", "Ciro",
        "Giuliano", "Piero", "Renato", "Sandro", "Silvio", "Ugo", "Valerio", "Umberto", "Guido", "Attilio", "Filippo",
        "Giacomo", "Tommaso", "Edoardo", "Leonardo", "Gianluca", "Gianfranco", "Giancarlo", "Pierluigi", "Dario", "Ettore",
        "Ignazio", "Corrado", "Rocco", "Calogero", "Carmelo", "Benedetto", "Agostino", "Fabio", "Angelo", "Giorgio",
        "Alessio", "Antonino", "Bartolomeo", "Cosimo", "Fabrizio", "Giampiero", "Mattia", "Nazareno", "Ottavio",
        "Pierpaolo", "Sabatino", "Stefania", "Francesca", "Giulia", "Chiara", "Federica", "Alessandra", "Paola", "Roberta",
        "Elisa", "Giovanna", "Antonella", "Giuseppina", "Carla", "Simona", "Beatrice", "Ilaria", "Raffaella",
        "Loredana", "Patrizia", "Emanuela", "Gabriella", "Rossella", "Donatella", "Ornella", "Mariangela", "Grazia",
        "Annalisa",
        // Common Portuguese and Brazilian given names (names of towns and states, Sofia, Vitória, Helena, Regina, João of São João
        // and João Pessoa, Catarina of Santa Catarina, and words, Esperança, are left out).
        "José", "Paulo", "Luís", "Rui", "Nuno", "Tiago", "Joaquim", "Sérgio", "Vítor", "Marcos", "Fábio", "Filipe",
        "Hugo", "Artur", "Armando", "Abel", "Adriano", "Afonso", "Álvaro", "Amílcar", "Augusto", "Celso", "Domingos",
        "Edson", "Ernesto", "Fausto", "Filomeno", "Geraldo", "Gilberto", "Henrique", "Inácio", "Jaime", "Leonel",
        "Lourenço", "Mário", "Moisés", "Nelson", "Osvaldo", "Raimundo", "Sebastião", "Valdemar", "Venâncio", "Ana", "Joana",
        "Mariana", "Inês", "Rita", "Teresa", "Fátima", "Graça", "Luísa", "Isabel", "Margarida", "Marta",
        "Paula", "Raquel", "Susana", "Dilma", "Luzia", "Adelino", "Agostinho", "Anselmo", "Baltazar", "Cândido", "Custódio",
        "Edmundo", "Eusébio", "Evaristo", "Feliciano", "Gaspar", "Hélder", "Horácio", "Januário", "Olavo", "Orlando",
        "Rogério", "Simão", "Xavier", "Zacarias", "Cátia", "Cristiana", "Filipa", "Leonor", "Natália", "Sónia", "Telma",
        // More Spanish given names (Salvador, Julio, Gloria, Soledad, Concepción, towns, months or words, are left out).
        "Jesús", "Ángel", "Iván", "Víctor", "Adrián", "Tomás", "Agustín", "Martín", "Esteban", "Sebastián", "Mateo",
        "Gerardo", "Hernán", "Horacio", "Cristina", "Carmen", "Dolores", "Sara", "Sonia", "Luisa", "Josefa", "Inés",
        "María", "Amparo", "Lorena", "Valeria", "Camila", "Fernanda", "Cristóbal", "Humberto", "Leopoldo", "Octavio",
        "Rigoberto", "Vanesa", "Julieta", "Agustina",
        // More French given names (Noël, Florence, Aurore, feasts, towns or words, are left out).
        "Jean-Pierre", "Jean-Luc", "Jean-Marc", "Jean-Claude", "Jean-Paul", "Jean-François", "Jean-Yves", "Jean-Louis",
        "Jean-Michel", "Jean-Noël", "Jean-Baptiste", "Thierry", "Éric", "Frédéric", "Didier", "Gérard", "Guillaume",
        "Hervé", "Denis", "Bruno", "Benoît", "Stéphane", "Arnaud", "Yves", "Yannick", "Fabien", "Fabrice", "Franck",
        "Gilles", "Grégory", "Jérôme", "Jérémy", "Lionel", "Ludovic", "Marc", "Maxime", "Mickaël", "Raphaël", "Rémi",
        "Romain", "Sylvain", "Thibault", "Quentin", "Clément", "Cédric", "Damien", "Émile", "Étienne", "Florent", "Gaël",
        "Hugues", "Joël", "Lucien", "Régis", "René", "Serge", "Sylvie", "Valérie", "Véronique", "Martine", "Françoise",
        "Monique", "Chantal", "Hélène", "Céline", "Aurélie", "Émilie", "Julie", "Camille", "Léa", "Manon", "Chloé",
        "Pauline", "Mathilde", "Élise", "Agnès", "Annie", "Dominique", "Geneviève", "Jacqueline", "Laurence", "Mireille",
        "Muriel", "Odile", "Sandrine", "Séverine", "Stéphanie", "Virginie", "Yvette", "Amélie", "Rachida", "Najat",
        "Emilien", "Anaïs", "Bérénice", "Clémence", "Delphine", "Estelle", "Gaëlle", "Margaux", "Ophélie", "Solène",
        // Common Polish, Czech, Ukrainian and Belarusian given names in Latin letters (Taras, the German name of Taraz, is left out).
        "Andrzej", "Bartosz", "Dariusz", "Grzegorz", "Jarosław", "Jerzy", "Kazimierz", "Krzysztof", "Łukasz", "Maciej",
        "Marcin", "Mariusz", "Mateusz", "Michał", "Paweł", "Piotr", "Radosław", "Rafał", "Sławomir", "Stanisław", "Tadeusz",
        "Tomasz", "Wojciech", "Zbigniew", "Agnieszka", "Beata", "Dorota", "Ewa", "Joanna", "Katarzyna", "Małgorzata",
        "Agata", "Elżbieta", "Iwona", "Jolanta", "Krystyna", "Marzena", "Urszula", "Jiří", "Tomáš", "Oleksandr", "Oleksiy",
        "Andriy", "Dmytro", "Serhiy", "Yuliia", "Yulia", "Olena", "Iryna", "Vasyl", "Bohdan", "Mykhailo", "Denys",
        "Vitaliy", "Siarhiej", "Aliaksei", "Yauhen", "Raman", "Volha", "Sviatlana",
        // Common Arabic given names in Latin letters (Sultan, Zayed, Riad, titles or places, are left out).
        "Abdulaziz", "Abdulrahman", "Abdelaziz", "Abdelkader", "Abdelmadjid", "Abdelfattah", "Adel", "Adil", "Amr", "Anas",
        "Ayman", "Bassam", "Fahd", "Fahad", "Farid", "Fouad", "Ghassan", "Hamdan", "Hamid", "Hani", "Hatem", "Hisham",
        "Hicham", "Issa", "Jamal", "Jassim", "Kamal", "Karim", "Khaled", "Majid", "Mansour", "Marwan", "Mohammad", "Nabil",
        "Nasser", "Nawaf", "Osama", "Rachid", "Rashid", "Saeed", "Salim", "Sami", "Samir", "Tariq", "Tarek", "Walid",
        "Waleed", "Yasser", "Yasir", "Ziad", "Mariam", "Maryam", "Noura", "Nour", "Rania", "Reem", "Salma", "Samira",
        "Yasmin", "Yasmine", "Hanan", "Huda", "Leila", "Lina", "Mona", "Nadia", "Rasha", "Zeinab", "Zainab", "Hadi",
        "Ismail", "Mounir", "Moussa", "Mustapha", "Nizar", "Othman", "Ramzi", "Saad", "Sabri", "Talal", "Tawfiq", "Wael",
        "Yahya", "Younes", "Zakaria", "Aziz", "Azzedine", "Brahim", "Driss", "Fatiha", "Habib", "Kais", "Lotfi", "Mehdi",
        "Mokhtar", "Mourad", "Noureddine", "Tahar", "Youcef", "Abdallah", "Abdellatif", "Abdelilah", "Mahmud", "Mohamad",
        "Muhammed", "Hussain", "Husain", "Suleiman", "Sulaiman", "Soliman", "Yousef", "Yousuf", "Hamza", "Bilal", "Jaafar",
        "Jafar", "Ayoub",
        // Common Kazakh, Kyrgyz, Uzbek and Tajik given names in Latin letters.
        "Aibek", "Aidar", "Akylbek", "Almaz", "Almazbek", "Asylbek", "Bakhtiyar", "Bauyrzhan", "Beibut", "Berik", "Dinara",
        "Gulnara", "Jeenbek", "Kairat", "Kanat", "Kanybek", "Nurbek", "Saltanat", "Talgat", "Ulugbek", "Zhanibek",
        "Zhaslan", "Adylbek", "Jamshid", "Sardor", "Shukhrat", "Farrukh", "Bakhrom", "Dilnoza", "Nodira", "Gulnora",
        "Otabek", "Sherzod", "Olzhas", "Yerbol", "Yerkebulan", "Aset", "Aliya", "Aizhan", "Aigerim", "Assel", "Zhanna",
        "Abdulla", "Bobur", "Davron", "Dilshod", "Rakhmon", "Saidmurod", "Sirojiddin", "Zafar", "Kassymaly", "Edil",
        "Taalaibek", "Nurlanbek", "Mukhtar", "Beksultan",
        // More English given names (Grace, Rose, Victoria, Florence, Mercy, words or places, are left out).
        "Graham", "Ian", "Neil", "Colin", "Nigel", "Hugh", "Rachel", "Caroline", "Fiona", "Joanne", "Louise", "Chloe",
        "Heather", "Diane", "Janet", "Judy", "Kelly", "Megan", "Natalie", "Samantha", "Tracy", "Wendy", "Alice", "Alison",
        "Martha", "Gertrude", "Joyce", "Agnes", "Evelyn", "Lucy", "Stuart", "Malcolm", "Gordon", "Duncan", "Trevor",
        "Derek", "Clive", "Rupert", "Gareth", "Owen", "Rhys", "Craig", "Glenn", "Shane", "Brett", "Wesley", "Dwight",
        "Cedric", "Lloyd", "Leonard", "Norman", "Theodore", "Marvin", "Edwin", "Eleanor", "Harriet", "Katherine", "Kathryn",
        "Rebekah", "Abigail", "Lauren", "Brittany", "Danielle", "Gabrielle", "Jillian", "Kristen", "Lindsay", "Miranda",
        "Penelope", "Priscilla", "Vivian",
        // Russian and Central Asian given names in Cyrillic, female ones too (words, Вера, Любовь, Надежда, Лев, and names of
        // towns, rivers or their cases, Улан, Яна, Милана, Чолпон, are left out).
        "Анастасия", "Александра", "Алла", "Антонина", "Дина", "Евгения", "Елизавета", "Жанна", "Зинаида", "Зоя", "Инна",
        "Карина", "Клавдия", "Лидия", "Маргарита", "Нелли", "Раиса", "Римма", "Софья", "Тамара", "Ульяна", "Элина",
        "Эльвира", "Айгуль", "Айгерим", "Асель", "Динара", "Гульнара", "Жанар", "Сауле", "Айдар", "Айбек", "Азамат",
        "Алмаз", "Арман", "Аскар", "Асхат", "Бакыт", "Бауыржан", "Болат", "Даурен", "Данияр", "Ербол", "Ержан", "Жанибек",
        "Кайрат", "Канат", "Мурат", "Нурбек", "Серик", "Талгат", "Чингиз", "Бекзат", "Эрлан", "Адильбек", "Садыр",
        "Акылбек", "Алмазбек", "Улукбек", "Камчыбек", "Бахтияр", "Шухрат", "Улугбек", "Фарход", "Джамшид", "Рашид",
        "Равиль", "Ринат", "Ильдар", "Ильнур", "Айсен", "Богдан", "Борислав", "Вениамин", "Всеволод", "Давид", "Захар",
        "Марк", "Мирон", "Назар", "Платон", "Родион", "Савелий", "Тарас", "Тихон", "Арсений", "Эмиль", "Ефим", "Игнат",
        "Макар", "Остап", "Прохор", "Святослав", "Феликс", "Эрик", "Ахмед", "Мухаммед", "Хасан", "Али", "Омар", "Юсуф",
        "Ибрагим", "Мустафа", "Махмуд", "Абдулла", "Рамзан", "Кадыр", "Магомед", "Зелимхан", "Руслана", "Виолетта",
        "Эвелина", "Снежана", "Таисия", "Варвара", "Ангелина", "Вероника", "Олеся", "Василиса", "Диана", "Злата",
        "Станислава", "Ярослава", "Майя", "Лилия", "Эльмира", "Гульнур", "Жибек", "Бермет", "Нургуль", "Айжан",
        "Салтанат", "Дильноза", "Нилуфар", "Шахноза", "Мунира",
    ]

    /// Common family names (Vietnamese, Chinese in pinyin, Korean) that start a name in that order.
    static let familyNames: [String] = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý", "Lương", "Tô", "Trương", "Đinh", "Mai", "Lâm", "Đoàn", "Vương", "Trịnh", "Đào", "Cao", "Hà", "Chu", "Tạ",
        "Thái", "Tăng", "Lưu", "Quách", "Hứa", "Kiều", "Khuất", "Nông", "Lò", "Tòng", "Giàng", "Thào", "Triệu", "La", "Văn",
        "Nghiêm", "Từ", "Mạc", "Châu", "Lại", "Diệp", "Vi",
        "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
        "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng",
        "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding",
        "Ren", "Shen", "Yao", "Lu", "Jiang", "Cui", "Zhong", "Tan", "Lu", "Fan", "Wan", "Shi", "Qin", "Lei", "Bai",
        "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Shin",
    ]

    /// Surname endings that mark a single capitalized word as a person's name (Slavic, Central Asian, Caucasian).
    static let surnameEndings: [String] = [
        "ov", "ova", "ev", "eva", "yev", "yeva", "enko", "enka", "sky", "skiy", "ski", "skaya", "vich", "vych", "shvili",
        "dze", "yan", "ian", "uly", "kyzy", "bayev", "bayeva", "ovich", "evich", "ovna", "evna", "chuk", "niak", "ets",
        "ов", "ова", "ев", "ева", "ин", "ина", "енко", "ский", "ская", "вич", "ян", "швили", "дзе", "ук", "юк",
    ]

    /// Lowercase words that end an organization name running through lowercase words, per language
    /// (kept apart: folded, Vietnamese "để" and French "de" would collide).
    static let nameBreakers: [String: [String]] = [
        "fr": [
            "a", "ont", "est", "sont", "était", "étaient", "sera", "seront", "qui", "que", "qu'", "dont", "où", "se", "s'",
            "sa", "son", "ses", "il", "elle", "ils", "elles", "on", "ce", "cette", "ces", "ne", "n'", "lors", "selon", "après",
            "avant", "depuis", "pendant", "durant", "dans", "sur", "sous", "entre", "par", "ou", "mais", "à", "au", "aux", "en",
            "ayant", "avait", "avaient", "été", "fait", "va", "vont", "peut", "doit", "afin", "ainsi", "comme", "lequel",
            "laquelle", "lesquels", "vers", "chez", "contre", "sans", "ni",
        ],
        "ru": [
            "и", "в", "во", "на", "с", "со", "по", "к", "о", "об", "у", "из", "за", "от", "до", "при", "для", "что", "как",
            "который", "которая", "которое", "которые", "это", "этот", "а", "но", "же", "ли", "бы", "не", "уже", "также", "был",
            "была", "было", "были", "будет", "или",
            // Prepositions no institution's name holds ("стран Персидского залива через порт …").
            "через", "между", "вдоль", "после", "перед", "около", "возле", "среди",
        ],
        "vi": [
            "và", "của", "với", "tại", "ở", "trong", "cho", "các", "những", "là", "đã", "sẽ", "đang", "được", "bị", "này",
            "đó", "khi", "về", "từ", "theo", "để", "cùng", "ngày", "năm", "tháng", "có", "không", "người", "nhằm", "nhân",
            "sau", "trước", "giữa", "đến", "vào", "ra", "lên", "hai", "ba", "một", "đồng", "chí", "thì", "mà", "nên", "cũng",
            "rất", "đều", "vẫn", "phải", "thành", "công", "tác", "làm", "việc", "tiếp", "thăm", "dự", "họp", "phát", "biểu",
        ],
        "en": ["and", "or", "but", "with", "in", "on", "at", "to", "from", "by", "as", "is", "was", "are", "were", "has", "have"],
    ]
}
