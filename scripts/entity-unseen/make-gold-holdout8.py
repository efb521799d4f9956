#!/usr/bin/env python3
"""Writes holdout8-gold.json for the articles in holdout8/ (same format and conventions as make-gold.py).
holdout8 was written in session 6 and scored once before any rule change for it: Russian (Serbia and Hungary with
Serbian names, Iraq and Russia with Arabic names in Cyrillic, Kyrgyzstan and Uzbekistan: oblique cases, порт/станция,
reservoirs and rivers), Chinese (Ethiopia and Djibouti, Indonesia, Myanmar: …站, …港, …经济特区, …工业园, names with a
middle dot, Myanmar names with 吴/杜), Arabic (Iraq and Turkey, Libya and Italy, Bahrain and Saudi Arabia: cities with
no cue word after في/إلى/عبر, given names with the article, بن chains, Latin acronyms) and one Ukrainian article
(Ukraine and Poland; the detector says "uk"). Entities are (type, canonical, [aliases...]): inflected forms seen in
the text and the spellings a careful reader would accept; titles are not part of a name, generic words before a place
(ميناء, مدينة, حوض, станция) are aliases."""
import os
from goldlib import P, O, L, write_gold
G = {
 "81_ru.txt": ("ru", ["RS", "HU", "RU", "HR"], [
  (P, "Драгана Йованович", ["Йованович", "Dragana Jovanović"]), (P, "Чаба Ланцош", ["Ланцош", "Csaba Lantos"]),
  (L, "Белград", ["Белграде", "Belgrade"]), (L, "Нови-Сад", ["Нови-Садом", "Нови-Сада", "Novi Sad"]),
  (L, "Сегед", ["Сегедом", "Szeged"]), (O, "Транснафта", ["«Транснафта»", "«Транснафты»", "Транснафты", "Transnafta"]),
  (O, "MOL", ["MOL Group"]), (P, "Миленко Стоядинович", []), (L, "Суботица", ["Суботицу", "Subotica"]),
  (L, "Хоргош", ["Horgoš"]), (L, "Сазхаломбатта", ["Сазхаломбатте", "Százhalombatta"]), (L, "Панчево", ["Pančevo"]),
  (O, "Naftna Industrija Srbije", ["NIS"]), (O, "JANAF", []), (L, "Омишаль", ["порт Омишаль", "Omišalj"]),
  (O, "Европейский банк реконструкции и развития",
   ["Европейским банком реконструкции и развития", "ЕБРР", "EBRD", "European Bank for Reconstruction and Development"]),
  (P, "Ирина Гавриленко", []), (P, "Жарко Мичин", ["Žarko Mićin"]), (L, "Руменка", ["Rumenka"])]),
 "82_ru.txt": ("ru", ["IQ", "RU", "TR", "CN", "IT"], [
  (P, "Хайян Абдель-Гани", ["Абдель-Гани", "Hayyan Abdul Ghani"]), (L, "Багдад", ["Багдаде", "Baghdad"]),
  (P, "Олег Кравцов", ["Олегом Кравцовым", "Кравцов"]),
  (L, "Западная Курна-2", ["Западная Курна", "West Qurna-2", "West Qurna"]), (O, "Лукойл", ["«Лукойл»", "Lukoil"]),
  (P, "Мустафа Джабар аль-Саади", ["аль-Саади"]), (L, "Басра", ["Басры", "провинции Басра", "Basra"]),
  (L, "Умм-Каср", ["порт Умм-Каср", "Umm Qasr"]), (L, "Искендерун", ["Искендеруна", "Iskenderun"]),
  (O, "Basra Oil Company", []), (P, "Асаад аль-Ейдани", ["аль-Ейдани"]), (L, "Эз-Зубайр", ["Zubair", "Az Zubayr"]),
  (L, "Курна", ["Курне", "Qurna"]), (O, "Министерство нефти Ирака", ["Министерстве нефти Ирака", "Министерство нефти"]),
  (L, "Насирия", ["Насирии", "Nasiriyah"]), (O, "CNPC", []), (O, "Eni", []), (L, "Дубай", ["Дубае", "Dubai"])]),
 "83_ru.txt": ("ru", ["KG", "UZ", "CN", "TR", "KZ"], [
  (P, "Нурлан Осмоналиев", ["Осмоналиева"]), (P, "Бахтиёр Юлдашев", ["Юлдашев"]), (L, "Ташкент", ["Ташкенте", "Tashkent"]),
  (L, "Камбаратинская ГЭС-1", ["Камбаратинской ГЭС-1", "Камбаратинская ГЭС", "Камбаратинской ГЭС", "Kambarata-1"]),
  (L, "Нарын", ["Naryn"]), (O, "PowerChina", []), (O, "Limak", []),
  (O, "Всемирный банк", ["Всемирным банком", "World Bank"]),
  (O, "Азиатский банк развития", ["Азиатским банком развития", "Asian Development Bank", "ADB"]),
  (L, "Андижанское водохранилище", ["Андижанском водохранилище", "Andijan Reservoir"]), (P, "Айбек Тологонов", []),
  (L, "Токтогул", ["Токтогула", "Toktogul"]), (L, "Кара-Куль", ["Kara-Kul"]), (L, "Джалал-Абад", ["станции Джалал-Абад", "Jalal-Abad"]),
  (O, "Самрук-Энерго", ["«Самрук-Энерго»", "Samruk-Energy"]), (P, "Динара Сейтказиева", []),
  (L, "Туркестанская область", ["Туркестанскую область", "Turkistan Region"]), (L, "Бишкек", ["Бишкеке", "Bishkek"])]),
 "84_zh.txt": ("zh", ["ET", "DJ", "CN"], [
  (O, "新华社", ["Xinhua"]), (L, "亚的斯亚贝巴", ["Addis Ababa"]), (O, "交通和物流部", ["埃塞俄比亚交通和物流部"]),
  (P, "阿莱穆·西梅", ["Alemu Sime"]), (O, "埃塞俄比亚—吉布提铁路股份公司", ["埃塞俄比亚-吉布提铁路股份公司"]),
  (L, "德雷达瓦", ["Dire Dawa"]), (L, "莫焦站", ["莫焦", "Modjo"]), (L, "吉布提港", ["Port of Djibouti"]),
  (P, "塔卡莱·乌马", ["Takele Uma"]), (O, "中国土木工程集团有限公司", ["中国土木工程集团", "CCECC"]), (P, "蒋正文", []),
  (P, "陈海", ["Chen Hai"]), (L, "东方工业园", ["Eastern Industrial Zone"]), (L, "阿达玛", ["Adama"]), (L, "哈瓦萨", ["Hawassa"]),
  (O, "吉布提港口与自由区管理局", ["Djibouti Ports and Free Zones Authority"]),
  (P, "阿布巴卡尔·奥马尔·哈迪", ["Aboubaker Omar Hadi"]), (L, "多哈雷多功能港", ["多哈雷", "多哈雷港", "Doraleh"]),
  (L, "蒙巴萨", ["Mombasa"])]),
 "85_zh.txt": ("zh", ["ID", "CN"], [
  (O, "新华社", ["Xinhua"]), (L, "雅加达", ["Jakarta"]), (P, "阿古斯·哈尔约诺", ["阿古斯"]), (L, "哈利姆站", ["哈利姆", "Halim"]),
  (L, "德卡鲁尔站", ["德卡鲁尔", "Tegalluar"]), (L, "泗水", ["Surabaya"]), (L, "三宝垄", ["Semarang"]), (L, "日惹", ["Yogyakarta"]),
  (O, "印尼中国高铁有限公司", ["KCIC"]), (P, "德维扬娜·斯拉梅特", []), (L, "万隆", ["万隆市", "Bandung"]),
  (L, "西爪哇省", ["西爪哇", "West Java"]), (O, "中国国家铁路集团有限公司", ["国铁集团", "China State Railway Group"]),
  (P, "刘建平", []), (P, "王鲁彤", ["Wang Lutong"]), (L, "巴淡岛经济特区", ["巴淡岛", "Batam"]),
  (L, "北加里曼丹工业园", ["北加里曼丹", "North Kalimantan Industrial Park"]), (O, "国有企业部", ["印尼国有企业部"]),
  (P, "里兹基·普拉塔马", []), (L, "丹戎不碌港", ["丹戎不碌", "Tanjung Priok"]), (L, "丹戎佩拉港", ["丹戎佩拉", "Tanjung Perak"])]),
 "86_zh.txt": ("zh", ["MM", "CN"], [
  (O, "新华社", ["Xinhua"]), (L, "内比都", ["Naypyidaw", "Nay Pyi Taw"]),
  (O, "投资和对外经济关系部", ["缅甸投资和对外经济关系部"]), (P, "吴丹梭敏", ["丹梭敏", "U Than Soe Min"]),
  (L, "皎漂经济特区", ["Kyaukphyu Special Economic Zone"]), (L, "皎漂", ["皎漂镇", "皎漂港", "Kyaukphyu"]),
  (O, "中国中信集团有限公司", ["中信集团", "CITIC"]), (P, "周立群", []), (O, "皎漂经济特区管理委员会", []),
  (L, "若开邦", ["Rakhine"]), (O, "缅甸港务局", ["港务局", "Myanma Port Authority"]), (P, "杜钦貌埃", ["钦貌埃"]),
  (L, "仰光", ["Yangon"]), (L, "迪拉瓦港", ["迪拉瓦", "Thilawa"]), (L, "曼德勒", ["Mandalay"]), (L, "木姐", ["Muse"]),
  (L, "云南省", ["云南", "Yunnan"]), (L, "瑞丽市", ["瑞丽", "Ruili"]), (P, "马佳", ["Ma Jia"]),
  (L, "密支那经济合作区", ["密支那", "Myitkyina"]), (L, "腊戌", ["Lashio"])]),
 "87_ar.txt": ("ar", ["IQ", "TR", "QA", "AE"], [
  (L, "ميناء الفاو الكبير", ["الفاو", "ميناء الفاو", "Grand Faw Port", "Al-Faw"]), (L, "بغداد", ["Baghdad"]),
  (P, "حيدر عبد الكريم الموسوي", ["الموسوي"]), (P, "أنور يلماز", ["يلماز", "Enver Yilmaz"]),
  (O, "الشركة العامة لموانئ العراق", ["General Company for Ports of Iraq"]), (L, "البصرة", ["Basra"]),
  (L, "الناصرية", ["Nasiriyah"]), (L, "الموصل", ["Mosul"]), (L, "فيشخابور", ["معبر فيشخابور", "Fishkhabur"]),
  (L, "مرسين", ["ميناء مرسين", "Mersin"]), (O, "مصرف التجارة العراقي", ["Trade Bank of Iraq", "TBI"]),
  (O, "بنك زراعات", ["Ziraat Bank", "Ziraat Bankasi"]), (P, "محمد عبد الله الجبوري", ["الجبوري"]), (L, "نينوى", ["Nineveh"])]),
 "88_ar.txt": ("ar", ["LY", "IT", "AT"], [
  (P, "عبد المجيد الفيتوري", ["الفيتوري"]), (P, "ماركو بيلوتي", ["بيلوتي", "Marco Belotti"]), (L, "طرابلس", ["Tripoli"]),
  (O, "المؤسسة الوطنية للنفط", ["National Oil Corporation", "NOC"]), (O, "Eni", ["شركة Eni"]),
  (L, "بحر السلام", ["حقل بحر السلام", "Bahr Essalam"]), (L, "مليتة", ["مجمع مليتة", "Mellitah"]),
  (L, "صقلية", ["جزيرة صقلية", "Sicily"]), (L, "روما", ["Rome"]), (L, "غدامس", ["مدينة غدامس", "Ghadames"]),
  (O, "SACE", ["وكالة SACE"]), (P, "سالم الطاهر الزوي", ["الزوي"]), (L, "حوض سرت", ["سرت", "Sirte Basin"]),
  (L, "حوض مرزق", ["مرزق", "Murzuq Basin"]), (O, "OMV", ["شركة OMV"]), (L, "بنغازي", ["Benghazi"])]),
 "89_ar.txt": ("ar", ["BH", "SA", "KW"], [
  (P, "عبدالرحمن بن خالد المناعي", ["المناعي"]), (P, "ماجد بن عبدالعزيز الشهري", ["الشهري"]), (L, "المنامة", ["Manama"]),
  (L, "جسر الملك حمد", ["King Hamad Causeway"]), (L, "جسر الملك فهد", ["King Fahd Causeway"]),
  (L, "الجفير", ["منطقة الجفير", "Juffair"]), (L, "الخبر", ["Khobar", "Al Khobar"]), (L, "الدمام", ["Dammam"]),
  (O, "الشركة السعودية للخطوط الحديدية", ["سار", "SAR", "Saudi Railway Company"]), (L, "الرياض", ["Riyadh"]),
  (O, "المؤسسة العامة لجسر الملك فهد", ["King Fahd Causeway Authority"]), (P, "خالد بن يوسف الدوسري", ["الدوسري"]),
  (O, "الصندوق الكويتي للتنمية الاقتصادية العربية", ["Kuwait Fund for Arab Economic Development", "Kuwait Fund"])]),
 "90_uk.txt": ("uk", ["UA", "PL"], [
  (P, "Віталій Гнатюк", ["Гнатюка"]), (P, "Пйотр Маліновський", ["Маліновський", "Piotr Malinowski"]),
  (L, "Варшава", ["Варшаві", "Warsaw"]), (L, "Нижанковичі", ["Nyzhankovychi"]), (L, "Мальховичі", ["Malhowice"]),
  (L, "Ягодин", ["Ягодині", "Yahodyn"]), (L, "Львів", ["Львовом", "Lviv"]), (L, "Перемишль", ["Перемишлем", "Перемишля", "Przemyśl"]),
  (O, "Укрзалізниця", ["«Укрзалізниця»", "АТ «Укрзалізниця»", "Ukrzaliznytsia"]), (P, "Ярослав Мельничук", []),
  (O, "Північний інвестиційний банк", ["Північного інвестиційного банку", "Nordic Investment Bank"]),
  (L, "Мостиська", ["станції Мостиська", "Mostyska"]), (O, "Львівська обласна рада", ["Львівської обласної ради"]),
  (P, "Ірина Гримак", []), (L, "Самбір", ["Самборі", "Sambir"]),
  (O, "Державна митна служба України", ["Державна митна служба"])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout8", "holdout8-gold.json", G)
