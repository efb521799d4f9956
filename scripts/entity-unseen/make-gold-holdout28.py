#!/usr/bin/env python3
"""Writes holdout28-gold.json for the articles in holdout28/ (format and conventions of make-gold-holdout23.py).
A third sentinel, never fitted: ten ordinary domestic news stories, one per language (en, fr, de, es, pt, it, vi, ru,
zh, ar), written by the lead in session 15 and committed with this gold before the extractor ran on them: a ferry
strike in Nova Scotia (CP), a river-pollution sentence in Rennes (AFP), a basketball club's insolvency in Bamberg (dpa),
a dengue alert in Asunción (EFE), a gold-laundering raid in Pará (Agência Brasil), a hospital-contracts verdict in Bari
(ANSA), a cancer centre in Cần Thơ (TTXVN), a metro line in Yekaterinburg (TASS), a lidar maker's listing in Chengdu
(Xinhua), olive-oil exports from Sfax (TAP). People, companies, clubs and most institutions are invented.
No rule may be fitted to it and no helper reads it.
Conventions: titles are not part of a name; a generic word before a place (rivière, rio, район, реки, ولاية, thành phố)
is an alias; courts, hospitals, clubs, unions and agencies are organizations; stations, arenas and streets are places;
a place named only inside an organization's name is not counted; countries are every country named or described by
an adjective, also inside a body's name (Transport Canada, Office français, Agência Brasil, Главгосэкспертиза России)."""
import os
from goldlib import P, O, L, write_gold
G = {
 "460_en.txt": ("en", ["CA"], [
  (L, "Halifax", ["HALIFAX"]), (L, "Nova Scotia", []), (O, "CP", ["Canadian Press", "The Canadian Press"]),
  (O, "Atlantic Coastal Marine", []), (L, "Digby", []), (L, "Saint John", []),
  (O, "Marine Workers Federation", ["Local 412", "Local 412 of the Marine Workers Federation"]),
  (P, "Gordon MacIsaac", ["MacIsaac"]), (L, "Digby County", []), (P, "Heather Pelletier", []),
  (P, "Kendra Boudreau", []), (O, "Transport Canada", []), (L, "New Brunswick", []), (L, "Moncton", []),
  (O, "Digby Area Chamber of Commerce", []), (L, "Annapolis Valley", [])]),
 "461_fr.txt": ("fr", ["FR"], [
  (L, "Rennes", ["RENNES"]), (O, "AFP", []), (O, "Tribunal correctionnel de Rennes", []),
  (O, "Porcs d'Armor", []), (L, "Oust", ["l'Oust", "rivière Oust"]), (P, "Yannick Le Goff", ["Le Goff"]),
  (L, "Saint-Gonnery", []), (L, "Morbihan", []), (O, "Eau et Rivières de Bretagne", []),
  (P, "Morgane Kerhervé", []), (P, "Antoine Brossard", []),
  (O, "Fédération du Morbihan pour la pêche et la protection du milieu aquatique", []),
  (L, "Rohan", []), (L, "Josselin", []), (O, "Office français de la biodiversité", [])]),
 "462_de.txt": ("de", [], [
  (L, "Bamberg", ["BAMBERG", "Bambergs"]), (O, "dpa", []), (O, "Baskets Oberfranken", ["Oberfranken"]),
  (O, "Amtsgericht Bamberg", []), (P, "Florian Hegenbarth", ["Hegenbarth"]), (O, "Brauerei Kesselring", []),
  (P, "Tobias Wendland", []), (P, "Jonas Reichert", []), (O, "Basketball Bundesliga", ["BBL"]),
  (P, "Sabine Frühwald", []), (L, "Brose-Arena", ["Brose Arena"]), (O, "Telekom Baskets Bonn", []),
  (L, "Forchheimer Straße", [])]),
 "463_es.txt": ("es", ["PY", "AR"], [
  (L, "Asunción", ["ASUNCIÓN"]), (O, "EFE", []),
  (O, "Ministerio de Salud Pública y Bienestar Social", ["Ministerio de Salud Pública y Bienestar Social de Paraguay"]),
  (L, "Central", ["departamento Central"]), (P, "Graciela Benítez Ocampo", []),
  (O, "Hospital de Clínicas", ["Clínicas"]), (O, "Hospital Regional de Luque", []), (P, "Osvaldo Riquelme", []),
  (O, "Municipalidad de Asunción", []), (L, "Tablada Nueva", []), (L, "Chacarita", []),
  (O, "Secretaría de Emergencia Nacional", ["SEN"]), (O, "Organización Panamericana de la Salud", ["OPS"]),
  (L, "Formosa", []), (L, "Misiones", []), (O, "Ministerio de Salud", ["Ministerio de Salud argentino"])]),
 "464_pt.txt": ("pt", ["BR"], [
  (L, "Brasília", ["BRASÍLIA"]), (O, "Agência Brasil", []), (O, "Polícia Federal", ["PF"]),
  (L, "Tapajós", ["rio Tapajós"]), (L, "Pará", []), (L, "Itaituba", []), (L, "Santarém", []), (L, "Cuiabá", []),
  (L, "Goiânia", []), (O, "Aurífera Centro-Oeste", []), (P, "Ricardo Tavares Moura", []), (L, "Mato Grosso", []),
  (O, "Justiça Federal", ["Justiça Federal em Itaituba"]), (O, "Agência Nacional de Mineração", ["ANM"]),
  (O, "Ibama", []), (L, "Crepori", ["rio Crepori"]), (P, "Marcelo Queiroz Lins", [])]),
 "465_it.txt": ("it", [], [
  (L, "Bari", ["BARI"]), (O, "Tribunale di Bari", []), (O, "Policlinico di Bari", []),
  (P, "Vito Lorusso", ["Lorusso"]), (P, "Nicola Salvemini", []), (P, "Gianluca Dell'Olio", []),
  (P, "Francesca Ranieri", []), (O, "Servizi Integrati Levante srl", ["Servizi Integrati Levante"]),
  (L, "Molfetta", []), (L, "Polignano a Mare", []), (O, "Cooperativa Sole Nascente", []), (L, "Altamura", []),
  (O, "Regione Puglia", []), (O, "ANSA", []), (P, "Michele Capurso", []), (O, "Cittadinanzattiva Puglia", []),
  (P, "Raffaele Amoruso", []), (O, "Autorità nazionale anticorruzione", ["Anac"]),
  (O, "Guardia di Finanza", ["Guardia di Finanza di Bari"])]),
 "466_vi.txt": ("vi", [], [
  (L, "Cần Thơ", ["CẦN THƠ", "thành phố Cần Thơ"]), (O, "TTXVN", ["VNA"]),
  (O, "Bệnh viện Đa khoa Trung ương Cần Thơ", []), (O, "Trung tâm Ung bướu", []),
  (L, "Tây Nam Bộ", ["vùng Tây Nam Bộ"]), (O, "Bộ Y tế", []), (P, "Trần Văn Thuấn", []),
  (L, "Đồng bằng sông Cửu Long", ["vùng Đồng bằng sông Cửu Long"]),
  (L, "Thành phố Hồ Chí Minh", ["TP Hồ Chí Minh", "Hồ Chí Minh"]),
  (O, "Bệnh viện Ung bướu Thành phố Hồ Chí Minh", []), (L, "miền Tây", []), (P, "Phạm Thanh Hùng", []),
  (O, "Tập đoàn Varian", ["Varian"]), (O, "Bệnh viện K", []), (O, "Bệnh viện Bạch Mai", []), (L, "Hà Nội", []),
  (P, "Nguyễn Thị Ngọc Diệp", []), (L, "Sóc Trăng", []), (O, "Ủy ban nhân dân thành phố Cần Thơ", [])]),
 "467_ru.txt": ("ru", ["RU"], [
  (L, "Екатеринбург", ["ЕКАТЕРИНБУРГ", "Екатеринбурге"]), (O, "ТАСС", []),
  (O, "Главгосэкспертиза России", ["Главгосэкспертиза"]),
  (O, "Екатеринбургский метрополитен", ["Екатеринбургского метрополитена"]), (P, "Алексей Орлов", []),
  (L, "Академический", ["район Академический", "района Академический"]), (L, "Площадь 1905 года", []),
  (O, "Уралтоннельстрой", ["АО «Уралтоннельстрой»"]), (L, "Казань", ["Казани"]),
  (L, "Новосибирск", ["Новосибирске"]), (P, "Виталий Кочетов", []), (P, "Денис Паслер", []),
  (L, "Свердловская область", ["Свердловской области"]), (L, "Урал", ["Урала"]), (L, "Исеть", ["реки Исеть"]),
  (P, "Елена Шабурова", ["Еленой Шабуровой", "Шабурова"])]),
 "468_zh.txt": ("zh", ["US", "IL"], [
  (L, "成都", []), (O, "新华社", []), (P, "李晓峰", []), (O, "成都锐光科技股份有限公司", ["锐光科技"]),
  (O, "上海证券交易所", ["上交所"]), (L, "成都高新区", ["高新区"]), (O, "比亚迪", []), (O, "理想汽车", []),
  (P, "张永刚", []), (L, "德阳", []), (L, "慕尼黑", []), (L, "四川省", ["四川"]), (P, "刘晓燕", []),
  (L, "天府新区", []), (L, "绵阳", []), (O, "中信证券", []), (P, "王思远", []), (O, "成都产业投资集团", [])]),
 "469_ar.txt": ("ar", ["TN", "ES", "IT", "US", "CA"], [
  (O, "وات", ["وكالة تونس أفريقيا للأنباء"]), (O, "الديوان الوطني للزيت", []), (P, "منجي الحمروني", []),
  (L, "صفاقس", ["ولاية صفاقس"]), (L, "سوسة", []), (L, "المهدية", []),
  (O, "شركة الزيتونة الذهبية للتصدير", ["الزيتونة الذهبية للتصدير", "الزيتونة الذهبية"]),
  (O, "الاتحاد التونسي للفلاحة والصيد البحري", []), (P, "سلوى بن يوسف", []), (L, "القيروان", []),
  (L, "سيدي بوزيد", []), (O, "المعهد الوطني للإحصاء", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout28", "holdout28-gold.json", G)
