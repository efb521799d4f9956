#!/usr/bin/env python3
"""Writes holdout11-gold.json for the articles in holdout11/ (same format and conventions as make-gold.py).
holdout11 was written in session 8 and scored once, untouched, before any rule change for it; every person, place and
organization is new to the earlier sets, the seeds and the knowledge base (but for a few datelines and capitals):
Belarus and Zimbabwe (combines; BelTA, initials, instrumental case), Russia and Vietnam (a grain terminal; Vietnamese
names in Cyrillic), the EAEU and Egypt (a free-trade zone; Arabic names in Cyrillic) and a Kazinform story on Qatar in
Kyzylorda (Kazakh -улы names, «quoted» corporations) in Russian; the China-Kyrgyzstan-Uzbekistan railway (a
Politburo title chain), a Chile lithium project (Spanish names with ·) and the Friendship Pass border crossing
(Vietnamese names in Chinese, provincial committees) in Chinese; the UAE and Uzbekistan (WAM: titles before and after
names), Kuwait and Vietnam (KUNA: the Nghi Son refinery) and Syria and Belarus (SANA: a chamber of industry, the
People's Assembly, clitics) in Arabic.
Entities are (type, canonical, [aliases...]): inflected forms seen in the text and the spellings a careful reader
would accept; titles are not part of a name, generic words before a place (провинции, реки, порт, ولاية, ميناء) are
aliases."""
import os
from goldlib import P, O, L, write_gold
G = {
 "111_ru.txt": ("ru", ["BY", "ZW", "MZ"], [
  (O, "БЕЛТА", ["БелТА", "BelTA"]), (L, "Гверу", ["ГВЕРУ", "Gweru"]),
  (P, "Дмитрий Кухаревич", ["Д. А. Кухаревич", "Д. А. Кухаревича", "Кухаревич", "Кухаревича"]),
  (P, "Тендай Мукарати", ["Мукарати", "Tendai Mukarati"]),
  (O, "Министерство промышленности Беларуси", ["Минпром", "Минпрома", "Министерство промышленности"]),
  (O, "Мидлендс Агротек", ["«Мидлендс Агротек»", "Midlands Agrotech"]),
  (O, "Бобруйскагромаш", ["«Бобруйскагромаш»", "ОАО «Бобруйскагромаш»", "Bobruiskagromash"]),
  (O, "Chitungwiza Farm Equipment", []), (L, "Бейра", ["порт Бейра", "Beira"]), (L, "Мутаре", ["Mutare"]),
  (L, "Мидлендс", ["провинции Мидлендс", "провинция Мидлендс", "Midlands"]),
  (L, "Мкоба", ["промышленной зоне Мкоба", "промышленная зона Мкоба", "Mkoba"]),
  (L, "Саби", ["реки Саби", "река Саби", "Sabi", "Save"]),
  (O, "Банк развития Республики Беларусь", ["Development Bank of the Republic of Belarus"]),
  (P, "Н. В. Ермакович", ["Ермакович"]), (L, "Булавайо", ["Bulawayo"]),
  (L, "Матабелеленд-Север", ["провинции Матабелеленд-Север", "Matabeleland North"]),
  (P, "Ричард Мойо", ["Ричардом Мойо", "Мойо", "Richard Moyo"]), (L, "Бобруйск", ["Бобруйске", "Bobruisk", "Babruysk"])]),
 "112_ru.txt": ("ru", ["RU", "VN", "AU", "CA"], [
  (O, "ТАСС", ["TASS"]), (L, "Ханой", ["ХАНОЙ", "Ханое", "Hanoi"]),
  (O, "Агроэкспорт-Юг", ["«Агроэкспорт-Юг»", "«Агроэкспорт-Юга»", "Агроэкспорт-Юга"]), (O, "Vinalines", []),
  (L, "Кайлан", ["порт Кайлан", "порту Кайлан", "Cái Lân", "Cai Lan"]),
  (L, "Куангнинь", ["провинции Куангнинь", "Quảng Ninh", "Quang Ninh"]),
  (P, "Виталий Оболенцев", ["Виталия Оболенцева", "Оболенцев", "Оболенцева"]), (P, "Ле Ань Шон", ["Lê Anh Sơn"]),
  (L, "Тамань", ["порта Тамань", "Taman"]), (P, "Нгуен Тхи Лан Хыонг", ["Nguyễn Thị Lan Hương"]),
  (P, "Ву Ван Зьеп", ["Vũ Văn Diệp"]),
  (O, "Народный комитет провинции Куангнинь", ["народного комитета провинции Куангнинь", "People's Committee of Quảng Ninh"]),
  (L, "Вандон", ["экономической зоне Вандон", "экономическая зона Вандон", "Vân Đồn", "Van Don"]),
  (L, "Батьданг", ["реки Батьданг", "Bạch Đằng", "Bach Dang"]),
  (O, "Российский экспортный центр", ["РЭЦ", "Russian Export Center", "REC"]), (P, "Е. В. Кармазина", ["Кармазина"])]),
 "113_ru.txt": ("ru", ["EG", "RU", "BY"], [
  (O, "ТАСС", ["TASS"]), (L, "Москва", ["МОСКВА", "Moscow"]),
  (O, "Евразийская экономическая комиссия", ["ЕЭК", "Eurasian Economic Commission", "EEC"]),
  (O, "Евразийский экономический союз",
   ["Евразийским экономическим союзом", "Евразийского экономического союза", "ЕАЭС", "EAEU", "Eurasian Economic Union"]),
  (P, "Эдуард Гайдамак", ["Гайдамака", "Гайдамак"]), (L, "Каир", ["Каире", "Cairo"]),
  (P, "Шериф Абдель-Латиф Мансур", ["Шерифа Мансура", "Шериф Мансур", "Мансур", "Мансура", "Sherif Abdel-Latif Mansour"]),
  (L, "Российская промышленная зона", ["Российской промышленной зоны", "Russian Industrial Zone"]),
  (L, "Восточный Порт-Саид", ["Восточном Порт-Саиде", "Порт-Саид", "East Port Said"]),
  (O, "Генеральное управление экономической зоны Суэцкого канала",
   ["Генерального управления экономической зоны Суэцкого канала", "SCZONE",
    "General Authority for the Suez Canal Economic Zone"]),
  (P, "Валид Фаузи Осман", ["Осман", "Walid Fawzi Othman"]), (L, "Эль-Сохна", ["порт Эль-Сохна", "Ain Sokhna", "Sokhna"]),
  (L, "Исмаилия", ["Исмаилии", "Ismailia"]),
  (O, "ШОС", ["Шанхайская организация сотрудничества", "SCO", "Shanghai Cooperation Organisation"])]),
 "114_ru.txt": ("ru", ["QA", "KZ"], [
  (O, "КАЗИНФОРМ", ["Казинформ", "Kazinform"]), (L, "Кызылорда", ["КЫЗЫЛОРДА", "Kyzylorda"]), (O, "Hassad Food", []),
  (O, "Байконыр", ["«Байконыр»", "СПК «Байконыр»", "Baikonyr"]),
  (L, "Шиелийский район", ["Шиелийском районе", "Шиелийского района", "Shieli District"]),
  (L, "Кызылординская область", ["Кызылординской области", "Кызылординский регион", "Kyzylorda Region"]),
  (P, "Ерлан Жаксылыкулы", ["Ерлана Жаксылыкулы", "Жаксылыкулы"]),
  (P, "Абдулрахман бин Хамад аль-Мари", ["аль-Мари", "Abdulrahman bin Hamad Al-Marri"]),
  (L, "Кумколь", ["Kumkol"]), (L, "Сырдарья", ["Сырдарьи", "Syr Darya"]),
  (L, "Персидский залив", ["Персидского залива", "Persian Gulf"]), (L, "Курык", ["порт Курык", "Kuryk"]),
  (L, "Каспий", ["Каспии", "Caspian Sea", "Каспийское море"]),
  (O, "Аграрная кредитная корпорация", ["«Аграрная кредитная корпорация»", "АО «Аграрная кредитная корпорация»",
                                       "Agrarian Credit Corporation"]),
  (P, "Мадина Сериковна Оразбаева", ["Мадина Оразбаева", "Оразбаева"]), (P, "Нурлан Абенов", ["Абенов"]),
  (L, "Тартогай", ["Tartogay"]), (L, "Жулек", ["Zhulek"]), (L, "Жезказган", ["Zhezkazgan"])]),
 "115_zh.txt": ("zh", ["KG", "UZ", "CN"], [
  (O, "新华社", ["Xinhua"]), (L, "比什凯克", ["Bishkek"]), (L, "费尔干纳山隧道", ["费尔干纳山"]),
  (L, "贾拉拉巴德州", ["贾拉拉巴德", "Jalal-Abad Region"]), (P, "丁学文", []),
  (P, "巴克特别克·朱马卡德罗夫", ["朱马卡德罗夫", "Baktybek Zhumakadyrov"]),
  (O, "上合组织", ["上海合作组织", "SCO", "Shanghai Cooperation Organisation"]), (L, "喀什", ["Kashgar", "Kashi"]),
  (L, "吐尔尕特口岸", ["吐尔尕特", "Torugart"]), (L, "安集延", ["安集延枢纽站", "Andijan"]),
  (O, "中吉乌铁路项目公司", ["项目公司"]), (O, "中国中铁股份有限公司", ["中国中铁", "China Railway Group"]),
  (L, "纳伦河谷", ["纳伦河", "纳伦", "Naryn"]), (L, "马克马尔", ["Makmal"]), (L, "卡拉苏", ["Kara-Suu"]), (P, "邵文海", []),
  (P, "绍赫拉特·尤苏波夫", ["尤苏波夫", "Shokhrat Yusupov"]),
  (O, "交通部", ["乌兹别克斯坦交通部", "Ministry of Transport of Uzbekistan"]),
  (L, "费尔干纳盆地", ["费尔干纳", "Fergana Valley"]),
  (O, "吉尔吉斯斯坦国家铁路公司", ["Kyrgyz Temir Jolu", "KTJ"]), (L, "新疆维吾尔自治区", ["新疆", "Xinjiang"])]),
 "116_zh.txt": ("zh", ["CL", "CN"], [
  (L, "安托法加斯塔", ["安托法加斯塔大区", "Antofagasta"]), (P, "罗嘉宁", []),
  (O, "智利国家铜业公司", ["Codelco"]), (O, "天华锂能集团", ["中国天华锂能集团"]),
  (L, "阿塔卡马盐湖", ["阿塔卡马", "Salar de Atacama"]), (L, "梅希约内斯港", ["梅希约内斯", "Mejillones"]),
  (P, "卡罗琳娜·门多萨·巴斯克斯", ["门多萨", "Carolina Mendoza Vásquez"]),
  (P, "何塞·米格尔·阿兰西维亚", ["阿兰西维亚", "José Miguel Arancibia"]), (L, "洛阿河", ["Loa River", "Loa"]),
  (P, "宋卫东", []), (O, "中国国际贸易促进委员会", ["中国贸促会", "贸促会", "CCPIT"]), (P, "黄启明", []),
  (L, "卡拉马", ["Calama"]), (L, "连云港", ["连云港港", "Lianyungang"]), (O, "智利化学矿业公司", ["SQM"]),
  (O, "阿塔卡马原住民委员会", ["Atacameño Peoples Council"])]),
 "117_zh.txt": ("zh", ["CN", "VN"], [
  (O, "新华社", ["Xinhua"]), (L, "凭祥", ["凭祥市", "Pingxiang"]), (P, "覃明远", []),
  (L, "广西壮族自治区", ["广西", "Guangxi"]), (L, "友谊关口岸", ["友谊关", "Youyiguan"]),
  (L, "友谊口岸", ["Hữu Nghị"]), (P, "韦朝晖", []), (L, "凭祥综合保税区", ["Pingxiang Comprehensive Bonded Zone"]),
  (L, "同登—谅山口岸经济区", ["同登-谅山口岸经济区", "同登", "Đồng Đăng–Lạng Sơn Border Gate Economic Zone"]),
  (O, "东盟", ["ASEAN"]), (L, "谅山省", ["谅山", "Lạng Sơn"]),
  (O, "谅山省人民委员会", ["Lạng Sơn People's Committee"]), (P, "黄文政", ["Hoàng Văn Chính"]),
  (O, "工贸部", ["越南工贸部", "Ministry of Industry and Trade"]), (P, "潘氏秋香", ["Phan Thị Thu Hương"]),
  (O, "广西北部湾国际港务集团有限公司", ["广西北部湾国际港务集团", "北部湾国际港务集团", "Beibu Gulf Port Group"]),
  (L, "钦州港", ["钦州", "Qinzhou"]), (L, "海防港", ["海防", "Hai Phong"]), (L, "东兴市", ["东兴", "Dongxing"]),
  (L, "芒街市", ["芒街", "Móng Cái"]), (L, "北仑河二桥口岸", ["北仑河二桥", "北仑河"])]),
 "118_ar.txt": ("ar", ["AE", "UZ"], [
  (L, "نمنغان", ["ولاية نمنغان", "Namangan"]), (O, "وام", ["WAM", "وكالة أنباء الإمارات"]),
  (O, "نور الصحراء للطاقة", ["شركة نور الصحراء للطاقة", "Noor Al Sahraa Energy"]),
  (O, "وزارة الطاقة في جمهورية أوزبكستان", ["وزارة الطاقة", "Ministry of Energy of Uzbekistan"]),
  (P, "حمد بن راشد الكتبي", ["الكتبي"]), (P, "شوكت رحيموف", ["رحيموف", "Shavkat Rakhimov"]),
  (O, "مكتب أبوظبي للصادرات", ["أدكس", "ADEX", "Abu Dhabi Exports Office"]), (P, "سالم بن عبيد الظاهري", ["الظاهري"]),
  (L, "وادي فرغانة", ["فرغانة", "Fergana Valley"]), (L, "نهر سير داريا", ["سير داريا", "Syr Darya"]),
  (O, "الشركة الوطنية للشبكات الكهربائية في أوزبكستان", ["الشركة الوطنية للشبكات الكهربائية", "National Electric Grid of Uzbekistan"]),
  (P, "شوهرت عبد الرحمنوف", ["عبد الرحمنوف"]), (L, "تشوست", ["مدينة تشوست", "Chust"]),
  (L, "قرقل باغستان", ["جمهورية قرقل باغستان", "Karakalpakstan"])]),
 "119_ar.txt": ("ar", ["KW", "VN", "JP"], [
  (L, "ثانه هوا", ["مقاطعة ثانه هوا", "Thanh Hóa"]), (O, "كونا", ["وكالة الأنباء الكويتية", "KUNA"]),
  (O, "شركة البترول الكويتية العالمية", ["Kuwait Petroleum International", "KPI"]), (P, "مشعل سالم الهاجري", ["الهاجري"]),
  (P, "فام فان هوانغ", ["هوانغ", "Phạm Văn Hoàng"]), (L, "مصفاة نغي سون", ["نغي سون", "Nghi Son Refinery"]),
  (O, "شركة نغي سون للتكرير والبتروكيماويات", ["Nghi Son Refinery and Petrochemical", "NSRP"]),
  (O, "مجموعة بتروفيتنام الوطنية", ["بتروفيتنام", "PetroVietnam"]),
  (O, "شركة إيدميتسو كوسان", ["إيدميتسو كوسان", "Idemitsu Kosan"]), (L, "ميناء الأحمدي", ["الأحمدي", "Mina Al Ahmadi"]),
  (O, "مؤسسة البترول الكويتية", ["Kuwait Petroleum Corporation", "KPC"]),
  (L, "منطقة نغي سون الاقتصادية", ["Nghi Son Economic Zone"]),
  (O, "وزارة الصناعة والتجارة", ["Ministry of Industry and Trade"]),
  (O, "اللجنة الشعبية لمقاطعة ثانه هوا", ["People's Committee of Thanh Hóa"]), (P, "ناصر عبدالله الشمري", ["الشمري"]),
  (O, "غرفة تجارة وصناعة الكويت", ["Kuwait Chamber of Commerce and Industry", "KCCI"]), (L, "هانوي", ["Hanoi"])]),
 "120_ar.txt": ("ar", ["SY", "BY"], [
  (L, "حمص", ["ريف حمص", "Homs"]), (O, "سانا", ["SANA"]), (P, "وسيم فايز العلبي", ["العلبي"]),
  (P, "إيغور تشيرنيافسكي", ["تشيرنيافسكي", "Igor Chernyavsky"]), (L, "دمشق", ["Damascus"]),
  (O, "بيلميدبريباراتي", ["شركة بيلميدبريباراتي", "Belmedpreparaty"]),
  (L, "حسياء", ["المدينة الصناعية بحسياء", "المدينة الصناعية في حسياء", "Hasya", "Hessia"]),
  (O, "المؤسسة العامة للصناعات الكيميائية", ["General Organization for Chemical Industries"]),
  (P, "أندريه غريتسكيفيتش", ["غريتسكيفيتش"]), (L, "مينسك", ["Minsk"]), (L, "بوريسوف", ["Borisov", "Barysaw"]),
  (P, "نمير حبيب الحسن", ["الحسن"]), (L, "طرطوس", ["ميناء طرطوس", "Tartus"]),
  (O, "غرفة صناعة حمص", ["Homs Chamber of Industry"]), (P, "لبيب عصام الأتاسي", ["الأتاسي"]),
  (O, "مجلس الشعب", ["مجلس الشعب السوري", "People's Assembly"]), (P, "مازن يوسف الحمصي", ["الحمصي"]),
  (P, "رنا سليمان", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout11", "holdout11-gold.json", G)
