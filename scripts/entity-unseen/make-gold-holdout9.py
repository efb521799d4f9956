#!/usr/bin/env python3
"""Writes holdout9-gold.json for the articles in holdout9/ (same format and conventions as make-gold.py).
holdout9 was written in session 7 and scored once, untouched, before any rule change for it; every country, person,
place and organization is new to the earlier sets and the seeds: Tanzania and Burundi (a railway), Sri Lanka and the
Maldives (ports) in English, Gabon and the Republic of Congo (a road) in French, Honduras and El Salvador (the Gulf
of Fonseca) in Spanish, Czechia and Slovakia (a hydrogen pipeline, German exonyms Prag/Brünn) in German, Bình
Phước and Mozambique (cashews) in Vietnamese, Bulgaria and Greece (a gas interconnector) and Venezuela and Cuba
(oil; Spanish names in Cyrillic) in Russian, Nepal and India (a power line; transliterated names with a middle dot,
…县, …河, …邦) in Chinese, Lebanon and Cyprus (a power cable; Greek names in Arabic script) in Arabic.
Entities are (type, canonical, [aliases...]): inflected forms seen in the text and the spellings a careful reader
would accept; titles are not part of a name, generic words before a place (tỉnh, huyện, cảng, province de, штат,
реки, جزيرة) are aliases."""
import os
from goldlib import P, O, L, write_gold
G = {
 "91_en.txt": ("en", ["TZ", "BI", "RW"], [
  (L, "Dodoma", ["DODOMA"]), (L, "Uvinza", []), (L, "Musongati", []), (P, "Halima Mwakasege", ["Mwakasege"]),
  (L, "Malagarasi River", ["Malagarasi"]), (L, "Gitega", []), (P, "Léonce Ndayizeye", ["Ndayizeye"]),
  (O, "Tanzania Railways Corporation", ["TRC"]), (L, "Morogoro", []), (L, "Tabora", []),
  (P, "Baraka Kisanga", ["Kisanga"]), (O, "Ndovu Infrastructure Group", ["Ndovu"]), (L, "Arusha", []),
  (O, "Trade and Development Bank", ["TDB"]), (O, "OPEC Fund for International Development", ["OPEC Fund"]),
  (O, "Ministry of Finance", ["Burundi's Ministry of Finance", "Burundian Ministry of Finance"]),
  (O, "Ministry of Infrastructure", ["Rwandan Ministry of Infrastructure"]), (L, "Kigali", []), (L, "Isaka", []),
  (P, "Grace Mwamba", ["Mwamba"]), (O, "Serengeti Capital", []), (L, "Mwanza", []), (L, "Kasulu", []),
  (L, "Manyovu", [])]),
 "92_en.txt": ("en", ["LK", "MV"], [
  (L, "Colombo", ["COLOMBO"]), (L, "Hambantota", []), (L, "Thilafushi", ["Thilafushi port"]), (L, "Malé", ["Male"]),
  (P, "Nimal Jayasekara", ["Jayasekara"]), (P, "Aishath Shazna", ["Shazna"]),
  (O, "Sri Lanka Ports Authority", ["SLPA"]), (O, "Maldives Ports Limited", ["MPL"]), (L, "Trincomalee", []),
  (L, "Hulhumalé", ["Hulhumale"]), (O, "Maldives Monetary Authority", ["MMA"]),
  (P, "Ruwan Weerasinghe", ["Weerasinghe"]), (O, "Lanka Maritime Advisory", []), (L, "Galle", []),
  (L, "Kochi", ["Cochin"]), (L, "Addu City", ["Addu"]),
  (O, "Maldives Industrial Fisheries Company", ["MIFCO"])]),
 "93_fr.txt": ("fr", ["GA", "CG"], [
  (L, "Libreville", ["LIBREVILLE"]), (L, "Ndendé", []), (L, "Ngounié", ["province de la Ngounié", "la Ngounié"]),
  (L, "Dolisie", []), (O, "ministère des Travaux publics", ["ministère gabonais des Travaux publics"]),
  (P, "Hervé Mboumba Nzamba", ["Mboumba Nzamba"]), (P, "Firmin Ngoulou-Mavoungou", ["Ngoulou-Mavoungou"]),
  (O, "Banque de développement des États de l'Afrique centrale", ["BDEAC", "Development Bank of Central African States"]),
  (L, "Pointe-Noire", []), (L, "Franceville", []), (L, "Nyanga", ["la Nyanga"]),
  (P, "Clarisse Moukagni-Ibinga", ["Moukagni-Ibinga"]),
  (O, "Agence nationale des grands travaux d'infrastructures", ["ANGTI"]), (O, "Batimex Gabon", ["Batimex"]),
  (O, "Société congolaise de travaux routiers", ["SCTR"]), (L, "Doussala", []), (L, "Niari", ["le Niari"]),
  (L, "Mouila", []), (P, "Paul-Marie Ndong", ["Ndong"])]),
 "94_es.txt": ("es", ["HN", "SV", "NI", "ES"], [
  (L, "Tegucigalpa", ["TEGUCIGALPA"]), (L, "Amapala", []), (L, "isla del Tigre", ["Isla del Tigre", "Tigre"]),
  (L, "golfo de Fonseca", ["Fonseca", "Gulf of Fonseca"]), (P, "Dunia Carolina Paz Maradiaga", ["Paz Maradiaga"]),
  (P, "Rigoberto Alfaro Menjívar", ["Alfaro Menjívar"]), (L, "La Unión", []),
  (O, "Comisión Ejecutiva Portuaria Autónoma", ["CEPA"]),
  (O, "Agencia Española de Cooperación Internacional para el Desarrollo",
   ["AECID", "Spanish Agency for International Development Cooperation"]),
  (P, "Marcela Ortiz Quiñónez", ["Ortiz Quiñónez"]), (L, "Choluteca", []), (L, "San Lorenzo", []),
  (O, "Empresa Nacional Portuaria", ["ENP"]), (L, "Puerto Cortés", []), (P, "Santos Ulloa", ["Ulloa"]),
  (O, "Pescadores Unidos del Golfo", ["cooperativa Pescadores Unidos del Golfo"]),
  (O, "Cámara de Comercio e Industria de Usulután", []), (L, "Puerto El Triunfo", [])]),
 "95_de.txt": ("de", ["CZ", "SK"], [
  (L, "Prag", ["PRAG", "Prague", "Praha"]), (L, "Brünn", ["Brno"]), (L, "Bratislava", ["Pressburg"]),
  (P, "Radim Kopecký", ["Kopecký"]), (P, "Marek Hudec", ["Hudec"]), (L, "Břeclav", ["Lundenburg"]),
  (O, "MorGas Transit", ["MorGas"]), (O, "Vodíková sieť a.s.", ["Vodíková sieť"]), (O, "Východná Oceľ", []),
  (L, "Košice", ["Kaschau"]), (P, "Peter Baláž", ["Baláž"]), (L, "Žilina", ["Sillein"]),
  (O, "Tschechischer Verband für saubere Energie",
   ["Tschechischen Verband für saubere Energie", "Tschechischen Verbandes für saubere Energie", "Verband für saubere Energie"]),
  (P, "Jana Kolářová", ["Kolářová"]), (L, "Südmähren", ["South Moravia"]), (L, "Thaya", ["Dyje"]), (L, "Trnava", [])]),
 "96_vi.txt": ("vi", ["VN", "MZ", "TZ", "GW"], [
  (L, "Bình Phước", ["tỉnh Bình Phước", "BÌNH PHƯỚC"]),
  (O, "Ủy ban nhân dân tỉnh Bình Phước", ["UBND tỉnh Bình Phước", "Ủy ban nhân dân tỉnh", "UBND tỉnh", "UBND"]),
  (L, "Nampula", ["tỉnh Nampula"]), (L, "Đồng Xoài", ["thành phố Đồng Xoài"]), (P, "Trần Văn Khải", []),
  (P, "Amélia Nhantumbo", ["Nhantumbo"]), (O, "Viện Nghiên cứu Nông nghiệp Mozambique", ["IIAM"]),
  (O, "Viện Khoa học Kỹ thuật Nông nghiệp miền Nam", []), (P, "Lê Quang Hiếu", []),
  (O, "Hiệp hội Điều Việt Nam", ["Vinacas", "Vietnam Cashew Association"]), (L, "Bình Dương", []), (L, "Đồng Nai", []),
  (O, "Công ty Cổ phần Chế biến Hạt điều Lộc Ninh", ["Chế biến Hạt điều Lộc Ninh", "Hạt điều Lộc Ninh"]),
  (L, "Nacala", ["cảng Nacala"]), (P, "Phạm Thị Thu Hà", []), (L, "Cát Lái", ["cảng Cát Lái"]),
  (L, "Bù Đăng", ["huyện Bù Đăng"])]),
 "97_ru.txt": ("ru", ["BG", "GR"], [
  (P, "Стефан Маринов", ["Маринова", "Stefan Marinov"]), (P, "Никос Папаянопулос", ["Папаянопулос", "Nikos Papagiannopoulos"]),
  (L, "София", ["Софии", "Sofia"]), (L, "Стара-Загора", ["Стара-Загорой", "Stara Zagora"]), (L, "Комотини", ["Komotini"]),
  (O, "ICGB", []), (O, "Булгартрансгаз", ["«Булгартрансгаз»", "Bulgartransgaz"]), (O, "IGI Poseidon", []),
  (P, "Теодора Йорданова", []), (L, "Кырджали", ["Kardzhali"]),
  (L, "Александруполис", ["Александруполиса", "Alexandroupolis"]),
  (O, "Черноморский банк торговли и развития",
   ["Черноморским банком торговли и развития", "Black Sea Trade and Development Bank", "BSTDB"]),
  (P, "Ставрос Кацанис", []), (L, "Хасково", ["общины Хасково", "Haskovo"]), (P, "Милена Стоилова", []),
  (L, "Арда", ["реки Арда", "Arda"]), (L, "Пловдив", ["Пловдива", "Plovdiv"]),
  (O, "Министерство окружающей среды и водных ресурсов Болгарии", ["Министерство окружающей среды и водных ресурсов"])]),
 "98_ru.txt": ("ru", ["VE", "CU"], [
  (P, "Орландо Бетанкур Рамирес", ["Бетанкура", "Бетанкур Рамирес", "Orlando Betancourt Ramírez"]),
  (P, "Ямиле Кастильо Ортис", ["Кастильо Ортис"]), (L, "Каракас", ["Каракасе", "Caracas"]),
  (L, "Хосе", ["терминал Хосе", "терминала Хосе", "Jose", "José"]), (L, "Ансоатеги", ["штате Ансоатеги", "Anzoátegui"]),
  (L, "Сьенфуэгос", ["Сьенфуэгосе", "Cienfuegos"]), (O, "PDVSA", []), (O, "Cupet", []),
  (P, "Рауль Эстрада Пинеда", []), (L, "Гавана", ["Гаване", "Havana"]), (L, "Сантьяго-де-Куба", ["Santiago de Cuba"]),
  (L, "Матансас", ["Матансасе", "Matanzas"]), (O, "Bandes", []), (L, "Маракайбо", ["Maracaibo"]),
  (P, "Андрес Соса Гомес", []), (L, "Сулия", ["штата Сулия", "Zulia"])]),
 "99_zh.txt": ("zh", ["NP", "IN"], [
  (L, "加德满都", ["Kathmandu"]),
  (O, "能源、水资源和灌溉部", ["尼泊尔能源、水资源和灌溉部", "Ministry of Energy, Water Resources and Irrigation"]),
  (P, "比什努·普拉萨德·卡德加", ["卡德加", "Bishnu Prasad Khadga"]), (O, "电力部", ["印度电力部", "Ministry of Power"]),
  (P, "阿南德·梅赫拉", ["梅赫拉", "Anand Mehra"]), (L, "布特瓦尔", ["Butwal"]), (L, "戈勒克布尔", ["Gorakhpur"]),
  (O, "尼泊尔电力局", ["Nepal Electricity Authority", "NEA"]),
  (O, "印度电网公司", ["Power Grid Corporation of India", "POWERGRID"]), (L, "北方邦", ["印度北方邦", "Uttar Pradesh"]),
  (O, "印度能源交易所", ["Indian Energy Exchange", "IEX"]), (L, "戈尔卡县", ["戈尔卡", "Gorkha"]),
  (L, "辛杜帕尔乔克县", ["辛杜帕尔乔克", "Sindhupalchok"]), (O, "尼泊尔投资委员会", ["投资委员会", "Investment Board Nepal"]),
  (P, "拉克什米·古隆", ["Lakshmi Gurung"]), (L, "卡利甘达基河", ["卡利甘达基", "Kali Gandaki"]),
  (O, "博卡拉工商会", ["Pokhara Chamber of Commerce and Industry"]), (P, "普拉卡什·阿迪卡里", ["Prakash Adhikari"]),
  (L, "奇特旺国家公园", ["奇特旺", "Chitwan National Park"]),
  (O, "印度进出口银行", ["Export-Import Bank of India", "Exim Bank"])]),
 "100_ar.txt": ("ar", ["LB", "CY", "GR"], [
  (P, "جورج نقولا حداد", ["حداد", "George Nicolas Haddad"]), (P, "أندرياس كوستانتينو", ["كوستانتينو", "Andreas Constantinou"]),
  (L, "بيروت", ["Beirut"]), (L, "الزهراني", ["Zahrani"]), (L, "ليماسول", ["Limassol"]),
  (O, "مؤسسة كهرباء لبنان", ["Electricité du Liban", "EDL"]), (L, "صيدا", ["Sidon", "Saida"]),
  (O, "هيئة كهرباء قبرص", ["Electricity Authority of Cyprus", "EAC"]), (L, "كريت", ["جزيرة كريت", "Crete"]),
  (O, "الصندوق العربي للإنماء الاقتصادي والاجتماعي", ["الصندوق العربي", "Arab Fund for Economic and Social Development"]),
  (P, "ريم عبد الرحيم الخطيب", ["الخطيب"]), (O, "مجلس النواب اللبناني", ["مجلس النواب", "Lebanese Parliament"]),
  (O, "غرفة التجارة والصناعة والزراعة في صيدا والجنوب", ["Chamber of Commerce, Industry and Agriculture in Sidon and the South"]),
  (P, "سمير فؤاد البزري", ["البزري"]), (L, "النبطية", ["Nabatieh"]), (L, "صور", ["Tyre"]), (L, "نيقوسيا", ["Nicosia"]),
  (P, "ستيليوس ميخائيليدس", ["Stelios Michaelides"])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout9", "holdout9-gold.json", G)
