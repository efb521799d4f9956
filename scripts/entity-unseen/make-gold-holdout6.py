#!/usr/bin/env python3
"""Writes holdout6-gold.json for the articles in holdout6/ (same format and conventions as make-gold.py).
holdout6 was written in session 5 and scored once before any rule change for it: Russian (Azerbaijan and
Turkmenistan, Ukraine and Moldova with Ukrainian names, Kazakhstan and Oman with Kazakh names), Chinese (Laos,
Cambodia, an Azerbaijan forum in Zhejiang: forums and summits, titles before names, province/prefecture/county/town
chains) and Arabic (Oman and Iran, Egypt and Sudan, Tunisia and Algeria: titles before three-word names, head nouns
such as مدينة/ولاية/ميناء, clitics, Latin words and digits). Entities are (type, canonical, [aliases...]): inflected
forms seen in the text and the spellings a careful reader would accept; titles are not part of a name, generic words
before a place are aliases."""
import os
from goldlib import P, O, L, write_gold
G = {
 "61_ru.txt": ("ru", ["AZ", "TM"], [
  (P, "Парвиз Шахбазов", ["Шахбазова", "Parviz Shahbazov"]), (P, "Батыр Аманов", ["Batyr Amanov"]),
  (L, "Баку", ["Baku"]), (L, "Алят", ["Алятом", "Alat"]), (L, "Туркменбаши", ["Turkmenbashi", "Türkmenbaşy"]),
  (O, "Государственная нефтяная компания Азербайджанской Республики",
   ["Государственной нефтяной компании Азербайджанской Республики", "SOCAR", "ГНКАР"]),
  (O, "Туркменгаз", ["«Туркменгаз»", "Госконцерн «Туркменгаз»", "Turkmengaz"]),
  (L, "Сумгайыт", ["Сумгайыте", "Sumgait", "Sumqayit"]), (L, "Гянджа", ["Гяндже", "Ganja"]),
  (L, "Балканский велаят", ["Балканского велаята", "Balkan"]), (P, "Мердан Оразмурадов", [])]),
 "62_ru.txt": ("ru", ["UA", "MD"], [
  (P, "Алексей Кулеба", ["Кулебы", "Кулеба", "Oleksiy Kuleba", "Олексій Кулеба"]), (P, "Владимир Боля", ["Vladimir Bolea"]),
  (L, "Кишинёв", ["Кишинёве", "Кишинев", "Кишиневе", "Chisinau"]), (L, "Ямполь", ["Ямполем", "Yampil"]),
  (L, "Косэуць", ["Косэуцем", "Cosauti"]), (O, "Европейский инвестиционный банк", ["ЕИБ", "European Investment Bank", "EIB"]),
  (P, "Сергей Борзов", []),
  (O, "Винницкая областная военная администрация", ["Винницкой областной военной администрации"]),
  (L, "Могилёв-Подольский", ["Могилёве-Подольском", "Могилев-Подольский", "Могилеве-Подольском"]),
  (L, "Винницкая область", ["Винницкой области"]), (L, "Измаил", ["Izmail"]), (L, "Рени", ["Reni"]),
  (O, "Нибулон", ["«Нибулон»", "Nibulon"]), (P, "Андрей Вадатурский", []), (L, "Вапнярка", ["Вапнярке"]),
  (P, "Юрий Лещенко", ["Юрием Лещенко"])]),
 "63_ru.txt": ("ru", ["KZ", "OM"], [
  (P, "Ерсайын Нагаспаев", ["Нагаспаева"]), (P, "Кайс аль-Юсеф", ["аль-Юсеф", "Qais al-Yousef"]),
  (L, "Маскат", ["Маскате", "Muscat"]), (O, "Оманское инвестиционное агентство", ["OIA", "Oman Investment Authority"]),
  (L, "Жамбылская область", ["Жамбылской области"]), (O, "Казфосфат", ["«Казфосфат»", "АО «Казфосфат»", "Kazphosphate"]),
  (L, "Жанатас", ["Жанатасе"]), (P, "Ербол Карашукеев", []), (L, "Тараз", ["Таразом", "Taraz"]), (L, "Каратау", ["Karatau"]),
  (O, "Kazakh Invest", []), (P, "Айгуль Жумабаева", ["Жумабаевой"])]),
 "64_zh.txt": ("zh", ["LA", "CN"], [
  (O, "新华社", ["Xinhua"]), (L, "万象", ["Vientiane"]), (O, "公共工程与运输部", ["老挝公共工程与运输部"]),
  (P, "维莱·冯开", []), (O, "中老经济走廊合作论坛", ["第三届中老经济走廊合作论坛"]), (O, "老中铁路有限公司", []),
  (P, "李俊", []), (L, "琅勃拉邦", ["Luang Prabang"]), (L, "万荣", ["Vang Vieng"]), (L, "云南省", ["云南", "Yunnan"]),
  (L, "西双版纳傣族自治州", ["西双版纳", "Xishuangbanna"]), (L, "勐腊县", ["勐腊"]), (L, "磨憨镇", ["磨憨"]),
  (P, "方虹", []), (L, "沙湾拿吉省", ["沙湾拿吉", "Savannakhet"])]),
 "65_zh.txt": ("zh", ["KH", "CN"], [
  (O, "新华社", ["Xinhua"]), (L, "金边", ["Phnom Penh"]), (P, "孙占托", ["Sun Chanthol"]),
  (O, "柬中经贸合作峰会", ["2026柬中经贸合作峰会"]), (L, "西哈努克省", ["西哈努克", "Preah Sihanouk"]),
  (L, "西港经济特区", ["西港特区", "西哈努克港经济特区"]), (O, "西港特区有限公司", []), (P, "陈坚刚", []),
  (L, "江苏省", ["江苏"]), (L, "无锡市", ["无锡"]), (L, "浙江省", ["浙江"]), (L, "温州市", ["温州"]),
  (O, "柬埔寨发展理事会", ["发展理事会"]), (P, "蔡速森", []), (L, "暹粒省", ["暹粒", "Siem Reap"]), (P, "索·普西迪", []),
  (P, "汪文斌", []), (O, "柬埔寨商业部", ["商业部"]), (P, "彭索维查", [])]),
 "66_zh.txt": ("zh", ["CN", "AZ", "KZ"], [
  (O, "新华社", ["Xinhua"]), (L, "杭州市", ["杭州", "Hangzhou"]),
  (O, "中国—阿塞拜疆经贸论坛", ["第二届中国—阿塞拜疆经贸论坛", "中国-阿塞拜疆经贸论坛"]),
  (L, "浙江省", ["浙江"]), (L, "萧山区", ["萧山"]), (O, "阿塞拜疆经济部", ["经济部"]), (P, "埃尔努尔·阿利耶夫", []),
  (P, "卢山", []), (O, "阿塞拜疆出口与投资促进局", ["AZPROMO"]), (O, "浙江省商务厅", ["商务厅"]),
  (L, "义乌市", ["义乌", "Yiwu"]), (L, "巴库", ["巴库港", "Baku"]), (L, "新疆维吾尔自治区", ["新疆", "Xinjiang"]),
  (L, "霍尔果斯市", ["霍尔果斯", "Khorgos"]), (L, "阿克套港", ["阿克套", "Aktau"]), (P, "阿克拉姆·泽伊纳利", [])]),
 "67_ar.txt": ("ar", ["OM", "IR"], [
  (L, "مسقط", ["Muscat"]), (P, "قيس بن محمد اليوسف", ["اليوسف", "Qais Al Yousef"]), (P, "فرزانة صادق", ["Farzaneh Sadegh"]),
  (L, "صحار", ["ميناء صحار", "Sohar"]), (L, "بندر عباس", ["ميناء بندر عباس", "Bandar Abbas"]),
  (O, "شركة أسياد للموانئ", ["أسياد للموانئ", "Asyad Ports"]), (O, "IRISL", ["شركة IRISL"]),
  (L, "خصب", ["ولاية خصب", "Khasab"]), (P, "فيصل بن عبدالله الرواس", ["الرواس"]),
  (O, "غرفة تجارة وصناعة عمان", ["Oman Chamber of Commerce and Industry", "OCCI"]), (L, "صلالة", ["مدينة صلالة", "Salalah"])]),
 "68_ar.txt": ("ar", ["EG", "SD"], [
  (P, "محمود عصمت", ["عصمت", "Mahmoud Esmat"]), (P, "عمر أحمد الخليفة", []), (L, "أسوان", ["مدينة أسوان", "Aswan"]),
  (O, "الشركة القابضة لكهرباء مصر", ["Egyptian Electricity Holding Company", "EEHC"]), (L, "توشكى", ["Toshka"]),
  (O, "الشركة السودانية لنقل الكهرباء", []), (L, "الولاية الشمالية", ["Northern State"]),
  (L, "دنقلا", ["مدينة دنقلا", "Dongola"]), (O, "Elsewedy Electric", ["شركة Elsewedy Electric"]), (P, "كامل إدريس", ["Kamil Idris"]),
  (L, "الخرطوم", ["Khartoum"]), (L, "بورتسودان", ["Port Sudan"]),
  (O, "البنك الأفريقي للتنمية", ["African Development Bank", "AfDB"])]),
 "69_ar.txt": ("ar", ["TN", "DZ"], [
  (P, "فاطمة ثابت شيبوب", ["شيبوب", "Fatma Thabet Chiboub"]), (P, "محمد عرقاب", ["عرقاب", "Mohamed Arkab"]),
  (L, "وهران", ["مدينة وهران", "Oran"]), (O, "سوناطراك", ["شركة سوناطراك", "Sonatrach"]),
  (O, "مناجم الجزائر", ["شركة مناجم الجزائر", "Manadjim El Djazair", "MANAL"]),
  (O, "المجمع الكيميائي التونسي", ["Groupe Chimique Tunisien", "GCT"]), (L, "تبسة", ["ولاية تبسة", "Tebessa"]),
  (L, "قابس", ["ميناء قابس", "Gabes"]), (O, "شركة فسفاط قفصة", ["فسفاط قفصة", "CPG"]),
  (P, "الهادي بن علي الزواري", ["الزواري"]), (L, "المتلوي", ["Metlaoui"]), (O, "هيئة السوق المالية", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout6", "holdout6-gold.json", G)
