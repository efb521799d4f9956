#!/usr/bin/env python3
"""Writes holdout10-gold.json for the articles in holdout10/ (same format and conventions as make-gold.py).
holdout10 was written in session 8 and scored once, untouched, before any rule change for it; Latin script only, and
every person, place and organization is new to the earlier sets, the seeds and the knowledge base (the agencies of
the datelines excepted): Belarus and Zimbabwe (tractors; a BelTA delegation list), Kazakhstan and Georgia (a Caspian
container line; Kazinform) and Chinese lithium firms in Chile (Xinhua) in English; Belarus and Burkina Faso (AFP),
China and Senegal (a logistics zone; Xinhua) and Vietnam and Cambodia (a border post; VNA, Vietnamese names and a
Vietnamese company in French) in French; Vietnam and Kazakhstan (wheat by rail) and Hòa Bình and Bobruisk (dairy; in
NFD) in Vietnamese; Peru and China (a special economic zone at Chancay; EFE) in Spanish; Kazakhstan and Germany
(rare earths in Saxony) in German.
Entities are (type, canonical, [aliases...]): inflected forms seen in the text and the spellings a careful reader
would accept; titles are not part of a name, generic words before a place (tỉnh, huyện, cảng, port de, río,
Landkreis) are aliases; economic zones and industrial parks are places (as in holdout8); continents are not entities."""
import os
from goldlib import P, O, L, write_gold
G = {
 "101_en.txt": ("en", ["BY", "ZW"], [
  (L, "Baranovichi", ["BARANOVICHI", "Baranavichy"]), (O, "BelTA", ["Belarusian Telegraph Agency"]), (L, "Bulawayo", []),
  (P, "Andrei Kuzmenkov", ["Kuzmenkov"]), (P, "Tendai Mushonga", ["Mushonga"]),
  (O, "Zimbabwe Mechanisation Development Agency", ["ZIMDA"]), (P, "Rufaro Chigumba", ["Chigumba"]),
  (O, "Matabeleland Agro Holdings (Pvt) Ltd", ["Matabeleland Agro Holdings"]), (P, "Simbarashe Nyathi", ["Nyathi"]),
  (O, "Brest Regional Executive Committee", ["Brest Oblast Executive Committee"]), (P, "Viktor Lisovsky", ["Lisovsky"]),
  (O, "Lidselmash OJSC", ["Lidselmash"]), (P, "Svetlana Gurinovich", ["Gurinovich"]),
  (L, "Grodnoinvest free economic zone", ["Grodnoinvest", "Grodnoinvest FEZ"]), (P, "Pavel Rudkovsky", ["Rudkovsky"]),
  (L, "Beira", ["port of Beira"]), (L, "Mashonaland West", []),
  (O, "Agricultural Finance Bank of Zimbabwe", ["Agrifin"]), (L, "Chinhoyi", []), (L, "Manyame River", ["Manyame"]),
  (L, "Pinsk", []), (L, "Kobrin", ["Kobryn"]), (L, "Yaselda", ["Yaselda River"])]),
 "102_en.txt": ("en", ["KZ", "GE", "CN", "AZ"], [
  (L, "Bautino", ["BAUTINO", "port of Bautino"]), (O, "Kazinform", []), (L, "Caspian Sea", ["Caspian"]), (L, "Poti", []),
  (P, "Talgat Zhunusbekov", ["Zhunusbekov"]), (P, "Levan Chikovani", ["Chikovani"]),
  (O, "Semser Logistics LLP", ["Semser Logistics"]), (O, "Kolkheti Shipping Company", ["Kolkheti Shipping"]),
  (L, "Gardabani", []), (L, "Samtredia", []),
  (O, "akimat of Tupkaragan district", ["Tupkaragan district akimat", "Tupkaragan akimat"]),
  (L, "Bautino special economic zone", ["Bautino SEZ"]), (P, "Nino Kapanadze", ["Kapanadze"]),
  (O, "Georgian Logistics Association", ["GLA"]), (L, "Rikoti Pass", ["Rikoti"]), (L, "Kostanay", ["Qostanay"]),
  (O, "Kazakhstan Grain Union", []), (P, "Yerbol Tasbolatov", ["Tasbolatov"]), (L, "Kutaisi", [])]),
 "103_en.txt": ("en", ["CL", "CN"], [
  (L, "Antofagasta", ["ANTOFAGASTA"]), (O, "Xinhua", []), (L, "Mejillones", ["port of Mejillones"]),
  (O, "Qaidam Lithium Industry Co., Ltd.", ["Qaidam Lithium Industry", "Qaidam Lithium"]),
  (O, "Jiangxi Xinyuan New Energy Co.", ["Jiangxi Xinyuan New Energy", "Jiangxi Xinyuan"]),
  (O, "Production Development Corporation", ["CORFO", "Corporación de Fomento de la Producción"]),
  (P, "Ignacio Fuenzalida Rojas", ["Fuenzalida Rojas", "Fuenzalida"]), (L, "Salar de Ascotán", ["Ascotán"]),
  (P, "Zhou Lihong", []), (L, "Golmud", []), (L, "Qinghai Province", ["Qinghai"]), (P, "Deng Weiping", []),
  (O, "Department of Commerce of Jiangxi Province", ["Jiangxi Provincial Department of Commerce", "Department of Commerce"]),
  (P, "Liu Shuo", []), (O, "China Merchants Andes Port Co.", ["China Merchants Andes Port"]),
  (P, "Patricia Solís Araya", ["Solís Araya"]), (L, "Loa River", ["Loa", "río Loa"]), (L, "Lianyungang", [])]),
 "104_fr.txt": ("fr", ["BY", "BF", "GH"], [
  (L, "Bobo-Dioulasso", ["BOBO-DIOULASSO"]), (O, "AFP", ["Agence France-Presse"]),
  (O, "ministère de l'Agriculture", ["ministère burkinabè de l'Agriculture"]),
  (P, "Ivan Sakovitch", ["Sakovitch", "Ivan Sakovich"]), (O, "Polessie Engrais", []),
  (P, "Oleg Tchernychov", ["Tchernychov", "Oleg Chernyshov"]), (P, "Dramane Ouédraogo", ["Ouédraogo"]),
  (L, "Kossodo", ["zone industrielle de Kossodo"]), (L, "Sourou", ["vallée du Sourou"]),
  (L, "Sekondi", ["port de Sekondi"]), (L, "Ouessa", []),
  (O, "Société burkinabè de financement agricole", ["Sobufa"]), (P, "Moussa Zongo", ["Zongo"]), (L, "Bagré", []),
  (O, "Institut de l'environnement et de recherches agricoles", ["Inera", "INERA"]), (L, "Dédougou", []),
  (L, "Fada N'Gourma", []), (P, "Aïssata Kaboré", ["Kaboré"]), (L, "Soligorsk", ["Salihorsk"])]),
 "105_fr.txt": ("fr", ["CN", "SN"], [
  (L, "Mbour", ["MBOUR"]), (O, "Xinhua", []), (L, "Ndayane", ["port de Ndayane"]), (L, "Petite-Côte", ["Petite Côte"]),
  (O, "Banque chinoise de développement", ["BCD", "China Development Bank", "CDB"]),
  (P, "Abdoulaye Ndiaye Sarr", ["Ndiaye Sarr"]), (P, "Wang Dongmei", []),
  (O, "China Road and Bridge Corporation", ["CRBC"]), (O, "Teranga Travaux SA", ["Teranga Travaux"]),
  (L, "Diamniadio", []),
  (O, "Agence pour la promotion des investissements et des grands travaux", ["APIX"]),
  (P, "Mamadou Lamine Faye", ["Faye"]), (O, "Sococim", []),
  (O, "Ningbo Haitong Textile Co., Ltd.", ["Ningbo Haitong Textile", "Ningbo Haitong"]),
  (L, "Popenguine", []), (L, "Toubab Dialaw", []), (P, "Ousmane Diouf", ["Diouf"]),
  (O, "Conseil départemental de Mbour", []), (P, "Fatou Bintou Camara", ["Camara"]),
  (O, "université Cheikh Anta Diop", ["UCAD", "Cheikh Anta Diop University"]), (O, "Senelec", [])]),
 "106_fr.txt": ("fr", ["VN", "KH"], [
  (L, "Gia Nghĩa", ["GIA NGHĨA"]), (O, "VNA", ["Vietnam News Agency", "TTXVN", "Agence vietnamienne d'information"]),
  (L, "Bu Prăng", ["Bu Prang"]), (L, "Đắk Nông", ["province de Đắk Nông", "Dak Nong"]), (L, "Dak Dam", []),
  (L, "Mondulkiri", ["province de Mondulkiri"]), (P, "Đặng Quốc Thái", []), (P, "Sok Phal Rithy", []),
  (O, "Comité populaire de la province de Đắk Nông", ["Comité populaire", "People's Committee of Đắk Nông"]),
  (P, "Lâm Quang Thịnh", []), (L, "Sen Monorom", []), (L, "Quy Nhơn", ["port de Quy Nhơn", "Quy Nhon"]),
  (P, "Kong Sophea", []), (O, "Mondul Cashew Export Co., Ltd.", ["Mondul Cashew Export"]),
  (L, "Buôn Ma Thuột", ["Buon Ma Thuot"]), (L, "Srêpôk", ["rivière Srêpôk", "Srepok"]), (L, "Mékong", ["Mekong"]),
  (L, "Stung Treng", []), (O, "Institut des sciences hydrauliques du Vietnam", ["VAWR", "Vietnam Academy for Water Resources"]),
  (O, "Công ty cổ phần Cà phê Đức Lập", ["Cà phê Đức Lập"])]),
 "107_vi.txt": ("vi", ["VN", "KZ", "CN"], [
  (L, "Pavlodar", ["PAVLODAR", "tỉnh Pavlodar", "thành phố Pavlodar"]), (O, "TTXVN", ["Vietnam News Agency", "VNA"]),
  (O, "Bộ Xây dựng", ["Ministry of Construction"]), (P, "Đoàn Minh Khôi", []), (P, "Aidos Zhakupov", ["Zhakupov"]),
  (P, "Vũ Đình Thông", []), (O, "Tổng công ty Thương mại Kinh Bắc", ["Kinhbacco"]), (P, "Lưu Thị Mai Phương", []),
  (O, "Công ty TNHH Thức ăn chăn nuôi Tân Phong", ["Thức ăn chăn nuôi Tân Phong"]), (P, "Hà Quốc Việt", []),
  (O, "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng", []),
  (L, "Đồng Đăng", ["ga Đồng Đăng", "Khu kinh tế cửa khẩu Đồng Đăng"]), (L, "Ekibastuz", ["ga Ekibastuz"]),
  (L, "Dostyk", ["cửa khẩu Dostyk"]), (L, "Irtysh", ["sông Irtysh", "Ertis"]),
  (O, "Hiệp hội Thức ăn chăn nuôi Việt Nam", ["VIFEED"]), (O, "Công ty cổ phần Ertis Astyq", ["Ertis Astyq"]),
  (P, "Bauyrzhan Seitkali", ["Seitkali"]), (L, "Shcherbakty", ["thị trấn Shcherbakty"]), (P, "Trịnh Minh Châu", [])]),
 "108_vi.txt": ("vi", ["VN", "BY"], [
  (L, "Hòa Bình", ["tỉnh Hòa Bình", "HÒA BÌNH"]), (O, "TTXVN", ["Vietnam News Agency", "VNA"]),
  (O, "Ủy ban nhân dân tỉnh Hòa Bình", ["UBND tỉnh Hòa Bình", "Ủy ban nhân dân tỉnh"]),
  (O, "Ủy ban Hành pháp thành phố Bobruisk", ["Ủy ban Hành pháp", "Bobruisk City Executive Committee"]),
  (L, "Bobruisk", ["thành phố Bobruisk", "Babruysk"]), (P, "Quách Văn Tuyến", []),
  (L, "Khu công nghiệp Lương Sơn", ["Lương Sơn", "Luong Son Industrial Park"]), (P, "Dmitry Kovalevich", ["Kovalevich"]),
  (P, "Natalia Zhuk", []), (O, "Công ty cổ phần Sữa Berezina", ["Sữa Berezina"]), (P, "Sergei Avdeenko", []),
  (O, "Nhà máy Cơ khí Nông nghiệp Bobruiskagromash", ["Bobruiskagromash"]), (P, "Igor Lavrinovich", []),
  (O, "Học viện Nông nghiệp Quốc gia Belarus", ["Belarusian State Agricultural Academy"]),
  (L, "Klaipėda", ["cảng Klaipėda", "Klaipeda"]), (L, "Lạch Huyện", ["cảng Lạch Huyện"]),
  (O, "Sở Nông nghiệp và Môi trường tỉnh Hòa Bình", ["Sở Nông nghiệp và Môi trường"]), (P, "Bùi Thị Thanh Nhàn", []),
  (L, "Mai Châu", ["huyện Mai Châu"]), (L, "Đà", ["sông Đà", "Black River"]),
  (O, "Công ty TNHH Một thành viên Nông sản Đà Giang", ["Nông sản Đà Giang"]),
  (L, "Cao Phong", ["huyện Cao Phong"])]),
 "109_es.txt": ("es", ["PE", "CN"], [
  (L, "Chancay", ["CHANCAY", "puerto de Chancay"]), (O, "EFE", []), (P, "Rodrigo Valdivia Huamán", ["Valdivia Huamán"]),
  (P, "Sun Haoran", []), (L, "Huaral", []), (P, "Eusebio Carhuamaca Ríos", ["Carhuamaca Ríos"]),
  (O, "Autoridad Portuaria Nacional", ["APN"]),
  (O, "Frigoríficos Andinos del Pacífico S.A.C.", ["Frigoríficos Andinos del Pacífico"]),
  (O, "Yantai Guanghe Machinery Co.", ["Yantai Guanghe Machinery", "Yantai Guanghe"]),
  (L, "Zhoushan", ["puerto de Zhoushan"]), (P, "Milagros Quispe Lozano", ["Quispe Lozano"]),
  (O, "Asociación de Exportadores", ["ADEX"]), (L, "Panamericana Norte", ["carretera Panamericana Norte"]),
  (L, "Ancón", []), (L, "Huacho", []),
  (O, "Gobierno Regional de Lima Provincias", ["Gobierno Regional de Lima"]),
  (L, "río Chancay", ["Chancay River"]), (L, "Huaura", ["valle de Huaura"]), (P, "Teodoro Yupanqui", ["Yupanqui"])]),
 "110_de.txt": ("de", ["KZ", "DE"], [
  (L, "Freiberg", ["FREIBERG"]), (O, "Reuters", []), (L, "Sachsen", ["Saxony"]),
  (P, "Nurlan Saparbekow", ["Saparbekow", "Nurlan Saparbekov"]), (P, "Tobias Reinhardt", ["Reinhardt"]),
  (O, "Bundesministerium für Wirtschaft und Energie",
   ["Bundesministerium für Wirtschaft", "Federal Ministry for Economic Affairs and Energy", "BMWE"]),
  (L, "Ridder", []), (L, "Ulba", []), (L, "Rostock", ["Hafen Rostock"]),
  (O, "Sächsische Metallrecycling GmbH", ["Sächsische Metallrecycling", "Sächsischen Metallrecycling GmbH"]),
  (O, "Altai Rare Metals TOO", ["Altai Rare Metals", "Altai"]), (O, "Qazaq Metals", []),
  (O, "Technische Universität Bergakademie Freiberg", ["TUBAF", "Bergakademie Freiberg", "TU Bergakademie Freiberg"]),
  (P, "Claudia Wendisch", ["Wendisch"]),
  (O, "Ostkasachische Technische Universität", ["Ostkasachischen Technischen Universität", "East Kazakhstan Technical University"]),
  (L, "Mittelsachsen", ["Landkreis Mittelsachsen"]), (P, "Jörg Hennig", ["Hennig"]), (L, "Freiberger Mulde", ["Mulde"]),
  (P, "Dauren Ospanow", ["Ospanow", "Dauren Ospanov"]), (L, "Sajsan", ["Zaisan", "Zaysan"])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout10", "holdout10-gold.json", G)
