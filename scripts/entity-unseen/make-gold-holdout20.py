#!/usr/bin/env python3
"""Writes holdout20-gold.json for the articles in holdout20/ (same format and conventions as make-gold-holdout17.py).
Not diplomatic wire copy: sport, culture, courts and crime, business, health and science, weather and disasters, in the
seeds' three big Latin/Arabic languages (5 en, 5 fr, 4 ar) and countries no earlier set centred on. English: a League
of Ireland club sacking its manager (Dublin), a lithium miner's half-year results on the ASX (Sydney), a fentanyl
sentencing in Thunder Bay, a cholesterol injection trial at a Limerick hospital, a storm across the NSW Northern Rivers
(Lismore); French: a Ziguinchor club sacking its coach (APS), the Spa film festival, a Stavelot museum exhibition and a
Liège publisher (Belga), a wealth manager's embezzlement sentence in Lausanne (ATS), an Ivorian agro-industrial
group's results on the BRVM (AIP), floods in the wilayas of Béjaïa and Jijel (APS); Arabic: a Jordanian club sacking
its coach (Petra), a Lebanese cholera test (NNA), a Tangier drug-trafficking judgment (MAP), a Sfax museum
retrospective with a Kerkennah short-film festival and a publisher (TAP). People, clubs, companies, labs and some
institutions are invented; towns, provinces and public bodies are mostly real. Every person, place and organization
is new to the seeds, the earlier sets and the knowledge files, but for datelines, capitals and agencies. It was
written and its gold fixed before the extractor ran on it.
Conventions as holdout17: titles and honorifics (Dr, Professor, Me, Justice, Inspector, الدكتورة, المهندس) are not
part of a name; generic words before a place (stade, ملعب, ميناء, مدينة, wilaya de, oued, province de, gorges de) are
aliases; stadiums, mines, ports, airports, roads and highways, streets, squares, rivers, industrial zones and regions
are places; clubs, federations, leagues' governing bodies, festivals, museums, publishers, cinemas, courts,
prosecution services, police services, bar associations, companies and their subsidiaries, exchanges, banks,
hospitals, universities, laboratories, research councils, agencies and ministries are organizations. Leagues and
cups (First Division, Ligue 1, Coupe du Sénégal, دوري المحترفين), films and works, indices (S&P/ASX 200), storms,
operations, titles' portfolios ("Minister of ..." / "وزير الصحة العامة" / "le ministre de l'Intérieur") and
sub-units named generically (School of Medicine, قسم الأمراض الجرثومية, SES Northern Zone) are not entities. A place
named only inside an organization's name (Spa, Vaud, Nabeul, الحصن, ليل) is not counted. Countries: every country named
or described by an adjective, also inside an organization's name (Football Association of Ireland, Australian
Securities Exchange), not a city's country."""
import os
from goldlib import P, O, L, write_gold
G = {
 "212_en.txt": ("en", ["IE", "GH"], [
  (L, "Dublin", ["DUBLIN"]), (O, "Rathcoole Athletic", ["Rathcoole"]), (P, "Declan Fennelly", ["Fennelly"]),
  (O, "Kilbride Harps", ["Kilbride"]), (L, "Glenmore Park", []), (P, "Ciarán Mulvihill", ["Mulvihill"]),
  (O, "Ardmore Celtic", []), (P, "Pádraig Hoolahan", []), (O, "Tullyvale Town", []), (P, "Oisín Gallagher", []),
  (P, "Matty Brennock", []), (P, "Shane Costigan", []), (P, "Kwabena Asante-Boateng", []),
  (P, "Ronan Tiernan", ["Tiernan"]), (P, "Eoin Phelan", []), (O, "Football Association of Ireland", ["FAI"]),
  (P, "Cathal Dempsey", []), (O, "Rathcoole Athletic Supporters Club", []), (P, "Niamh Culligan", [])]),
 "213_en.txt": ("en", ["AU", "JP", "KR"], [
  (L, "Sydney", ["SYDNEY"]), (O, "Corrowong Minerals Ltd", ["Corrowong Minerals", "CORROWONG MINERALS", "Corrowong"]),
  (L, "Mount Kerrigan", ["Mount Kerrigan lithium mine"]), (L, "Western Australia", []), (L, "Perth", []),
  (O, "Australian Securities Exchange", ["ASX"]), (P, "Fiona Tregarthen", []), (O, "Tindal Rail Logistics", []),
  (L, "Port Hedland", []), (O, "Corrowong Lithium Hydroxide Pty Ltd", ["Corrowong Lithium Hydroxide"]),
  (L, "Kwinana", []), (O, "Corrowong Exploration Pty Ltd", ["Corrowong Exploration"]), (L, "Wodgina Ridge", []),
  (P, "Rajiv Menon-Hart", []), (O, "Hoshikawa Shoji", []), (P, "Hamish Duthie", []),
  (O, "Kestrel Bay Securities", []), (L, "Brisbane", []),
  (O, "Department of Mines, Industry Regulation and Safety", [])]),
 "214_en.txt": ("en", ["CA"], [
  (L, "Thunder Bay", ["THUNDER BAY"]), (L, "Ontario", []), (L, "Kenora", []), (L, "Dryden", []),
  (L, "Sioux Lookout", []), (O, "Ontario Superior Court of Justice", []), (P, "Brandon Kowalchuk", ["Kowalchuk"]),
  (P, "Marguerite Delorme-Kasper", []), (P, "Aileen Strachan", []), (O, "Public Prosecution Service of Canada", []),
  (L, "Algoma Street", []), (P, "Nikhil Baptiste", []), (L, "Ignace", []),
  (O, "Thunder Bay Police Service", []), (O, "Ontario Provincial Police", ["OPP"]),
  (O, "Treaty Three Police Service", []), (P, "Dwayne Pelletier", []), (P, "Joanna Kuokkanen", []),
  (L, "Winnipeg", []), (P, "Sandra Moosomin", []), (O, "Northwestern Health Unit", [])]),
 "215_en.txt": ("en", ["IE"], [
  (L, "Limerick", ["LIMERICK"]), (O, "St Enda's University Hospital", ["St Enda's"]),
  (O, "University of Limerick", []), (L, "Clare", []), (L, "Tipperary", []), (O, "Irish Cardiac Society", []),
  (L, "Galway", []), (P, "Aoife Brannigan", []), (O, "Castletroy Lipid Research Laboratory", []),
  (P, "Tadhg Ó Donnabháin", ["Ó Donnabháin"]), (O, "Health Research Board", []), (O, "Veltamed AG", ["Veltamed"]),
  (L, "Basel", []), (O, "Health Service Executive", []), (O, "Irish Heart Foundation", []),
  (O, "Health Products Regulatory Authority", [])]),
 "216_en.txt": ("en", [], [
  (L, "Lismore", ["LISMORE"]), (L, "New South Wales", ["NSW"]), (L, "Northern Rivers", ["NSW Northern Rivers"]),
  (L, "Kyogle", []), (L, "Ballina", []), (O, "NSW State Emergency Service", ["State Emergency Service", "SES"]),
  (L, "Casino", []), (L, "Alstonville", []), (L, "Goonellabah", []), (L, "Wyrallah Road", []),
  (L, "Wilsons River", []), (P, "Bronwyn Castellari", []), (O, "Bureau of Meteorology", []),
  (L, "Lismore Airport", []), (P, "Dean Whitcombe", []), (L, "Richmond Valley", []), (L, "Byron Shire", []),
  (O, "Essential Energy", []), (L, "Nimbin", []), (L, "Bruxner Highway", []), (O, "Lismore City Council", []),
  (O, "Southern Cross University", []), (P, "Greg Tancred", []), (O, "NSW Reconstruction Authority", [])]),
 "217_fr.txt": ("fr", ["SN", "GN", "FR", "CI"], [
  (L, "Ziguinchor", []), (O, "APS", ["Agence de presse sénégalaise"]),
  (O, "Casa Sports", ["Casa Sports de Ziguinchor"]), (P, "Abdoulaye Thiandoum", []),
  (O, "ASC Niarry Tally", ["Niarry Tally"]), (L, "Aline-Sitoé-Diatta", ["stade Aline-Sitoé-Diatta"]),
  (P, "Mamadou Lamine Coly", ["Coly"]), (P, "Ibrahima Sagna", []), (L, "Casamance", []),
  (P, "Serigne Modou Fall", []), (P, "Pape Malick Diédhiou", []), (P, "Alseny Soumah", []),
  (O, "Fédération sénégalaise de football", ["FSF"]),
  (O, "Ligue sénégalaise de football professionnel", ["LSFP"]), (L, "Dakar", []),
  (O, "Union sportive de Ouakam", ["US Ouakam"]), (O, "Jaraaf de Dakar", ["Jaraaf"]),
  (P, "Mamadou Diallo Thiobane", []), (P, "Olivier Rambourg", [])]),
 "218_fr.txt": ("fr", ["CD", "CM", "CH", "BE"], [
  (L, "Bruxelles", ["Brussels"]), (O, "Belga", []), (O, "Festival international du film de Spa", ["FIFS"]),
  (P, "Thibault Moreels", []), (L, "Kinshasa", []), (P, "Salomé Ngoyi", []), (L, "Wallonie", ["Wallonia"]),
  (P, "Corinne Vanderhaeghen", []), (P, "Anouk Perrenoud", []), (P, "Blaise Ekotto Ndzana", []),
  (P, "Marie-Laure Jadoul", []), (O, "Centre culturel de Spa", []), (O, "Le Pouhon", ["cinéma Le Pouhon"]),
  (L, "place Royale", []), (O, "Musée des Tanneries de Stavelot", []), (L, "Stavelot", []),
  (P, "Georges Lambotte", []), (P, "Pierre-Yves Dethier", []), (L, "Accra", []), (L, "Kumasi", []),
  (O, "éditions du Perron-Vert", ["Perron-Vert", "Éditions du Perron-Vert"]), (P, "Fatou Diagne-Lemaire", []),
  (O, "Université de Namur", []), (P, "Jean-Luc Hennuy", []), (O, "Région wallonne", []),
  (L, "Liège", ["province de Liège"])]),
 "219_fr.txt": ("fr", ["LU", "CY"], [
  (L, "Lausanne", []), (O, "ATS", ["Keystone-ATS"]),
  (O, "Tribunal correctionnel de l'arrondissement de Lausanne", ["Tribunal correctionnel de Lausanne"]),
  (P, "Laurent Mottier", ["Mottier"]), (O, "Rivaz Patrimoine SA", ["Rivaz Patrimoine"]), (L, "Vevey", []),
  (L, "Riviera vaudoise", ["Riviera"]), (P, "Sophie Guignard-Roch", []), (P, "Marc-Antoine Rochat", []),
  (O, "Ministère public central du canton de Vaud", ["Ministère public central", "Ministère public"]),
  (L, "Montreux", []), (O, "Police cantonale vaudoise", []), (P, "Grégoire Chappuis", []),
  (O, "Cour d'appel pénale du Tribunal cantonal", ["Cour d'appel pénale", "Tribunal cantonal"]),
  (P, "Nadia Berthoud", []), (O, "Autorité fédérale de surveillance des marchés financiers", ["FINMA"]),
  (P, "Évelyne Pasche", []), (L, "La Tour-de-Peilz", [])]),
 "220_fr.txt": ("fr", ["CI", "SN", "BF"], [
  (L, "Abidjan", []), (O, "AIP", ["Agence ivoirienne de presse"]),
  (O, "Sagbé Industries", ["SAGBÉ INDUSTRIES", "Sagbé"]),
  (O, "Bourse régionale des valeurs mobilières", ["BRVM"]), (P, "Adjoua Kouassi-Brou", []), (L, "Treichville", []),
  (O, "Sagbé Cacao Transformation", []), (L, "Daloa", []), (O, "Sotrapal Sénégal", ["Sotrapal"]),
  (L, "Diourbel", []), (O, "Sagbé Logistique Burkina", []), (L, "Koudougou", []), (P, "Serge-Alain Gnamien", []),
  (O, "Société Générale Côte d'Ivoire", []), (O, "Banque Atlantique Côte d'Ivoire", []),
  (P, "Moussa Diakité-Sow", []), (O, "Cauris Capital Partners", []), (L, "Dakar", [])]),
 "221_fr.txt": ("fr", ["DZ"], [
  (L, "Alger", ["Algiers"]), (O, "APS", ["Algérie Presse Service"]),
  (O, "Direction générale de la Protection civile", ["Protection civile"]),
  (L, "Béjaïa", ["wilaya de Béjaïa"]), (L, "Jijel", ["wilaya de Jijel"]), (P, "Nassim Boukerroucha", []),
  (L, "Tichy", []), (L, "El Kseur", []), (L, "Souk El Tenine", []), (L, "Soummam", ["oued Soummam"]),
  (L, "Akbou", []), (L, "El Milia", []), (O, "Office national de la météorologie", ["ONM"]),
  (P, "Lamia Ferhat-Ouali", []), (L, "Skikda", []), (L, "Guelma", []),
  (L, "route nationale 9", ["RN9", "RN 9"]), (L, "Sétif", []), (L, "Kherrata", ["gorges de Kherrata"]),
  (O, "Direction des travaux publics de la wilaya de Béjaïa", ["Direction des travaux publics"]),
  (P, "Kamel Tiguercha", []), (L, "Taher", []),
  (O, "Société algérienne de distribution de l'électricité et du gaz", [])]),
 "222_ar.txt": ("ar", ["IQ", "SY", "TN", "JO"], [
  (L, "عمّان", ["عمان", "Amman"]), (O, "بترا", ["Petra"]), (O, "نادي شباب الحصن", ["شباب الحصن"]),
  (P, "سلوان الجبوري", ["الجبوري"]), (O, "نادي سحاب الجديد", ["سحاب الجديد", "سحاب"]),
  (L, "مدينة الحسن الرياضية", ["ملعب مدينة الحسن الرياضية"]), (L, "إربد", []), (P, "فراس العمري", []),
  (P, "نضال الشرمان", []), (P, "عمار الحسكاوي", []), (P, "يزن الخوالدة", []), (P, "أنيس الزغلامي", []),
  (P, "معاذ الربضي", []), (O, "الاتحاد الأردني لكرة القدم", []), (O, "مديرية شرطة إربد", []),
  (O, "نادي الكرمل العقباوي", ["الكرمل العقباوي"]), (L, "ملعب الأمير فيصل", ["الأمير فيصل"]),
  (L, "الرمثا", ["مدينة الرمثا"])]),
 "223_ar.txt": ("ar", ["LB", "FR"], [
  (L, "بيروت", ["Beirut"]), (O, "الوكالة الوطنية للإعلام", []),
  (O, "مختبر علم الأحياء الدقيقة التطبيقي", ["مختبر علم الأحياء الدقيقة التطبيقي في جامعة الشوف الأهلية"]),
  (O, "جامعة الشوف الأهلية", []), (P, "ريما حداد خوري", []), (L, "عكار", ["محافظتي عكار"]), (L, "بعلبك", []),
  (L, "البترون", []), (O, "مستشفى الجبل الجامعي", []), (L, "بعقلين", []),
  (O, "المجلس الوطني للبحوث العلمية", []), (P, "سمير عيتاني", []), (P, "جاد بو ملهم", []),
  (O, "معهد باستور في ليل", ["معهد باستور", "Institut Pasteur de Lille"]), (L, "بعلبك الهرمل", []),
  (O, "منظمة اليونيسف", ["اليونيسف", "UNICEF"])]),
 "224_ar.txt": ("ar", ["ES"], [
  (L, "طنجة", ["Tangier"]), (O, "و م ع", ["وكالة المغرب العربي للأنباء", "MAP"]),
  (O, "محكمة الاستئناف بطنجة", ["غرفة الجنايات الابتدائية لدى محكمة الاستئناف بطنجة"]),
  (L, "طنجة المتوسط", ["ميناء طنجة المتوسط"]), (L, "الفنيدق", ["مدينة الفنيدق"]),
  (L, "المنطقة الصناعية كزناية", ["كزناية"]), (O, "الفرقة الوطنية للشرطة القضائية", []),
  (O, "ولاية أمن طنجة", []), (L, "الجزيرة الخضراء", ["ميناء الجزيرة الخضراء", "Algeciras"]),
  (L, "تطوان", []), (L, "العرائش", []), (O, "النيابة العامة", []), (P, "عبد الحق الصنهاجي", []),
  (P, "محمد أمين الريسوني", []), (O, "هيئة المحامين بطنجة", []), (O, "المديرية العامة للأمن الوطني", []),
  (O, "الحرس المدني الإسباني", ["الحرس المدني"]), (L, "مالقة", ["مدينة مالقة", "Málaga"])]),
 "225_ar.txt": ("ar", ["TN", "DZ", "MA", "LB"], [
  (L, "تونس", ["Tunis"]), (O, "وات", ["TAP"]), (O, "متحف صفاقس للفنون الحديثة", []),
  (P, "سلمى البوزيدي", ["البوزيدي"]), (O, "مهرجان قرقنة للفيلم القصير", []), (P, "منير الجربي", []),
  (L, "قرقنة", ["جزر قرقنة"]), (L, "المهدية", ["سواحل المهدية"]), (L, "باريس", ["Paris"]),
  (O, "دار الزيتونة الجديدة للنشر", []), (P, "الحبيب الغربي", []),
  (O, "المعهد العالي للفنون الجميلة بنابل", []), (O, "جمعية أصدقاء السينما بقرقنة", []),
  (P, "إيناس الطرابلسي", []), (P, "كريم بلقاسمي", []), (O, "وزارة الشؤون الثقافية", []),
  (O, "الشركة التونسية للملاحة", []), (L, "صفاقس", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout20", "holdout20-gold.json", G)
