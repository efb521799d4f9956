#!/usr/bin/env python3
"""Writes holdout31-gold.json for the articles in holdout31/ (same format and conventions as make-gold-holdout30.py).
Ordinary domestic news, no diplomacy and no visits, in ten languages, on subjects no earlier set has:
510 en PA Media: a water utility's bill rise after the regulator's ruling (Hereford, the Wye); 511 en AAP: a bushfire in
East Gippsland; 512 fr AFP: a museum theft in Moulins; 513 fr Keystone-ATS: a recount after the Jura cantonal election;
514 de dpa/lni: a shipyard's order for two electric ferries (Leer, Juist); 515 de APA: a labour court ruling on a care
home's dismissal (Linz, Gmunden); 516 es EFE: the Rioja wine harvest; 517 es NA: a bus drivers' strike in Mar del Plata;
518 pt Lusa: the sardine fishing quota (Matosinhos, Peniche); 519 pt Agência Brasil (no dateline): a research grant for
tailings-dam sensors at Lavras; 520 it ANSA: a new rail timetable in Sardinia; 521 it ANSA: a recount in a referendum
on merging two Trentino municipalities; 522 vi TTXVN (all NFD): water tariffs in Trà Vinh; 523 ru TASS: a hospital
merger in Cherepovets; 524 zh Xinhua: the Ningxia wine-grape harvest; 525 ar Petra: a municipal election recount in
Salt (Jordan).
Hard cases on purpose: particles (van der, von, de la, de La, Di, De, dos, da, das, del, dei, Dal, Dalla, del-Rei),
hyphenated surnames (Fitzwilliam-Hart, McKinnon-Doyle, Vuilleumier-Chappuis, Edlinger-Pichler, Кудрявцева-Лапина,
الحياري-العدوان), two-surname Spanish and Portuguese names, initials (A.J. Hadfield, Н.С. Белозерова), titles before
names (Dr, Prof, Cllr, Mag. Dr., Mme, القاضي, المهندس), organizations of four words and more, acronyms in parentheses
(Ofwat, CCWater, CFA, FFMVic, OCBC, PSJ, UDC, PLR, AK OÖ, DOCa, UAGA, UTA, ERTUSE, IPMA, ANOPCERCO, Fapemig, UFLA,
Cefet-MG, UFSJ, ANM, Arst, راصد), places inside organizations' names, demonyms (Victorians, bourbonnais, jurassien,
marplatenses, Nuorese), accented capitals (Íñigo, Álava, OÖ, Ủy, Đinh), a lowercase union name (vida).
People, companies, clubs and most institutions are invented; towns, provinces, rivers and public bodies are real.
Every person, place and organization was checked with grep to be new to the seeds, the non-sentinel sets and the
knowledge files, but for datelines and capitals and the agencies. Written, and its gold fixed and committed, before the
extractor ran on it.
Conventions as holdout27 and holdout30: titles and honorifics are not part of a name; a generic word before a place
(River, pont, district de, Insel, Land, río, calle, rio, bacia do, valle del, sông, huyện, xã, tỉnh, thành phố, محافظة,
دائرة, منطقة) is an alias; reserves, national parks, industrial parks, wine regions, buildings and bridges are places;
courts, prosecutors, councils, parties, unions, museums, hospitals, universities and their colleges, plants,
companies, agencies, commissions and ministries are organizations; generic units (section de recherches, Departamento de
Engenharia) and publications (Diário Oficial) are not entities. A place named only inside an organization's name
(General Pueyrredon, Minas Gerais, Вологодская область, Traunsee, ماحص) is not counted; a stream named like its town (سيل السلط) is
the town's alias. Countries: every country named or described by an adjective, also inside an organization's name
(Instituto Português do Mar e da Atmosfera, Agência Brasil, профсоюз … РФ, وكالة الأنباء الأردنية), never a city's country."""
import os
from goldlib import P, O, L, write_gold
AFP = (O, "AFP", ["Agence France-Presse"])
ANSA = (O, "ANSA", [])
G = {
 "510_en.txt": ("en", [], [
  (L, "Hereford", ["HEREFORD"]), (O, "PA Media", []), (O, "Wye Marches Water", []),
  (O, "Water Services Regulation Authority", ["Ofwat"]), (L, "Leominster", []), (L, "Ross-on-Wye", []),
  (L, "Wye", ["River Wye"]), (P, "Eleanor Fitzwilliam-Hart", ["Fitzwilliam-Hart"]),
  (O, "Consumer Council for Water", ["CCWater"]), (L, "Herefordshire", []), (L, "Shropshire", []),
  (P, "Rajinder Singh Bassi", []), (P, "A.J. Hadfield", ["A. J. Hadfield", "Hadfield"]), (O, "Herefordshire Council", []),
  (L, "Lugg", []), (L, "Kington", []), (O, "Friends of the Upper Wye Valley", [])]),
 "511_en.txt": ("en", [], [
  (L, "Bairnsdale", ["BAIRNSDALE"]), (O, "AAP", ["Australian Associated Press"]), (L, "East Gippsland", []),
  (L, "Buchan", []), (L, "Snowy River National Park", []), (L, "Gelantipy", []), (L, "Wulgulmerang", []),
  (L, "Lakes Entrance", []), (P, "Bryce van der Linden", ["van der Linden"]), (L, "Buchan Caves Reserve", []),
  (O, "Country Fire Authority", ["CFA"]), (O, "Forest Fire Management Victoria", ["FFMVic"]),
  (L, "South Australia", []), (P, "Rhiannon McKinnon-Doyle", []), (O, "East Gippsland Shire Council", []), (P, "Marnie Di Stasio", []), (L, "Snowy River", []),
  (P, "Jo-Anne Pettigrew", [])]),
 "512_fr.txt": ("fr", [], [
  (L, "Moulins", []), AFP, (O, "musée Dumont-Saint-Priest", ["Dumont-Saint-Priest"]), (L, "Allier", []),
  (O, "parquet de Moulins", []), (P, "Hélène Martin-Vasseur", []),
  (O, "Office central de lutte contre le trafic des biens culturels", ["OCBC"]), (L, "Clermont-Ferrand", []),
  (P, "Claire-Marie de La Bussière", ["de La Bussière", "La Bussière"]), (P, "Aimé de la Verpillière", []),
  (O, "Société d'émulation du Bourbonnais", []), (P, "Jean-Pierre Dufresne-Lacombe", []),
  (O, "conseil départemental de l'Allier", []), (L, "Régemortes", ["pont Régemortes"]), (L, "Nièvre", [])]),
 "513_fr.txt": ("fr", [], [
  (L, "Jura", []), (L, "Courgenay", []), (L, "Delémont", []), (O, "Keystone-ATS", ["ATS"]),
  (L, "Porrentruy", ["district de Porrentruy"]), (O, "Parlement jurassien", []), (O, "Parti chrétien-social indépendant", ["PCSI"]),
  (O, "Parti socialiste jurassien", ["PSJ"]), (O, "Union démocratique du centre", ["UDC"]),
  (O, "Parti libéral-radical", ["PLR"]), (P, "Anne-Laure Vuilleumier-Chappuis", ["Vuilleumier-Chappuis"]),
  (P, "Yann von Allmen", ["von Allmen"]), (P, "Romain Chételat", []), (L, "Fontenais", []), (L, "Boncourt", []),
  (O, "Service des communes du canton du Jura", ["Service des communes"]),
  (L, "Franches-Montagnes", ["district des Franches-Montagnes"]), (L, "Saignelégier", []),
  (P, "Pascal Froidevaux", []), (L, "Hôtel du Parlement", []), (O, "Gouvernement jurassien", [])]),
 "514_de.txt": ("de", [], [
  (L, "Juist", ["Insel Juist"]), (L, "Leer", []), (O, "dpa", ["dpa/lni", "Deutsche Presse-Agentur"]),
  (O, "Harms & Tjaden Werft", []), (O, "Friesische Inselfähre GmbH & Co. KG", ["Friesische Inselfähre"]),
  (L, "Norddeich", []), (P, "Hinrich van der Velde-Ubben", ["van der Velde-Ubben", "Van der Velde-Ubben"]),
  (L, "Wattenmeer", []), (P, "Friederike von Alvensleben", []),
  (L, "Ems", []), (O, "IG Metall Küste", []), (O, "Enno Dirks Antriebstechnik", []), (L, "Aurich", []),
  (O, "Nordwest Energiespeicher AG", ["Nordwest Energiespeicher"]), (L, "Wilhelmshaven", []),
  (O, "Stadtwerke Norden", []), (P, "Tjark Ihnen-Behrends", [])]),
 "515_de.txt": ("de", [], [
  (L, "Gmunden", []), (L, "Linz", []), (O, "APA", ["Austria Presse Agentur"]), (O, "Landesgericht Linz", []),
  (O, "Seniorenresidenz Traunsee Betriebs-GmbH", ["Seniorenresidenz Traunsee"]), (P, "Ursula Edlinger-Pichler", []),
  (O, "Arbeiterkammer Oberösterreich", ["AK OÖ", "AK"]), (L, "Altmünster", []), (L, "Bad Ischl", []),
  (P, "Bernhard Zauner", []), (O, "Oberlandesgericht Linz", []), (P, "Thomas de Cillia", []),
  (O, "vida", ["Gewerkschaft vida"]), (L, "Salzkammergut", []),
  (P, "Johanna Kaltenbrunner", [])]),
 "516_es.txt": ("es", [], [
  (L, "Denominación de Origen Calificada Rioja", ["DOCa Rioja"]), (L, "Logroño", []), (O, "EFE", []),
  (L, "Rioja Alta", []),
  (O, "Consejo Regulador de la Denominación de Origen Calificada (DOCa) Rioja",
   ["Consejo Regulador de la Denominación de Origen Calificada Rioja", "Consejo Regulador"]),
  (P, "José Luis Sáenz de Buruaga Ortiz", []), (L, "Haro", []), (L, "Briones", []),
  (L, "San Vicente de la Sonsierra", []), (L, "Ebro", []), (O, "Estación Enológica de Haro", []),
  (P, "María Fernanda de la Fuente Oyarzábal", []), (L, "Rioja Alavesa", []),
  (O, "Unión de Agricultores y Ganaderos de Álava", ["UAGA"]), (O, "Gobierno Vasco", []), (L, "Labastida", []),
  (L, "Elciego", []), (O, "Gobierno de La Rioja", []), (P, "Pilar Arnedo Garrido", []),
  (O, "Bodegas Viña Sorzano", []), (P, "Íñigo Ruiz de Azúa", [])]),
 "517_es.txt": ("es", [], [
  (L, "Mar del Plata", []), (O, "Unión Tranviarios Automotor", ["UTA"]), (O, "NA", ["Noticias Argentinas"]),
  (L, "Batán", []), (L, "Sierra de los Padres", []),
  (O, "Empresa Marplatense de Transporte Urbano Sociedad del Estado", ["EMTUSE"]),
  (O, "Transportes Batán Norte S.A.", ["Transportes Batán Norte"]),
  (P, "Sergio Daniel Ferreyra Achával", ["Ferreyra Achával"]), (P, "Marcelo Vidal Lugones", []),
  (O, "Municipalidad de General Pueyrredon", []), (O, "Ministerio de Trabajo, Empleo y Seguridad Social", []),
  (P, "María del Valle Quiroga", []), (L, "Alberti", ["calle Alberti"]),
  (O, "Cooperativa de Taxistas Unidos de la Costa Atlántica", []), (L, "Miramar", [])]),
 "518_pt.txt": ("pt", ["PT", "ES"], [
  (L, "Matosinhos", ["lota de Matosinhos"]), (O, "Lusa", ["agência Lusa"]),
  (P, "Maria Teresa dos Santos Valadares", []), (O, "Instituto Português do Mar e da Atmosfera", ["IPMA"]),
  (L, "Aveiro", []), (L, "Figueira da Foz", []),
  (O, "Associação Nacional das Organizações de Produtores da Pesca do Cerco", ["ANOPCERCO"]),
  (P, "Humberto da Cunha Jerónimo", []), (P, "Ana Rita Mourão-Ferreira", []), (O, "Docapesca", []),
  (L, "Peniche", []), (L, "Sesimbra", []), (O, "Câmara Municipal de Peniche", []),
  (P, "João Paulo de Sá Barreto", [])]),
 "519_pt.txt": ("pt", ["BR"], [
  (O, "Fundação de Amparo à Pesquisa do Estado de Minas Gerais", ["Fapemig"]),
  (O, "Universidade Federal de Lavras", ["UFLA"]),
  (P, "Maria das Graças Vasconcelos Tavares", ["Maria das Graças"]),
  (O, "Centro Federal de Educação Tecnológica de Minas Gerais", ["Cefet-MG"]),
  (O, "Universidade Federal de São João del-Rei", ["UFSJ"]), (L, "Itabirito", []), (L, "Congonhas", []),
  (L, "Paraopeba", ["Rio Paraopeba"]), (O, "Agência Brasil", []), (P, "Antônio Carlos de Oliveira Neto", []),
  (L, "Brumadinho", []), (P, "José Roberto dos Reis Scalco", []), (L, "Lavras", []),
  (O, "Agência Nacional de Mineração", ["ANM"])]),
 "520_it.txt": ("it", [], [
  (L, "Sardegna", []), (L, "Macomer", []), (L, "Nuoro", []), ANSA, (L, "Cagliari", ["CAGLIARI"]),
  (L, "Sassari", []), (L, "Olbia", []), (O, "Azienda regionale sarda trasporti", ["Arst"]),
  (O, "Officine Ferroviarie Campidanesi", []), (L, "Villacidro", []), (P, "Giovanni Maria Dessì", []),
  (O, "Comitato pendolari del Nuorese", []), (P, "Antonella De Muro", []), (P, "Efisio Piras Lai", []),
  (O, "Regione Sardegna", []), (L, "Oristano", []), (L, "Tirso", ["valle del Tirso"]), (L, "Alghero", [])]),
 "521_it.txt": ("it", [], [
  (L, "Trentino", []), (L, "Castel Ivano", []), (L, "Trento", ["TRENTO"]), ANSA, (L, "Ospedaletto", []),
  (O, "Commissione provinciale per i referendum", []),
  (O, "Provincia autonoma di Trento", ["Provincia"]), (P, "Luigi Dalla Palma", ["Dalla Palma"]),
  (L, "Strigno", []), (P, "Chiara Zanghellini Dal Rì", []), (L, "Valsugana", []),
  (O, "Consiglio delle autonomie locali", []), (P, "Paolo Degasperi Ceol", []), (O, "Tar di Trento", []),
  (O, "Consiglio provinciale di Trento", []), (O, "Comunità Valsugana e Tesino", [])]),
 "522_vi.txt": ("vi", [], [
  (L, "Trà Vinh", ["tỉnh Trà Vinh", "thành phố Trà Vinh"]), (O, "TTXVN", ["VNA", "Thông tấn xã Việt Nam"]),
  (O, "Ủy ban nhân dân tỉnh Trà Vinh", ["UBND tỉnh Trà Vinh"]), (P, "Phạm Thị Ngọc Bích", []),
  (O, "Công ty cổ phần Cấp thoát nước Cổ Chiên", ["Cấp thoát nước Cổ Chiên"]),
  (O, "Sở Tài chính tỉnh Trà Vinh", []), (P, "Võ Văn Thạnh", []), (O, "Nhà máy nước Càng Long", []),
  (L, "Cổ Chiên", ["sông Cổ Chiên"]), (L, "Càng Long", ["huyện Càng Long"]),
  (L, "Khu công nghiệp Long Đức", ["Long Đức"]), (P, "Lê Hoàng Minh Tuấn", []),
  (L, "Cầu Ngang", ["huyện Cầu Ngang"]), (L, "Hiệp Mỹ", ["xã Hiệp Mỹ"]),
  (O, "UBND huyện Cầu Ngang", ["Ủy ban nhân dân huyện Cầu Ngang"]), (P, "Đinh Thị Kim Loan", []),
  (O, "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh Trà Vinh", []),
  (L, "Duyên Hải", ["thị xã Duyên Hải"])]),
 "523_ru.txt": ("ru", ["RU"], [
  (L, "Череповец", ["ЧЕРЕПОВЕЦ", "Череповце"]), (O, "ТАСС", ["TASS"]),
  (O, "Череповецкая городская больница № 2", ["Череповецкую городскую больницу № 2"]),
  (O, "медико-санитарная часть «Ягорба»", ["медико-санитарную часть «Ягорба»", "медсанчасть «Ягорба»", "Ягорба"]),
  (O, "департамент здравоохранения Вологодской области", ["департаменте здравоохранения Вологодской области"]),
  (O, "Череповецкая городская клиническая больница", []),
  (L, "Заягорбский район", ["Заягорбского"]), (L, "Индустриальный район", ["Индустриального"]),
  (L, "Шекснинский район", ["Шекснинского района"]),
  (P, "Ольга Игоревна Кудрявцева-Лапина", ["Ольги Игоревны Кудрявцевой-Лапиной"]),
  (P, "Андрей Валентинович Ступин", ["Ступин"]),
  (O, "Вологодская областная организация профсоюза работников здравоохранения РФ",
   ["Вологодской областной организации профсоюза работников здравоохранения РФ"]),
  (P, "Н.С. Белозерова", ["Н. С. Белозерова", "Белозеровой"]),
  (O, "ПАО «Череповецкий сталепрокатный комбинат»", ["Череповецкий сталепрокатный комбинат"]),
  (O, "Шексна Медтехника", []), (L, "Шексна", []), (L, "Вологда", ["Вологду"])]),
 "524_zh.txt": ("zh", ["BE", "DE", "MY"], [
  (L, "宁夏", ["宁夏回族自治区"]), (L, "贺兰山东麓", ["贺兰山东麓产区"]), (O, "新华社", ["Xinhua", "新华通讯社"]),
  (L, "银川", []), (P, "马晓燕", []),
  (O, "宁夏回族自治区葡萄酒产业发展服务中心", ["宁夏葡萄酒产业发展服务中心"]), (P, "海文彬", []),
  (L, "青铜峡市", ["青铜峡"]), (L, "甘城子镇", ["甘城子"]), (O, "宁夏鸿泰源葡萄酒庄有限公司", ["鸿泰源葡萄酒庄"]),
  (P, "丁雅琴", []), (L, "永宁县", ["永宁"]), (L, "闽宁镇", ["闽宁"]), (O, "宁夏大学葡萄酒与园艺学院", []),
  (P, "冯子豪", []), (O, "宁夏农林科学院植物保护研究所", []), (L, "西夏区", []), (O, "银川海关", []),
  (O, "贺兰山东麓葡萄酒产业园区管理委员会", []), (P, "沈立平", []), (L, "黄河", [])]),
 "525_ar.txt": ("ar", ["JO"], [
  (O, "الهيئة المستقلة للانتخاب", []), (O, "بلدية السلط الكبرى", ["مجلس بلدية السلط الكبرى"]),
  (L, "السلط", ["سيل السلط"]), (O, "بترا", ["وكالة الأنباء الأردنية"]), (L, "عين الباشا", ["دائرة عين الباشا"]),
  (O, "لجنة الانتخاب في محافظة البلقاء", []), (L, "البلقاء", ["محافظة البلقاء"]),
  (P, "عبد الرحيم الحياري-العدوان", []), (P, "فراس أبو السمن", []), (P, "نضال سليمان الخريشة", []),
  (P, "يوسف عودة الله الزعبي", []), (O, "محكمة استئناف عمان", []), (P, "محمد رائد الكردي", []),
  (O, "مركز الحياة لتنمية المجتمع المدني", ["راصد"]), (O, "مدرسة ماحص الثانوية للبنين", []),
  (O, "وزارة الإدارة المحلية", []), (P, "خالد المومني", []), (L, "زي", ["منطقة زي"])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout31", "holdout31-gold.json", G)
