#!/usr/bin/env python3
"""Writes holdout4-gold.json for the articles in holdout4/ (same format and conventions as make-gold.py).
holdout4 was written in session 4 after the holdout3 rules, and scored once before any change for it:
Pakistan and the Trans-Afghan railway, Vietnam and Bangladesh, Fiji and the Pacific islands, Mali, Niger and
Burkina Faso, Norway and Sweden, Serbia and North Macedonia, the Dominican Republic and Haiti. Entities are (type, canonical, [aliases...]):
inflected forms seen in the text and the spellings a careful reader would accept; titles are not part of a
name, generic words before a place are aliases."""
import os
from goldlib import P, O, L, write_gold
G = {
 "51_ru.txt": ("ru", ["PK", "UZ", "AF"], [
  (P, "Ханиф Аббаси", ["Аббаси", "Hanif Abbasi"]),
  (O, "Узбекистон темир йуллари", ["«Узбекистон темир йуллари»", "АО «Узбекистон темир йуллари»", "Uzbekistan Railways",
                                  "O'zbekiston temir yo'llari"]),
  (P, "Хусниддин Хасанов", []), (L, "Исламабад", ["Исламабаде", "Islamabad"]),
  (L, "Мазари-Шариф", ["Mazar-i-Sharif"]), (L, "Кабул", ["Kabul"]), (L, "Пешавар", ["Пешавара", "Peshawar"]),
  (L, "Термез", ["Термеза", "Termez"]), (L, "Карачи", ["порт Карачи", "Karachi"]),
  (O, "Азиатский банк развития", ["АБР", "Asian Development Bank", "ADB"]),
  (O, "Исламский банк развития", ["ИсБР", "Islamic Development Bank", "IsDB"]),
  (L, "Хайбер-Пахтунхва", ["провинции Хайбер-Пахтунхва", "Khyber Pakhtunkhwa"]),
  (P, "Файсал Карим Кунди", ["Faisal Karim Kundi"]), (L, "Ландикотал", ["города Ландикотал", "Landi Kotal"])]),
 "52_vi.txt": ("vi", ["VN", "BD", "MM"], [
  (L, "Dhaka", []), (O, "Bộ Công Thương", ["Ministry of Industry and Trade"]), (P, "Nguyễn Sinh Nhật Tân", []),
  (P, "Ali Imam Majumder", []), (O, "Tổng công ty Lương thực miền Nam", ["Vinafood 2", "Vinafood"]),
  (L, "Cái Mép", ["cảng Cái Mép"]), (L, "Chittagong", ["cảng Chittagong", "Chattogram"]), (P, "Đỗ Hà Nam", []),
  (O, "Hiệp hội Lương thực Việt Nam", ["VFA"]), (P, "Trần Thị Hồng Nhung", []),
  (L, "Thoại Sơn", ["huyện Thoại Sơn"]), (L, "An Giang", ["tỉnh An Giang"])]),
 "53_zh.txt": ("zh", ["CN", "FJ", "SB", "TO"], [
  (O, "新华社", ["Xinhua"]), (L, "苏瓦", ["Suva"]), (P, "梅雷·图伊瓦伊", ["图伊瓦伊"]),
  (O, "农业农村部", ["中国农业农村部", "Ministry of Agriculture and Rural Affairs"]), (P, "马有祥", []),
  (L, "瓦努阿莱武岛", ["瓦努阿莱武", "Vanua Levu"]), (P, "兰布卡", ["Rabuka"]), (L, "劳托卡", ["Lautoka"]),
  (L, "纳迪", ["Nadi"]), (O, "太平洋岛国论坛", ["Pacific Islands Forum"]), (P, "瓦卡", ["Waqa"]),
  (O, "中国水产科学研究院", ["水产科学研究院", "Chinese Academy of Fishery Sciences"]), (P, "刘志强", [])]),
 "54_ar.txt": ("ar", ["ML", "NE", "BF", "CN"], [
  (P, "دادي سيسوكو", ["سيسوكو", "Dadi Sissoko"]), (L, "باماكو", ["Bamako"]), (L, "نيامي", ["بنيامي", "Niamey"]),
  (P, "علي الأمين زين", ["Ali Lamine Zeine"]), (L, "غاو", ["مدينة غاو", "Gao"]), (L, "أنسونغو", ["بلدة أنسونغو", "Ansongo"]),
  (O, "الشركة الصينية للطرق والجسور", ["China Road and Bridge Corporation", "CRBC"]),
  (O, "البنك الإسلامي للتنمية", ["Islamic Development Bank", "IsDB"]), (P, "أداما لوك سورغو", ["Adama Luc Sorgho"]),
  (L, "واغادوغو", ["Ouagadougou"])]),
 "55_en.txt": ("en", ["NO", "SE"], [
  (L, "Oslo", ["OSLO"]), (L, "Nea", []), (L, "Jarpstrommen", ["Järpströmmen"]), (O, "Statnett", []),
  (O, "Svenska kraftnat", ["Svenska kraftnät"]), (P, "Hilde Tonne", []), (L, "Trondelag", ["Trøndelag"]),
  (P, "Ebba Busch", []), (O, "Norwegian Energy Regulatory Authority", []), (L, "Tydal", []), (P, "Odd Arne Holmen", [])]),
 "56_fr.txt": ("fr", ["RS", "MK"], [
  (P, "Aleksandra Sofronijević", []), (P, "Aleksandar Nikoloski", []), (L, "Skopje", []), (L, "Niš", []),
  (L, "Preševo", []), (O, "Banque européenne d'investissement", ["BEI", "European Investment Bank", "EIB"]),
  (L, "Kumanovo", ["gare de Kumanovo"]), (O, "Infrastruktura železnice Srbije", []), (P, "Shqiprim Arifi", [])]),
 "57_es.txt": ("es", ["DO", "HT"], [
  (P, "Víctor Bisonó", []), (P, "James Monazard", []), (L, "Dajabón", []),
  (O, "Dirección General de Aduanas", ["DGA"]), (L, "Ouanaminthe", ["Juana Méndez"]),
  (O, "Banco Interamericano de Desarrollo", ["BID", "Inter-American Development Bank", "IDB"]),
  (P, "Rosa Elena Peña Almonte", []), (L, "Montecristi", []), (L, "Santiago de los Caballeros", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout4", "holdout4-gold.json", G)
