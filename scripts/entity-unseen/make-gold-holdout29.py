#!/usr/bin/env python3
"""Writes holdout29-gold.json for the articles in holdout29/ (same format and conventions as make-gold-holdout18.py).
holdout29 goes back to the seeds' own domain and languages (5 en, 5 fr, 4 ar): BelTA, Kazinform, VNA/TTXVN, Xinhua,
WAM, QNA and APS wire copy with long official titles, delegations, signing ceremonies, regional authorities, companies
with legal forms, universities, ports, free zones, courts, police and a sport federation, about Belarus, Vietnam,
China, Kazakhstan and partners. English: Belarus and Zimbabwe (tractors in Masvingo Province, BelTA), North Kazakhstan
and Sarawak (a halal beef complex, Kazinform), Binh Phuoc and Chile's Coquimbo region (cashew and fruit, VNA), a
Chinese-built zinc plant in Oruro (Xinhua), an embezzlement sentence in Esik (Kazinform court news); French: Vietnam
and Santa Catarina (pangasius through Itajaí, VNA), a Chinese-built cotton gin in Garoua (Xinhua), an OAIC wheat
contract with a Kazakh company in Mostaganem (APS, no agency in the dateline), Chinese wushu coaches in Antsirabe
(Xinhua, a sport federation), a drug ring broken up at the Vietnam-Laos border (VNA police news); Arabic: Ajman and
Belarus (a dairy hub in the Ajman Free Zone, WAM), Qatar and Vietnam (rice and food security, QNA), a Chinese chemicals
plant in Jubail Industrial City (Xinhua), Algeria and Belarus (a farm-machinery service centre in Tiaret, APS).
Hard cases on purpose: initials (Tendai C. Mukaranga, Bauyrzhan Y. Tleukhanov, Aigerim Sh. Mukhametkaliyeva), particles
(bin, Ben, آل, بن, أبو), hyphenated names (Chikowore-Mapfumo, Larraín-Irarrázaval, Schmitt-Bortolotto,
كوزلوفسكي-ريابوف), names after long titles, organizations of five or more words, acronyms defined in parentheses
(ZIDA, ARDA, SEDC, JAKIM, AGCID, Comibol, OAIC, EPM, ITGC, FMW, RIA2, UFSC, InvestSC, SODECOTON), elided French
(l'Office, l'Agence, d'Itajaí, l'Institut), Arabic clitics (بعجمان, بوزارة, للشركة, بتيارت, بولايتي), places inside
organizations' names, demonyms. Every person, place and organization is new to the seeds, the earlier non-sentinel
sets, knowledge-base.json and places.json (checked by grep) but for capitals (Hanoi, Doha, Minsk) and the datelines'
agencies; the sentinel sets were not opened, so a collision with them was not checked. Written, and its gold fixed
and committed, before the extractor ran on it.
Conventions (as holdout18): titles and honorifics (Professor, Dato Sri, Haji, Alhadji, M., Mme, colonel, الدكتور,
المهندس, المهندسة, السيد, سعادة) are not part of a name; a generic word before a place (port de, porte frontière de,
ميناء, ولاية, بلدية, منطقة, district, province) is an alias; zones, industrial cities, free zones, ports, border posts,
mines, rivers, regions and venues are places; akimats, courts, commissions, agencies, companies, plants, universities,
institutes, federations, fairs, chambers, embassies and ministries named as bodies are organizations. Titles'
portfolios ("Minister of State for Masvingo Provincial Affairs and Devolution", "ministre de l'Agriculture ..."),
"the Head of State" / رئيس الدولة, continents and broad regions (Africa, Southeast Asia, the Middle East, Amérique
latine, الهضاب العليا الغربية, شرق إفريقيا), competitions (Jeux des îles de l'océan Indien), programmes (رؤية 2030),
treaties (Free Trade Agreement) and the penal code are not entities. A place named only inside an organization's
name (Yenbekshikazakh, Jiujiang, Lushan, Ganzhou, Zhejiang, Jiangxi, Almaty, Luninets, Stolin) is not counted.
Countries: every country named or described by an adjective, also inside an organization's name (Department of Islamic
Development Malaysia, Anti-Corruption Agency of the Republic of Kazakhstan, Office algérien ...), never a city's
country; the UAE called only الدولة in WAM copy is not named."""
import os
from goldlib import P, O, L, write_gold
G = {
 "470_en.txt": ("en", ["BY", "ZW"], [
  (L, "Masvingo Province", ["MASVINGO", "Masvingo", "Masvingo province"]), (O, "BelTA", ["Belarusian Telegraph Agency"]),
  (O, "Embassy of Belarus in Zimbabwe", ["Embassy of Belarus", "Belarusian Embassy"]),
  (P, "Yevgeny Khvostovich", ["Khvostovich"]), (P, "Tendai C. Mukaranga", ["Tendai Mukaranga", "Mukaranga"]),
  (O, "Zimbabwe Investment and Development Agency", ["ZIDA"]),
  (P, "Rutendo N. Chikowore-Mapfumo", ["Rutendo Chikowore-Mapfumo", "Chikowore-Mapfumo"]),
  (O, "Volkovysk Machine-Building Plant", ["OJSC Volkovysk Machine-Building Plant"]),
  (O, "Agricultural and Rural Development Authority", ["ARDA"]), (L, "Chivhu", []),
  (L, "Volkovysk", ["Vawkavysk"]), (L, "Beitbridge", ["Beitbridge border post"]), (L, "Bikita", []), (L, "Zaka", []),
  (L, "Gutu", []), (L, "Tokwe River", ["Tokwe"]), (O, "Great Zimbabwe University", []),
  (O, "Polessky State University", ["Polesie State University"]), (P, "Farai Mudzengerere", ["Mudzengerere"]),
  (L, "Mimosa", ["Mimosa platinum mine", "Mimosa mine"]),
  (O, "Belarusian-Zimbabwean Joint Permanent Commission on Trade and Economic Cooperation",
   ["Belarusian-Zimbabwean Joint Permanent Commission", "Joint Permanent Commission on Trade and Economic Cooperation"]),
  (L, "Bindura", [])]),
 "471_en.txt": ("en", ["KZ", "MY"], [
  (L, "Petropavl", ["PETROPAVL", "Petropavlovsk"]), (O, "Kazinform", ["KAZINFORM"]),
  (O, "akimat of North Kazakhstan region", ["North Kazakhstan region akimat", "North Kazakhstan akimat",
   "akimat of North Kazakhstan Region"]),
  (L, "North Kazakhstan region", ["North Kazakhstan", "North Kazakhstan Region", "North Kazakhstan oblast"]),
  (L, "Sarawak", []), (O, "Sarawak Economic Development Corporation", ["SEDC"]), (L, "Mamlyut district", ["Mamlyut"]),
  (P, "Bauyrzhan Y. Tleukhanov", ["Bauyrzhan Tleukhanov", "Tleukhanov"]),
  (P, "Abang Zulkifli bin Abang Yusuf", ["Abang Zulkifli", "Zulkifli bin Abang Yusuf", "Dato Sri Abang Zulkifli"]),
  (P, "Zhandos Orynbassarov", ["Orynbassarov"]),
  (O, "Kenyalang Prime Halal Meat Sdn Bhd", ["Kenyalang Prime Halal Meat"]), (L, "Kuching", []),
  (L, "Qyzyljar industrial zone", ["Qyzyljar"]), (L, "Ayyrtau", ["Ayyrtau district"]),
  (L, "Taiynsha", ["Taiynsha district"]), (L, "Bintulu", []),
  (O, "Department of Islamic Development Malaysia", ["JAKIM"]), (O, "Halal Industry Development Centre", []),
  (O, "Spiritual Administration of Muslims of Kazakhstan", []),
  (O, "Manash Kozybayev North Kazakhstan University", ["Kozybayev University", "North Kazakhstan University"]),
  (O, "Universiti Malaysia Sarawak", ["UNIMAS"]),
  (P, "Aigerim Sh. Mukhametkaliyeva", ["Aigerim Mukhametkaliyeva", "Mukhametkaliyeva"])]),
 "472_en.txt": ("en", ["VN", "CL"], [
  (L, "Hanoi", ["Ha Noi", "Hà Nội"]), (O, "VNA", ["Vietnam News Agency"]),
  (O, "Binh Phuoc provincial People's Committee", ["Binh Phuoc Provincial People's Committee",
   "provincial People's Committee", "People's Committee"]),
  (P, "Lam Quoc Tru", ["Tru", "Lâm Quốc Trụ"]),
  (L, "Coquimbo region", ["Coquimbo", "Coquimbo Region", "port of Coquimbo", "Región de Coquimbo"]),
  (P, "Marcela Ibarra Villagrán", ["Ibarra Villagrán", "Marcela Ibarra Villagran"]),
  (L, "Dong Xoai", ["Dong Xoai city", "Đồng Xoài"]), (L, "Binh Phuoc", ["Binh Phuoc province", "Bình Phước"]),
  (L, "Talcahuano", ["Talcahuano terminal"]), (O, "Coquimbo Regional Government", ["Gobierno Regional de Coquimbo"]),
  (O, "Binh Phuoc Department of Industry and Trade", []),
  (O, "Hoang Long Cashew Processing Joint Stock Company", ["Hoang Long Cashew Processing",
   "Hoang Long Cashew Processing JSC"]),
  (O, "Exportadora Frutícola Valle del Elqui S.A.", ["Exportadora Frutícola Valle del Elqui",
   "Exportadora Fruticola Valle del Elqui"]),
  (O, "Chilean Agency for International Development Cooperation", ["AGCID"]),
  (O, "University of La Serena", ["Universidad de La Serena"]),
  (P, "Rodrigo Larraín-Irarrázaval", ["Larraín-Irarrázaval", "Rodrigo Larrain-Irarrazaval"]),
  (O, "Vietnam Trade Office in Chile", ["Vietnam Trade Office"])]),
 "473_en.txt": ("en", ["BO", "CN", "PE"], [
  (L, "Oruro", ["ORURO", "Oruro Department", "department of Oruro"]), (O, "Xinhua", []),
  (L, "Huanuni", ["municipality of Huanuni"]),
  (O, "Zhejiang Shaoxing Jinggong Mining Engineering Co., Ltd.", ["Zhejiang Shaoxing Jinggong Mining Engineering",
   "Zhejiang Shaoxing Jinggong Mining Engineering Co.", "Zhejiang Shaoxing Jinggong"]),
  (O, "Bolivian Mining Corporation", ["Comibol", "Corporación Minera de Bolivia"]),
  (P, "Johnny Vargas Choque", ["Vargas Choque"]), (P, "Wilfredo Huarachi Quisbert", ["Huarachi Quisbert"]),
  (L, "Matarani", ["port of Matarani"]), (L, "Colquiri", []), (P, "Wei Zhenglin", []), (P, "Xu Jiaming", []),
  (O, "Technical University of Oruro", ["Universidad Técnica de Oruro", "UTO"]), (L, "Shaoxing", []),
  (O, "Federation of Mining Cooperatives of Oruro", ["Fedecomin Oruro", "Fedecomin"]),
  (P, "Eusebio Choque-Condori", ["Choque-Condori"])]),
 "474_en.txt": ("en", ["KZ"], [
  (L, "Esik", ["ESIK", "Issyk"]), (O, "Kazinform", ["KAZINFORM"]),
  (O, "Specialized Inter-District Criminal Court of Yenbekshikazakh district",
   ["Specialized Inter-District Criminal Court", "Specialized Inter-District Criminal Court of Yenbekshikazakh District"]),
  (O, "Esik Su Arnasy", ["Esik Su Arnasy state municipal enterprise"]),
  (P, "Yerlan K. Dzhaksylykov", ["Yerlan Dzhaksylykov", "Dzhaksylykov"]),
  (O, "Tau-Kuat Construction LLP", ["Tau-Kuat Construction"]), (P, "Ruslan Abdrakhmanov", ["Abdrakhmanov"]),
  (O, "Anti-Corruption Agency of the Republic of Kazakhstan", ["Anti-Corruption Service", "Anti-Corruption Agency"]),
  (L, "Turgen", []), (L, "Saty", []), (P, "Dina Seitzhanova-Omarova", ["Seitzhanova-Omarova"]),
  (L, "Konaev", ["Konayev", "Kapchagay"]), (O, "Almaty Technological University", [])]),
 "475_fr.txt": ("fr", ["VN", "BR"], [
  (L, "Itajaí", ["Itajai", "port d'Itajaí"]), (O, "VNA", ["Vietnam News Agency", "TTXVN"]),
  (L, "Santa Catarina", ["État de Santa Catarina"]),
  (P, "Nguyễn Sinh Trọng Nghĩa", ["Nguyen Sinh Trong Nghia", "Trọng Nghĩa"]),
  (P, "Luiz Fernando Schmitt-Bortolotto", ["Schmitt-Bortolotto"]),
  (O, "Agence vietnamienne de promotion du commerce", ["Vietrade"]),
  (O, "Agence de développement de Santa Catarina", ["InvestSC"]), (L, "Florianópolis", ["Florianopolis"]),
  (O, "Société par actions des produits aquatiques Vĩnh Hoàn Cửu Long", ["Vĩnh Hoàn Cửu Long", "Vinh Hoan Cuu Long"]),
  (O, "Frigorífico Costa Esmeralda Ltda.", ["Frigorífico Costa Esmeralda", "Frigorifico Costa Esmeralda"]),
  (O, "Université fédérale de Santa Catarina", ["UFSC"]),
  (O, "Institut de recherche sur l'aquaculture n° 2", ["RIA2", "Institut de recherche sur l'aquaculture"]),
  (P, "Đỗ Thị Kim Oanh", ["Do Thi Kim Oanh"]), (L, "Navegantes", ["port de Navegantes"]), (L, "Blumenau", [])]),
 "476_fr.txt": ("fr", ["CM", "CN"], [
  (L, "Garoua", ["GAROUA"]), (O, "Xinhua", []), (L, "région du Nord", ["Nord", "région du Nord du Cameroun"]),
  (O, "Jiangxi Ganzhou Hongda Machines Textiles Co., Ltd.", ["Jiangxi Ganzhou Hongda Machines Textiles",
   "Jiangxi Ganzhou Hongda"]),
  (O, "Société de développement du coton du Cameroun", ["SODECOTON"]),
  (P, "Émile-Bertrand Nkodo Ebanga", ["Nkodo Ebanga", "Emile-Bertrand Nkodo Ebanga"]),
  (P, "Oumarou Bouba Djibrilla", ["Alhadji Oumarou Bouba Djibrilla", "Bouba Djibrilla"]),
  (L, "Bénoué", ["Benoue"]), (L, "Mayo-Louti", []), (P, "Tang Xiaoyun", []),
  (L, "Limbé", ["Limbe", "port en eau profonde de Limbé"]), (L, "Lagdo", ["barrage de Lagdo"]),
  (P, "Hamadou Sali Yaya", ["Sali Yaya"]), (L, "Guider", []),
  (O, "Institut de technologie textile de Ganzhou", ["Institut de technologie textile"])]),
 "477_fr.txt": ("fr", ["DZ", "KZ", "GE"], [
  (L, "Mostaganem", ["MOSTAGANEM", "wilaya de Mostaganem"]),
  (O, "Office algérien interprofessionnel des céréales", ["OAIC"]), (O, "Qazaq Astyq Holding", []),
  (P, "Nacer-Eddine Belkhodja", ["Belkhodja"]), (P, "Daulet Zhumagulov", ["Zhumagulov"]),
  (P, "Nurlybek Saparbayev", ["Saparbayev"]),
  (P, "Abdelkader Ben Saïd-Hamidou", ["Ben Saïd-Hamidou", "Abdelkader Ben Said-Hamidou"]),
  (L, "Kulevi", ["port de Kulevi"]), (O, "Entreprise portuaire de Mostaganem", ["EPM"]), (L, "Arzew", []),
  (O, "Institut technique des grandes cultures", ["ITGC"]), (L, "Tiaret", []), (L, "Djelfa", []),
  (O, "Chambre de commerce et d'industrie du Dahra", ["CCI du Dahra", "CCI Dahra"])]),
 "478_fr.txt": ("fr", ["MG", "CN"], [
  (L, "Antsirabe", ["ANTSIRABE"]), (O, "Xinhua", []), (O, "Fédération malagasy de wushu", ["FMW"]),
  (O, "Association de wushu de la ville de Jiujiang", ["Association de wushu de Jiujiang"]),
  (L, "Fianarantsoa", []),
  (O, "École des arts martiaux du mont Lushan", ["École des arts martiaux", "Ecole des arts martiaux du mont Lushan"]),
  (P, "Razafindrakoto Andrianirina Hery-Zo", ["Razafindrakoto"]),
  (P, "Tsiory Randriamanantena", ["Randriamanantena"]), (P, "Zhou Weiliang", []),
  (L, "Mahamasina", ["gymnase couvert de Mahamasina"]), (O, "Université de Fianarantsoa", []),
  (O, "Administration générale des sports de Chine", ["Administration générale des sports"])]),
 "479_fr.txt": ("fr", ["VN", "LA"], [
  (L, "Hanoï", ["Hanoi", "Hà Nội"]), (O, "VNA", ["Vietnam News Agency", "TTXVN"]),
  (O, "Département de police chargé des enquêtes sur les crimes liés à la drogue",
   ["Département de police chargé des enquêtes sur les crimes liés à la drogue du ministère de la Sécurité publique"]),
  (O, "ministère de la Sécurité publique", ["ministère vietnamien de la Sécurité publique"]),
  (L, "Phongsaly", ["province de Phongsaly", "Phongsali"]), (P, "Vương Đình Khải", ["Vuong Dinh Khai"]),
  (L, "Tây Trang", ["Tay Trang", "porte frontière internationale de Tây Trang"]),
  (P, "Lò Văn Pánh", ["Lo Van Panh"]), (L, "Muang Mai", []), (P, "Hà Quang Thịnh", ["Ha Quang Thinh"]),
  (P, "Khamphoui Sisavath", ["Sisavath"]), (O, "Commandement de la police de Phongsaly", []),
  (O, "parquet populaire suprême", ["Parquet populaire suprême"])]),
 "480_ar.txt": ("ar", ["BY"], [
  (L, "عجمان", ["إمارة عجمان", "Ajman"]), (O, "وام", ["WAM", "وكالة أنباء الإمارات"]),
  (L, "منطقة عجمان الحرة", ["Ajman Free Zone"]),
  (P, "ألكسندر كوزلوفسكي-ريابوف", ["كوزلوفسكي-ريابوف", "Alexander Kozlovsky-Ryabov"]),
  (O, "غرفة تجارة وصناعة عجمان", ["Ajman Chamber of Commerce and Industry"]),
  (P, "سعيد عبيد بن حرمول الفلاسي", ["الفلاسي", "سعيد بن حرمول الفلاسي"]),
  (L, "خورفكان", ["ميناء خورفكان", "Khor Fakkan"]),
  (O, "شركة ستولين للألبان المساهمة المفتوحة", ["شركة ستولين للألبان", "ستولين للألبان"]),
  (O, "مجموعة الحمراني للتجارة العامة", ["الحمراني للتجارة العامة"]), (P, "فاديم شيباكوف", ["شيباكوف"]),
  (O, "دائرة التنمية الاقتصادية بعجمان", ["دائرة التنمية الاقتصادية", "Ajman Department of Economic Development"]),
  (P, "مريم عبد الله آل علي", ["آل علي"]), (O, "جامعة عجمان", ["Ajman University"]),
  (P, "كريم صالح الحمادي", ["الحمادي"]),
  (O, "المركز العلمي والعملي للأغذية التابع للأكاديمية الوطنية للعلوم في بيلاروسيا",
   ["المركز العلمي والعملي للأغذية"]),
  (O, "المركز الوطني لتطوير الصادرات في بيلاروسيا", ["المركز الوطني لتطوير الصادرات"]),
  (O, "معرض الخليج للأغذية", ["Gulfood"])]),
 "481_ar.txt": ("ar", ["QA", "VN"], [
  (L, "الدوحة", ["Doha"]), (O, "قنا", ["QNA", "وكالة الأنباء القطرية"]),
  (P, "حمد بن علي آل خليفة السليطي", ["السليطي"]),
  (O, "وزارة التجارة والصناعة", ["Ministry of Commerce and Industry"]),
  (P, "فان ثي بيتش ليين", ["Phan Thi Bich Lien", "Phan Thị Bích Liên"]),
  (L, "أم الحول", ["المنطقة اللوجستية بأم الحول", "Umm Al Houl"]),
  (O, "إدارة الأمن الغذائي", ["Food Security Department"]), (O, "وزارة البلدية", ["Ministry of Municipality"]),
  (O, "جامعة نونغ لام", ["Nong Lam University"]), (L, "الخور", ["منطقة الخور", "Al Khor"]),
  (O, "شركة تان لونغ للأرز المساهمة", ["تان لونغ للأرز", "Tan Long"]),
  (O, "شركة الوعب للتجارة والمقاولات", ["الوعب للتجارة والمقاولات"]),
  (O, "فيهالال", ["الشركة الفيتنامية للحوم الحلال", "Vihalal"]), (P, "دانغ هوانغ آن", ["Dang Hoang An"]),
  (O, "اللجنة القطرية الفيتنامية المشتركة للتعاون الاقتصادي والتجاري والفني", ["اللجنة القطرية الفيتنامية المشتركة"]),
  (L, "هانوي", ["Hanoi"])]),
 "482_ar.txt": ("ar", ["CN", "SA", "IN"], [
  (L, "الجبيل", ["Jubail"]), (O, "شينخوا", ["Xinhua", "وكالة أنباء شينخوا"]),
  (L, "مدينة الجبيل الصناعية", ["الجبيل الصناعية", "Jubail Industrial City"]),
  (O, "شركة تشوهاي جينغوي للكيماويات الجديدة المحدودة", ["تشوهاي جينغوي للكيماويات الجديدة", "تشوهاي جينغوي"]),
  (O, "شركة ساحل الجبيل للصناعات التحويلية", ["ساحل الجبيل للصناعات التحويلية"]),
  (O, "الهيئة الملكية للجبيل وينبع", ["Royal Commission for Jubail and Yanbu"]),
  (P, "خالد بن عبد العزيز آل مسعود", ["آل مسعود"]), (P, "وانغ شياو دونغ", ["Wang Xiaodong"]),
  (L, "تشوهاي", ["مدينة تشوهاي", "Zhuhai"]), (P, "تشانغ يي فان", ["Zhang Yifan"]),
  (O, "وزارة الصناعة والثروة المعدنية", ["Ministry of Industry and Mineral Resources"]),
  (P, "عبد الرحمن بن صالح أبو حيمد", ["أبو حيمد"]), (O, "كلية الجبيل التقنية", ["Jubail Technical College"]),
  (L, "ميناء الملك فهد الصناعي", ["King Fahd Industrial Port"])]),
 "483_ar.txt": ("ar", ["DZ", "BY"], [
  (L, "تيارت", ["ولاية تيارت", "Tiaret"]), (O, "الديوان الوطني للتموين بالعتاد الفلاحي", []),
  (O, "مصنع لونينيتس لإصلاح الآلات الزراعية", ["مصنع لونينيتس"]),
  (P, "عبد القادر بوعلام بن سليمان", ["بن سليمان"]), (P, "ديمتري ماكسيموفيتش-غورباتش", ["ماكسيموفيتش-غورباتش"]),
  (P, "محمد الأمين زروقي", ["زروقي"]), (L, "زعرورة", ["المنطقة الصناعية زعرورة", "Zaaroura"]),
  (O, "جامعة ابن خلدون بتيارت", ["جامعة ابن خلدون", "Ibn Khaldoun University"]),
  (O, "جامعة بيلاروسيا الحكومية للتكنولوجيا الغذائية والكيميائية",
   ["Belarusian State University of Food and Chemical Technologies"]),
  (L, "السوقر", ["بلدية السوقر", "Sougueur"]), (L, "ورقلة", ["ولاية ورقلة", "Ouargla"]),
  (L, "الأغواط", ["ولاية الأغواط", "Laghouat"]),
  (O, "اللجنة الحكومية المشتركة الجزائرية-البيلاروسية", ["اللجنة الحكومية المشتركة الجزائرية البيلاروسية"]),
  (L, "مينسك", ["Minsk"])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout29", "holdout29-gold.json", G)
