#!/usr/bin/env python3
"""Writes holdout42-gold.json for the articles in holdout42/ (same format and conventions as make-gold-holdout40.py).
Ordinary domestic news, no diplomacy, 2 each in en, fr, de, es, ru, vi, zh, ar and 1 each in pt and it, in each
outlet's style: 730 en AP (a township clerk sentenced for theft, Duluth, Minn.); 731 en Reuters, no dateline town (a
Saskatoon grocer's quarterly result, byline line at the end); 732 fr AFP (a Pro D2 rugby club sacks its coach,
Aurillac); 733 fr AFP (a walnut cooperative's ex-director convicted, Valence); 734 de dpa-AFX in capitals (a kitchen
maker raises its forecast, Gütersloh, sign-off /kpe/mis); 735 de dpa/sa (a rail line closed for bridge works,
Halberstadt-Quedlinburg); 736 es EFE (a stroke unit opens in Villarrobledo, Albacete); 737 es EFE 'Cuenca (Ecuador)'
(a council halves tram fares); 738 ru RIA Novosti (a former chief doctor sentenced for bribes, Pskov); 739 ru TASS (a
snowstorm in Khakassia closes the R-257); 740 vi VnExpress, no dateline, byline last (a Bến Tre club sacks its coach);
741 vi Tuổi Trẻ 'TTO -' **all in NFD** (a first keyhole valve operation in Hà Giang, byline in capitals); 742 zh
Xinhua '新华社长沙…电（记者 …）' (a Zhuzhou rail-equipment maker's nine-month result); 743 zh China News Service (a
bridge over the Cao'e River in Shangyu); 744 ar Al-Ahram, byline dateline 'المنصورة - name:' (a cooperative director
sentenced, Dakahlia); 745 ar QNA 'الدوحة في … /قنا/' (a beach park opens in Al Wakrah); 746 pt Lusa (Viseu's budget
vote); 747 it ANSA (the Tordino floods near Teramo).
Hard cases on purpose: middle initials and suffixes (Marjorie L. Tvedt-Halvorsen, Thomas J. O'Rourke III), hyphenated
surnames in every language (Fauré-Brissac, von Alvensleben-Kurz, Martínez-Peñalver Ortega, Остроухова-Лемешева in
oblique cases, Тюкпиекова-Шмидт, D'Angelo-Ferretti), particles (de Vaublanc, d'Hauterive, von, de la, da, do, Di,
D'), compound Spanish and Portuguese surnames, Russian patronymics and oblique cases, Vietnamese three- and
four-syllable names (Huỳnh Tấn Bảo Ngọc, Hoàng Văn Thắng Lợi, Vàng Seo Chư), Chinese compound surnames (欧阳, 司马, 诸葛)
and companies with 股份有限公司/有限公司, Arabic names with the article, أبو, ابن, بن and آل, titles before names
(Judge, Assistant County Attorney, Me, Vorstandschefin, consejero, главврач, HLV, PGS.TS, 董事长, المستشار, السيد,
المهندسة, سعادة الشيخ, il sindaco), legal forms (Inc, AG, GmbH, GmbH & Co. KG, S.r.l., SRU … E.M., ООО,
有限公司, Công ty cổ phần/TNHH), clubs, courts, hospitals, universities, districts, rivers, streets, stations,
bridges, parks.
People, companies, clubs and most bodies invented (grep: new to the seeds, the non-sentinel sets and the knowledge
files); towns, regions, rivers and public bodies real. Written, and its gold fixed and committed, before the
extractor ran on it.
Conventions as holdout31/32/40: titles are no part of a name; a generic word before a place (río, rio, fiume, huyện,
xã, tỉnh, sân, поселок, قرية, مركز, محافظة, منطقة, freguesia de, comarca de, bacino del, Bahnhof, Landkreis) is an
alias; highways, bridges, parks, stadiums, stations, business parks, zones and streets are places; courts,
prosecutors, councils, parties, agencies, ministries, universities, hospitals, clubs, festivals, outlets and companies
are organizations; competitions and leagues (Pro D2, Hạng Nhất), indices (SDAX), generic units (consejería de Sanidad,
khoa …, قسم …), national teams and broad regions (the Prairies, miền núi phía Bắc) are no entities; a place named only
inside an organization's name (Bến Tre in CLB Đồng Khởi Bến Tre, Cantal, Romans-sur-Isère, Madrid in Hospital … Ramón y
Cajal de Madrid, Azuay, Bremen) is not counted. Countries: every country named or described by an adjective, also
inside an organization's name (Viện Tim mạch Việt Nam, СК России, بنك القرية المصري, جامعة قطر), never a city's
country; demonyms of regions and towns (cantalien, auvergnat, ostwestfälische, Manchega, Azuaya, teramano) none."""
import os
from goldlib import P, O, L, write_gold
AFP = (O, "AFP", ["Agence France-Presse"])
EFE = (O, "EFE", [])
G = {
 "730_en.txt": ("en", [], [
  (L, "Duluth", ["DULUTH"]), (L, "Minnesota", ["Minn."]), (O, "AP", ["Associated Press"]),
  (P, "Marjorie L. Tvedt-Halvorsen", ["Tvedt-Halvorsen"]), (L, "Grand Lake Township", []),
  (L, "St. Louis County", []), (P, "Dennis R. Okerlund", []), (O, "Office of the State Auditor", []),
  (O, "Arrowhead Lakes Credit Union", []), (P, "Priya Venkataraman-Hale", []),
  (P, "Thomas J. O'Rourke III", ["Thomas J. O'Rourke"]), (O, "Fond du Lac Behavioral Health Center", []),
  (L, "Cloquet", []), (P, "Eldon Kuusisto", ["Kuusisto"]), (L, "Hermantown", [])]),
 "731_en.txt": ("en", ["CA"], [
  (O, "Reuters", []), (O, "Kestrel Prairie Foods Inc", ["Kestrel Prairie Foods", "Kestrel"]),
  (L, "Saskatchewan", []), (L, "Manitoba", []), (L, "Saskatoon", []), (O, "Kestrel Fresh", []),
  (O, "Northgate Market", []), (O, "Visible Alpha", []), (P, "Gwendolyn A. MacIsaac-Boyle", []),
  (P, "Harjeet Singh Dhillon", []), (L, "Regina", []), (L, "Moose Jaw", []),
  (P, "Corinne Deslauriers-Whitfield", []), (O, "Harrowgate Capital Markets", []),
  (P, "Nandita Raghavan-Iyer", []), (L, "Bengaluru", []), (P, "Tomasz Wieczorek", [])]),
 "732_fr.txt": ("fr", ["GE"], [
  (L, "Aurillac", []), AFP, (O, "Stade cantalien", ["Stade Cantalien"]),
  (P, "Jean-Baptiste Dumas-Laroche", ["Dumas-Laroche"]), (P, "Pierre-Henri de Vaublanc", []),
  (L, "stade du Puy-Courny", ["Puy-Courny"]), (O, "Union sportive de Castres-Lautrec", []),
  (P, "Levan Beridze-Tchanturia", []), (O, "La Montagne", []), (P, "Grégory Fabre-Mazerolles", []),
  (O, "Rugby club vellave", []), (L, "Puy-en-Velay", ["Le Puy-en-Velay"]), (P, "Kévin Soulier", []),
  (O, "Ligue nationale de rugby", ["LNR"]), (O, "conseil départemental du Cantal", [])]),
 "733_fr.txt": ("fr", [], [
  (L, "Drôme", []), (L, "Valence", []), AFP, (O, "tribunal correctionnel de Valence", []),
  (P, "Marie-Claude Fauré-Brissac", []), (O, "Noix et Vergers du Royans", ["coopérative Noix et Vergers du Royans"]),
  (L, "Saint-Jean-en-Royans", []), (L, "Isère", ["vallée de l'Isère"]), (L, "Ardèche", []),
  (P, "Hélène Vasseur-Ancel", []), (P, "Olivier d'Hauterive", []), (P, "Anaïs Benyahia-Roux", []),
  (O, "Bertrand & Lhermitte", []),
  (O, "gendarmerie de Romans-sur-Isère", ["brigade de recherches de la gendarmerie de Romans-sur-Isère"]),
  (P, "Stéphane Giraud-Pellissier", []), (O, "cour d'appel de Grenoble", [])]),
 "734_de.txt": ("de", ["AT"], [
  (L, "Gütersloh", ["GÜTERSLOH"]), (O, "dpa-AFX", ["dpa"]),
  (O, "Brockhagen Küchenwerke AG", ["Brockhagen Küchenwerke", "Brockhagen"]),
  (P, "Friederike von Alvensleben-Kurz", []), (P, "Jan-Hendrik Oelmüller", []), (L, "Rheda-Wiedenbrück", []),
  (O, "Brockhagen Objektmöbel GmbH & Co. KG", ["Brockhagen Objektmöbel"]), (L, "Verl", []),
  (P, "Malte Riedesel-Quast", []), (O, "Weserbank", ["Weserbank Bremen"]), (L, "Nordrhein-Westfalen", []),
  (P, "Dirk Hanewinkel", [])]),
 "735_de.txt": ("de", [], [
  (L, "Halberstadt", []), (L, "Quedlinburg", []), (O, "dpa", ["dpa/sa", "Deutsche Presse-Agentur"]),
  (L, "Bode", []), (O, "Nahverkehrsgesellschaft Sachsen-Anhalt", ["Nahverkehrsgesellschaft"]),
  (O, "Bodetal Regionalverkehr GmbH", ["Bodetal Regionalverkehr"]), (P, "Matthias Krüger-Elsholz", []),
  (O, "FDP", []), (O, "DB InfraGO", []),
  (L, "Harzkreis-Süd", ["Landkreises Harzkreis-Süd", "Landkreis Harzkreis-Süd"]), (P, "Ulrich Wendehals", []),
  (L, "Ditfurt", []), (L, "Wegeleben", ["Bahnhof Wegeleben"]), (O, "Regiotakt Ostharz", []),
  (L, "Bördestraße", [])]),
 "736_es.txt": ("es", [], [
  (L, "Villarrobledo", []), (O, "Hospital General de Villarrobledo", []), (L, "Albacete", []), EFE,
  (L, "La Mancha Oriental", ["comarca de La Mancha Oriental"]),
  (O, "Complejo Hospitalario Universitario de Albacete", []), (P, "Julián Martínez-Peñalver Ortega", []),
  (P, "María del Carmen Yáñez de la Torre", []), (P, "Ramón Galdón Sotos", []), (P, "Itziar Goikoetxea Lasa", []),
  (O, "Hospital Universitario de Basurto", []), (L, "La Roda", []), (L, "Minaya", []),
  (O, "Hospital Universitario Ramón y Cajal", ["Hospital Universitario Ramón y Cajal de Madrid"]),
  (O, "Fundación Ictus Manchega", []), (O, "colegio de médicos de Albacete", ["Colegio de Médicos de Albacete"]),
  (P, "Francisco Javier Almansa Cuesta", [])]),
 "737_es.txt": ("es", ["EC"], [
  (L, "Cuenca", []), EFE, (O, "Concejo Municipal de Cuenca", ["Concejo de Cuenca"]),
  (P, "Diego Fernando Ordóñez Vintimilla", ["Ordóñez Vintimilla"]), (P, "Paola Andrea Cordero Malo", []),
  (O, "Renovación Azuaya", []), (O, "Empresa Pública Municipal de Movilidad del Austro", ["EMOVA"]),
  (L, "Centro Histórico", []), (O, "Banco de Desarrollo del Ecuador", []),
  (L, "Control Sur", ["sector de Control Sur"]), (L, "Tomebamba", ["río Tomebamba"]),
  (O, "Federación de Estudiantes Universitarios del Azuay", []), (P, "Mateo Sebastián Crespo Jaramillo", [])]),
 "738_ru.txt": ("ru", ["RU"], [
  (L, "Псков", ["ПСКОВ"]), (O, "РИА Новости", ["RIA Novosti"]),
  (O, "Псковский городской суд", []),
  (O, "Опочецкая межрайонная больница", ["Опочецкой межрайонной больницы", "Опочецкой больницы"]),
  (P, "Галина Викторовна Остроухова-Лемешева", ["Галину Остроухову-Лемешеву", "Галина Остроухова-Лемешева",
                                              "Остроуховой-Лемешевой", "Остроухова-Лемешева"]),
  (P, "Анастасия Белокурова", []), (O, "ООО «Медтехснаб-Запад»", ["Медтехснаб-Запад"]),
  (P, "Ильдар Рамилевич Хабибуллин", ["Ильдара Рамилевича Хабибуллина", "Хабибуллин"]),
  (P, "Вадим Сергеевич Пустовойтов", []), (O, "Псковский областной суд", ["Псковском областном суде"]),
  (O, "следственное управление СК России по Псковской области",
   ["следственным управлением СК России по Псковской области", "СК России"]),
  (O, "ФСБ", []), (L, "Опочка", ["Опочке"]),
  (P, "Тимур Азатович Кильдибеков", ["Тимура Азатовича Кильдибекова"]),
  (O, "Великолукский городской суд", []), (P, "Олег Пятницкий", ["Олегу Пятницкому"])]),
 "739_ru.txt": ("ru", ["RU"], [
  (L, "Хакасия", ["Хакасии", "Республика Хакасия"]),
  (L, "Р-257 «Енисей»", ["Енисей", "«Енисей»", "Р-257"]), (L, "Абакан", ["АБАКАН", "Абаканом", "Абакана"]),
  (O, "ТАСС", ["TASS"]), (L, "Саяногорск", ["Саяногорском", "Саяногорске"]),
  (O, "Главное управление МЧС России по Республике Хакасия",
   ["Главном управлении МЧС России по Республике Хакасия", "МЧС России", "МЧС"]),
  (L, "Майна", ["поселка Майна"]), (P, "Артем Валерьевич Чебодаев", []),
  (O, "Хакасский центр по гидрометеорологии и мониторингу окружающей среды",
   ["Хакасского центра по гидрометеорологии и мониторингу окружающей среды"]),
  (L, "Черногорск", ["Черногорске", "Черногорска"]), (L, "Усть-Абакан", ["Усть-Абакане"]),
  (O, "Россети Сибирь – Хакасэнерго", ["«Россети Сибирь – Хакасэнерго»", "Россети Сибирь", "Хакасэнерго"]),
  (P, "Евгения Олеговна Тюкпиекова-Шмидт", []), (L, "Бейский район", ["Бейском районе"]),
  (O, "Саянские авиалинии", ["«Саянские авиалинии»"]), (L, "Тура", ["Туру"]), (L, "Норильск", []),
  (L, "Таштыпский район", ["Таштыпском районе"])]),
 "740_vi.txt": ("vi", ["BR", "TH", "VN"], [
  (O, "CLB Đồng Khởi Bến Tre", ["Đồng Khởi Bến Tre", "CLB Bến Tre"]),
  (P, "Huỳnh Tấn Bảo Ngọc", ["Bảo Ngọc"]), (O, "Công ty cổ phần Thể thao Xứ Dừa", []),
  (P, "Lâm Quốc Thịnh", []), (O, "CLB Phù Sa Sóc Trăng", ["Phù Sa Sóc Trăng"]),
  (L, "Mỏ Cày", ["sân Mỏ Cày", "sân nhà Mỏ Cày"]), (O, "CLB Gò Công Tiền Giang", ["Gò Công Tiền Giang"]),
  (P, "Nguyễn Thị Kim Xuyến", ["Xuyến"]), (O, "CLB Long Hải Bà Rịa", ["Long Hải Bà Rịa"]),
  (L, "Ba Tri", ["sân Ba Tri"]), (P, "Wellington Souza da Conceição", []),
  (O, "Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre", []), (P, "Mạnh Khang", [])]),
 "741_vi.txt": ("vi", ["VN"], [
  (L, "Hà Giang", ["tỉnh Hà Giang"]), (O, "TTO", ["Tuổi Trẻ Online", "Tuổi Trẻ"]),
  (O, "Bệnh viện Đa khoa tỉnh Hà Giang", []), (L, "Bắc Quang", ["huyện Bắc Quang"]), (P, "Vàng Seo Chư", []),
  (P, "Lục Thị Mai Phương", ["Phương"]), (O, "Viện Tim mạch Việt Nam", []), (O, "Bệnh viện Bạch Mai", []),
  (P, "Nguyễn Hoàng Quốc Vũ", []), (P, "Hoàng Văn Thắng Lợi", []),
  (O, "Bệnh viện Trung ương Thái Nguyên", []), (O, "Công ty TNHH Thiết bị Y tế Minh Tâm Phát", []),
  (L, "Vĩnh Tuy", ["xã Vĩnh Tuy"]), (O, "Sở Y tế Hà Giang", []), (L, "Yên Minh", ["huyện Yên Minh"]),
  (L, "Mèo Vạc", []), (L, "Đồng Văn", []), (P, "Đức Hiếu", ["ĐỨC HIẾU"]), (P, "Thùy Dương", ["THÙY DƯƠNG"])]),
 "742_zh.txt": ("zh", [], [
  (O, "株洲湘钰轨道装备股份有限公司", ["株洲湘钰轨道装备", "湘钰轨道装备"]), (O, "新华社", ["Xinhua", "新华通讯社"]),
  (L, "长沙", []), (P, "龙晓岚", []), (P, "欧阳振宇", []), (P, "谭永康", []), (L, "洛阳", []), (L, "包头", []),
  (L, "株洲市", ["株洲"]), (L, "石峰区", []), (O, "醴陵湘钰精密铸造有限公司", []),
  (O, "株洲湘钰智能检测技术有限公司", []), (O, "北京证券交易所", []), (P, "司马静怡", []), (O, "中南大学", []),
  (O, "湖南工业大学", []), (O, "湖南省工业和信息化厅", []), (O, "中信建投证券", []), (P, "欧阳慧敏", [])]),
 "743_zh.txt": ("zh", [], [
  (L, "绍兴市", ["绍兴"]), (O, "中新网", ["中国新闻网"]), (P, "钱梦溪", []), (L, "上虞区", ["上虞"]),
  (L, "曹娥江", []), (L, "百官大桥", ["曹娥江百官大桥"]), (L, "百官街道", []), (L, "东关街道", []),
  (O, "绍兴市交通运输局", []), (P, "诸葛晓峰", []), (O, "浙江越州交通建设集团有限公司", []), (L, "人民大道", []),
  (P, "俞建国", []), (P, "金晓东", []), (L, "杭州湾上虞经济技术开发区", []), (L, "上虞高铁站", []),
  (L, "滨江新城", []), (L, "杭绍台高速公路", []), (O, "绍兴市公共交通集团有限公司", [])]),
 "744_ar.txt": ("ar", ["EG"], [
  (L, "المنصورة", []), (P, "هشام عبد الحميد الشربيني", []), (O, "محكمة جنايات المنصورة", []),
  (L, "ميت الكرماء", ["قرية ميت الكرماء"]), (L, "طلخا", ["مركز طلخا"]),
  (L, "الدقهلية", ["محافظة الدقهلية", "بالدقهلية"]), (P, "عادل فهمي أبو العزم", []),
  (P, "وليد ممدوح الدسوقي", []), (P, "شريف عبد الرازق النجار", []), (P, "محمود صبري", []),
  (O, "النيابة العامة", []), (P, "سعيد إبراهيم عبد الغفار الزيني", []),
  (O, "الإدارة العامة لمباحث التموين", []), (P, "رضا كمال أبو شوشة", []), (P, "مجدي حسن الطوخي", []),
  (O, "وزارة الزراعة", []), (O, "بنك القرية المصري للتنمية والائتمان الزراعي", []),
  (P, "ناصر عبد الله ابن الشيخ", []), (O, "محكمة جنايات مستأنف المنصورة", [])]),
 "745_ar.txt": ("ar", ["QA"], [
  (O, "بلدية الوكرة", []), (L, "حديقة السدرة الشاطئية", ["حديقة السدرة", "السدرة"]), (L, "الدوحة", []),
  (O, "قنا", ["وكالة الأنباء القطرية", "QNA"]), (L, "الوكير", ["منطقة الوكير"]),
  (P, "خليفة بن جاسم آل عبيدان", []),
  (O, "شركة الريان الخضراء للمقاولات والتشجير", ["الريان الخضراء للمقاولات والتشجير"]),
  (L, "محطة معالجة الوكرة", []), (P, "نورة عبدالله الكبيسي", []), (L, "شاطئ الوكرة", []),
  (L, "خور الشقيق", []), (O, "جامعة قطر", []), (O, "مهرجان الوكير للأسر المنتجة", []),
  (O, "المركز الثقافي للطفولة", []), (P, "حمد بن عبدالرحمن بن سلطان آل ثاني", [])]),
 "746_pt.txt": ("pt", [], [
  (L, "Viseu", []), (O, "Lusa", ["agência Lusa"]), (O, "Câmara Municipal de Viseu", ["Câmara de Viseu"]),
  (O, "PS", []), (O, "Viseu Primeiro", []), (P, "João Paulo Tavares da Fonseca", []),
  (L, "Ranhados", ["freguesia de Ranhados"]), (L, "Abraveses", []), (P, "Rui Manuel Loureiro Cardoso", []),
  (O, "Escola Básica de Cavernães", []), (P, "Maria do Rosário Gouveia Sampaio", []),
  (L, "Parque Empresarial de Mundão", []), (L, "Pavia", ["rio Pavia"]), (L, "Repeses", []),
  (O, "Unidade Local de Saúde Viseu Dão-Lafões", []),
  (O, "Viseu Novo, SRU - Sociedade de Reabilitação Urbana, E.M.", ["Viseu Novo", "Viseu Novo, SRU"]),
  (O, "Assembleia Municipal de Viseu", [])]),
 "747_it.txt": ("it", [], [
  (L, "Tordino", ["fiume Tordino"]), (L, "Teramano", []), (L, "Teramo", ["TERAMO"]), (O, "ANSA", []),
  (L, "Castellalto", []), (L, "Notaresco", []), (L, "Abruzzo", []),
  (L, "strada statale 80", ["statale 80"]), (L, "Giulianova", []),
  (O, "Protezione civile", ["Protezione civile regionale", "Sala operativa della Protezione civile regionale"]),
  (P, "Pierluigi D'Alessandro Ciarrocchi", []),
  (O, "comando provinciale dei vigili del fuoco di Teramo",
   ["vigili del fuoco del comando provinciale di Teramo", "comando provinciale di Teramo", "vigili del fuoco"]),
  (O, "Gran Sasso Soccorso", []), (P, "Vincenzo Di Giosaffatte", []),
  (O, "Mobilificio Valtordino S.r.l.", ["Mobilificio Valtordino"]), (P, "Gabriele Marcozzi", []),
  (P, "Camillo D'Angelo-Ferretti", []), (O, "Provincia di Teramo", []), (O, "Regione Abruzzo", []),
  (O, "Trenitalia", []), (O, "Centro funzionale d'Abruzzo", []), (L, "Vomano", ["bacino del Vomano"])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout42", "holdout42-gold.json", G)
