#!/usr/bin/env python3
"""Writes holdout43-gold.json for the articles in holdout43/ (same format and conventions as make-gold-holdout41.py and
make-gold-holdout42.py). International wire news of 2025-2026 as the agencies carry it, with REAL well-known public
figures, parties, armed movements, companies and UN agencies (spelled as each language's press spells them) mixed with
invented minor people (spokespeople, analysts, reporters), 4 en, 2 fr, 1 es, 1 de, 1 pt, 3 ru, 3 ar, 2 zh, 1 vi:
750 en Reuters 'CAIRO/JERUSALEM' (the Rafah crossing and the Gaza truce; Abdelatty, UNRWA's and OCHA's expansions,
Kerem Shalom, Al Thani after Sheikh, the byline line); 751 en AP (Israeli strikes in south Lebanon; Aoun, Salam,
Kassem, UNIFIL, the Litani River, Druze/Sunni/Shiite adjectives, 'Israel's Defense Minister Israel Katz'); 752 en
Reuters 'SEOUL/AUSTIN' (Samsung's Tesla chip order; TSMC's long name, Nvidia, Jensen Huang, Korean names, Li Qiang in
pinyin, 'said on X'); 753 en AP 'PORT SUDAN, Sudan' (the RSF shell a camp near El Fasher; Hemedti, Burhan, WFP, UNHCR,
the Adre crossing, Chad); 754 fr AFP (RN and LFI censure motions against Lecornu; Le Pen, Bardella, Mélenchon, Les
Républicains, Matignon, Palais Bourbon, Cevipof); 755 fr AFP (Iraq's parliament elects its speaker; Mohammed Chia
al-Soudani, 'M. Halboussi', Cadre de coordination, PDK/UPK with expansions, Hachd al-Chaabi, Etat islamique (EI));
756 es EFE (Feijóo asks Sánchez for elections after a UCO report; PP, PSOE, Vox, Sumar, Junts, PNV, Moncloa); 757 de dpa
(Merz defends the pension package; CDU/CSU/SPD/AfD, Junge Union, Unionsfraktion, Volkswagen's Zwickau plant,
Bundesbank-Präsident); 758 pt Lusa (the TAP privatization bids; Air France-KLM, Lufthansa, IAG, Montenegro, Chega,
aeroporto Humberto Delgado); 759 ru TASS (Peskov on Witkoff's visit; Путин, Ушаков, РФПИ, Зеленский, Мерц and Макрон in
the instrumental, Красноармейск/Покровск, ДНР, ВСУ, НАТО, ООН); 760 ru RIA Novosti (Lavrov and Egypt's Abdel Ati; БАПОР
with its long name, ХАМАС, ФАТХ, АЭС "Эд-Дабаа", Росатом); 761 ru RIA Novosti (the Bank of Russia holds its key rate;
ЦБ, Набиуллина, Сбербанк, ВТБ, Мосбиржа, Газпром/Лукойл/Новатэк in the genitive, ОПЕК+); 762 ar QNA (Qatar's prime
minister and Egypt's foreign minister on Gaza; الأونروا with its long name, معبر كرم أبو سالم, حماس); 763 ar INA 'بغداد /
واع' (Sudani and Barzani in Erbil; الإطار التنسيقي, داعش, عين الأسد); 764 ar Petra (Grundberg urges the Houthis to free UN
staff; يونيسف/أوتشا with long names, العليمي, باب المندب); 765 zh Xinhua (Wang Yi's call with Abdelatty; 近东救济工程处,
哈马斯, 胡塞武装, 中阿峰会); 766 zh Xinhua (BYD's Szeged plant; 欧尔班, 西雅尔多, 王传福, 宁德时代, 德布勒森); 767 vi TTXVN (the
prime minister receives Nvidia's Jensen Huang; Tô Lâm, Vingroup, Viettel, FPT, Đài Loan (Trung Quốc)).
Written blind in session 24: its gold was fixed and committed before any extractor ran on it (scored untouched by the
lead).
Conventions as holdout41/42: titles (Sheikh, Gen., M., Bundeskanzler, معالي الشيخ, سعادة الدكتور, Thủ tướng, 外长) are no
part of a name; a portfolio in a title is no entity, but a ministry written as such inside a title (بوزارة الخارجية,
Bộ Tài chính, 外交部发言人) is an organization; governments (le gouvernement, O Governo, Chính phủ), lowercase units and
offices, armies named by a demonym (the Lebanese army, the Israeli military), programmes (一带一路), products (AI6, Rubin),
laws, indices (индекс Мосбиржи) and benchmarks (Brent) are no entities; parties, coalitions and armed movements (Hamas,
Hezbollah, the RSF, the Houthis, Islamic State, Taqaddom, Cadre de coordination, الإطار التنسيقي) are organizations;
crossings (Rafah crossing, Kerem Shalom, Adre, معبر رفح, 拉法口岸), camps, bases, ports, airports, canals, straits, seas and
power plants are places; the generic word of a crossing, port or town (معبر, ميناء, مدينة, Werk, aeroporto) is an alias.
Religious and ethnic adjectives (Sunni, Shiite, Druze, Kurdish, sunnite, chiite, Kurde), languages and demonyms of
regions make no entity and no country. Countries: every country named or described by an adjective or a demonym
(Iran-backed, Palestinian -> PS, ФРГ, 中方, 埃方, 中匈), also inside a body's name (Taiwan Semiconductor Manufacturing Co.,
TAP Air Portugal, وكالة الأنباء العراقية), never a city's country and never a brand's (Air France-KLM, British Airways),
nor Deutsche Presse-Agentur (as holdout42's 735); Taiwan (Đài Loan) is TW; a currency (юань) names no country.
Judgement calls: X (the platform Musk posts on) is an organization; the Kremlin (Кремль), Sécurité sociale, the Cortes,
Conselho de Ministros, 中共中央政治局 (inside a title) and the China-Arab States Summit (峰会, as holdout6) are
organizations; Matignon, Moncloa and Palais Bourbon are places (buildings), not their governments; 'die Union' (CDU/CSU)
and 'Unionsfraktion' are two organizations apart from the Junge Union; in 760 the Russian and the Egyptian foreign
ministries are two organizations ('российском МИД', 'египетского МИД' / 'МИД Египта'); Красноармейск and Покровск are one
place; a nuclear plant (АЭС "Эд-Дабаа") is a place; a department (إدارة الشؤون العربية), a research centre described in
lowercase (Trung tâm nghiên cứu và phát triển trí tuệ nhân tạo của Nvidia) and the 'ceasefire committee' are no entities;
'группировка войск "Центр"' is an organization."""
import os
from goldlib import P, O, L, write_gold
REUTERS = (O, "Reuters", [])
AP = (O, "AP", ["Associated Press"])
AFP = (O, "AFP", ["Agence France-Presse"])
RIA = (O, "РИА Новости", ["RIA Novosti"])
XINHUA = (O, "新华社", ["Xinhua"])
G = {
 "750_en.txt": ("en", ["EG", "IL", "PS", "QA", "US"], [
  (L, "Cairo", ["CAIRO"]), (L, "Jerusalem", ["JERUSALEM"]), REUTERS,
  (L, "Rafah crossing", ["Rafah"]), (L, "Gaza Strip", ["Gaza"]),
  (P, "Badr Abdelatty", ["Abdelatty"]), (O, "Hamas", []),
  (P, "Mohammed bin Abdulrahman Al Thani", []), (P, "Benjamin Netanyahu", []),
  (L, "Kerem Shalom crossing", ["Kerem Shalom"]), (L, "Nitzana", []), (P, "Basem Naim", []),
  (O, "UNRWA", ["United Nations Relief and Works Agency for Palestine Refugees"]),
  (O, "World Food Programme", []), (L, "Khan Younis", []), (L, "Deir al-Balah", []),
  (P, "Olga Cherevko", []),
  (O, "OCHA", ["U.N. Office for the Coordination of Humanitarian Affairs",
               "Office for the Coordination of Humanitarian Affairs"]),
  (L, "Beit Lahiya", []), (P, "Steve Witkoff", []), (P, "Nidal Hamdan", []), (P, "Maayan Lubell", []),
  (P, "Alex Richardson", [])]),
 "751_en.txt": ("en", ["FR", "IL", "IR", "LB", "QA", "US"], [
  (L, "Beirut", ["BEIRUT"]), AP, (O, "Health Ministry", []), (P, "Joseph Aoun", ["Aoun"]),
  (O, "Hezbollah", []), (L, "Nabatieh", []), (L, "Litani River", ["Litani"]), (L, "Baabda", []),
  (L, "Naqoura", []), (P, "Nawaf Salam", []), (P, "Naim Kassem", []), (O, "UNIFIL", []),
  (L, "Kfar Kila", []), (P, "Andrea Tenenti", []), (L, "Hasbaya", []), (P, "Fadi Abou Chacra", []),
  (P, "Israel Katz", []), (P, "Bassem Mroue", [])]),
 "752_en.txt": ("en", ["CN", "KR", "TW", "US"], [
  (L, "Seoul", ["SEOUL"]), (L, "Austin", ["AUSTIN"]), REUTERS,
  (O, "Samsung Electronics", ["Samsung"]), (O, "Tesla", []), (L, "Taylor", []), (L, "Texas", []),
  (O, "TSMC", ["Taiwan Semiconductor Manufacturing Co.", "Taiwan Semiconductor Manufacturing"]),
  (P, "Elon Musk", ["Musk"]), (O, "X", []), (O, "SK Hynix", []), (O, "Nvidia", []),
  (L, "Hsinchu", []), (L, "Tainan", []), (L, "Arizona", []), (P, "Jensen Huang", []), (L, "Taipei", []),
  (P, "Kim Tae-hoon", []), (O, "Mirae Asset Securities", []), (P, "Lee Jae-yong", []),
  (L, "California", []), (L, "Washington", []), (P, "Kim Jung-kwan", []), (P, "Li Qiang", []),
  (L, "Shanghai", []), (O, "Huawei", []), (O, "SMIC", []), (P, "Heekyong Yang", []),
  (P, "Akash Sriram", []), (P, "Jamie Freed", [])]),
 "753_en.txt": ("en", ["AE", "EG", "SA", "SD", "TD", "US"], [
  (L, "Port Sudan", ["PORT SUDAN"]), AP, (O, "Rapid Support Forces", ["RSF"]), (L, "El Fasher", []),
  (L, "Darfur", []), (L, "Kordofan", []), (O, "Sudan Doctors Network", []),
  (L, "Abu Shouk", ["Abu Shouk camp"]), (P, "Mohamed Hamdan Dagalo", ["Hemedti"]),
  (P, "Abdel-Fattah Burhan", ["Burhan"]), (O, "World Food Programme", ["WFP"]), (L, "Tawila", []),
  (P, "Leni Kinzli", []), (O, "UNHCR", []), (L, "Adre", ["Adre border crossing", "Adre crossing"]),
  (P, "Ibrahima Sow-Diallo", []), (L, "Red Sea", []), (P, "Kamil Idris", []), (L, "Khartoum", []),
  (L, "Bara", []), (L, "El Obeid", []), (O, "International Organization for Migration", [])]),
 "754_fr.txt": ("fr", ["FR"], [
  (L, "Paris", []), AFP, (O, "Rassemblement national", ["RN"]), (O, "La France insoumise", ["LFI"]),
  (P, "Sébastien Lecornu", ["Lecornu"]), (O, "Sécurité sociale", []), (P, "Marine Le Pen", []),
  (O, "Assemblée nationale", ["Assemblée"]), (L, "Palais Bourbon", []), (P, "Jordan Bardella", []),
  (P, "Emmanuel Macron", []), (P, "Jean-Luc Mélenchon", []), (O, "Parti socialiste", []),
  (P, "Olivier Faure", []), (O, "Les Républicains", []), (P, "Bruno Retailleau", []),
  (P, "Amélie de Montchalin", []), (L, "Matignon", []), (O, "Commission européenne", []),
  (O, "Fitch", []), (P, "Bruno Cautrès", []), (O, "Cevipof", [])]),
 "755_fr.txt": ("fr", ["IQ", "IR", "US"], [
  (L, "Bagdad", []), AFP, (O, "Parlement irakien", ["Parlement"]),
  (P, "Haibat al-Halboussi", ["Halboussi"]), (P, "Mohammed Chia al-Soudani", ["Soudani"]),
  (O, "Taqaddom", []), (O, "Reconstruction et Développement", []), (O, "Cadre de coordination", []),
  (P, "Nouri al-Maliki", []), (L, "Erbil", []), (O, "Parti démocratique du Kurdistan", ["PDK"]),
  (P, "Massoud Barzani", []), (P, "Abdel Latif Rachid", []),
  (O, "Union patriotique du Kurdistan", ["UPK"]), (L, "Souleimaniyeh", []), (P, "Hamzeh Haddad", []),
  (O, "Conseil européen pour les relations internationales", []), (L, "Washington", []),
  (O, "Hachd al-Chaabi", []), (O, "Etat islamique", ["EI", "groupe Etat islamique"]),
  (L, "Diyala", []), (L, "Kirkouk", []), (P, "Mark Savaya", [])]),
 "756_es.txt": ("es", ["ES"], [
  (L, "Madrid", []), (O, "EFE", []), (P, "Alberto Núñez Feijóo", ["Feijóo"]),
  (O, "Partido Popular", ["PP"]), (P, "Pedro Sánchez", ["Sánchez"]), (O, "Cortes", []),
  (O, "Unidad Central Operativa", ["UCO"]), (O, "Guardia Civil", []), (O, "PSOE", []),
  (P, "Santos Cerdán", ["Cerdán"]), (O, "Congreso de los Diputados", ["Congreso"]), (O, "Vox", []),
  (L, "Extremadura", []), (L, "Aragón", []), (P, "Santiago Abascal", []), (P, "Yolanda Díaz", []),
  (O, "Sumar", []), (O, "Tribunal Supremo", []), (P, "Leopoldo Puente", []), (O, "Acciona", []),
  (L, "Navarra", []), (L, "La Rioja", []), (O, "Junts", []), (P, "Carles Puigdemont", []),
  (O, "PNV", []), (P, "Maribel Vaquero", []), (L, "Moncloa", []),
  (P, "Ainhoa Zubizarreta Lekue", []), (O, "Universidad del País Vasco", [])]),
 "757_de.txt": ("de", [], [
  (L, "Berlin", []), (O, "dpa", ["Deutsche Presse-Agentur", "Deutschen Presse-Agentur"]),
  (P, "Friedrich Merz", ["Merz"]), (O, "CDU", []), (O, "Bundestag", []),
  (O, "Junge Union", ["Jungen Union", "JU"]), (O, "Unionsfraktion", []), (O, "Union", []),
  (P, "Johannes Winkel", []), (P, "Lars Klingbeil", []), (O, "SPD", []), (P, "Bärbel Bas", []),
  (O, "CSU", []), (O, "AfD", []), (P, "Alice Weidel", []), (O, "Die Grünen", ["Grünen"]),
  (O, "Linke", ["die Linke"]), (P, "Markus Söder", []), (L, "München", []), (O, "Volkswagen", []),
  (L, "Wolfsburg", []), (L, "Zwickau", ["Werk Zwickau"]), (O, "IG Metall", []),
  (P, "Torsten Kleinhaus", []), (L, "Sachsen", []),
  (O, "Statistisches Bundesamt", ["Statistischen Bundesamts"]), (O, "Bundesbank", []),
  (P, "Joachim Nagel", [])]),
 "758_pt.txt": ("pt", ["AO", "BR", "MZ", "PT"], [
  (L, "Lisboa", []), (O, "Lusa", []), (O, "Air France-KLM", []), (O, "Lufthansa", []),
  (O, "IAG", ["grupo IAG"]), (O, "TAP Air Portugal", ["TAP"]), (P, "Miguel Pinto Luz", []),
  (O, "Conselho de Ministros", []), (P, "Luís Montenegro", []), (O, "PS", []),
  (P, "José Luís Carneiro", []), (O, "Assembleia da República", []), (O, "Chega", []),
  (P, "André Ventura", []), (O, "Iniciativa Liberal", []),
  (L, "aeroporto Humberto Delgado", ["Humberto Delgado"]), (L, "Porto", []), (O, "British Airways", []),
  (O, "Iberia", []), (P, "Luís Rodrigues", []), (P, "Ricardo Vasconcelos Pires", []),
  (O, "Universidade Nova de Lisboa", []), (L, "Alcochete", ["aeroporto de Alcochete"])]),
 "759_ru.txt": ("ru", ["DE", "FR", "RU", "UA", "US"], [
  (L, "Москва", ["МОСКВА", "Москве"]), (O, "ТАСС", ["TASS"]), (O, "Кремль", []),
  (P, "Владимир Путин", []), (P, "Стив Уиткофф", ["Стива Уиткоффа", "Уиткоффа", "Уиткоффом"]),
  (P, "Дмитрий Песков", ["Песков"]), (P, "Юрий Ушаков", []),
  (O, "Российский фонд прямых инвестиций", ["Российского фонда прямых инвестиций"]),
  (P, "Кирилл Дмитриев", []), (P, "Дональд Трамп", []), (L, "Киев", ["Киеву"]),
  (P, "Владимир Зеленский", []), (L, "Берлин", ["Берлине"]), (P, "Фридрих Мерц", ["Фридрихом Мерцем"]),
  (P, "Эммануэль Макрон", ["Эммануэлем Макроном"]), (O, "Минобороны РФ", ["Минобороны"]),
  (O, "группировка войск \"Центр\"", ["группировки войск \"Центр\"", "\"Центр\""]),
  (L, "Покровск", ["Красноармейск", "Красноармейска"]),
  (L, "Донецкая Народная Республика", ["Донецкой Народной Республике"]), (O, "ВСУ", []),
  (P, "Сергей Лавров", ["Лавров"]), (O, "Россия 24", ["\"Россия 24\""]), (O, "НАТО", []),
  (P, "Игорь Ковальчук", []), (O, "ООН", []), (P, "Стефан Дюжаррик", [])]),
 "760_ru.txt": ("ru", ["EG", "IL", "LY", "PS", "QA", "RU", "SD", "TR"], [
  (L, "Москва", ["МОСКВА", "Москве", "Москва"]), RIA, (P, "Сергей Лавров", ["Лавров"]),
  (P, "Бадр Абдель Ати", ["Бадром Абдель Ати", "Абдель Ати"]),
  (O, "МИД России", ["российском МИД", "МИД"]), (O, "МИД Египта", ["египетского МИД"]),
  (L, "сектор Газа", ["секторе Газа", "Газа", "Газой"]),
  (L, "Рафах", ["пропускного пункта \"Рафах\""]), (L, "Каир", ["Каире"]),
  (O, "БАПОР", ["Ближневосточного агентства ООН для помощи палестинским беженцам"]),
  (L, "Западный берег реки Иордан", ["Западном берегу реки Иордан"]), (O, "ХАМАС", []), (O, "ФАТХ", []),
  (P, "Халиль аль-Хайя", []), (L, "Эд-Дабаа", ["АЭС \"Эд-Дабаа\""]),
  (O, "Росатом", ["Росатома", "госкорпорация \"Росатом\""]), (P, "Алексей Лихачев", []),
  (P, "Андрей Ситников", []), (O, "Институт востоковедения РАН", ["Института востоковедения РАН"])]),
 "761_ru.txt": ("ru", ["RU", "SA"], [
  (L, "Москва", ["МОСКВА"]), RIA, (O, "Банк России", ["ЦБ"]), (P, "Эльвира Набиуллина", []),
  (P, "Антон Силуанов", []), (P, "Максим Решетников", []), (O, "Сбербанк", ["Сбербанка"]),
  (P, "Герман Греф", []), (L, "Сколково", []), (O, "ВТБ", []), (P, "Андрей Костин", []),
  (O, "Московская биржа", ["Московской бирже", "Мосбиржа", "Мосбиржи"]), (O, "Газпром", ["Газпрома"]),
  (O, "Лукойл", ["Лукойла"]), (O, "Новатэк", ["Новатэка"]), (O, "Финам", []),
  (P, "Ольга Белокопытова", []), (O, "ОПЕК+", ["ОПЕК"]), (P, "Александр Новак", [])]),
 "762_ar.txt": ("ar", ["EG", "IL", "PS", "QA", "US"], [
  (L, "الدوحة", []), (O, "قنا", ["QNA", "وكالة الأنباء القطرية"]),
  (P, "محمد بن عبدالرحمن بن جاسم آل ثاني", []), (P, "بدر عبد العاطي", ["عبد العاطي"]),
  (L, "قطاع غزة", ["غزة"]), (L, "معبر رفح", ["رفح"]), (L, "معبر كرم أبو سالم", ["كرم أبو سالم"]),
  (O, "الأونروا", ["وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى"]),
  (O, "صندوق قطر للتنمية", []), (L, "القاهرة", []), (L, "خان يونس", ["مدينة خان يونس"]),
  (O, "حماس", ["حركة المقاومة الإسلامية"]), (O, "اللجنة الدولية للصليب الأحمر", []),
  (P, "حازم قاسم", []), (P, "محمد بن عبدالعزيز الخليفي", []),
  (O, "وزارة الخارجية", ["بوزارة الخارجية"]), (P, "إبراهيم عبدالله الهاجري", [])]),
 "763_ar.txt": ("ar", ["IQ", "TR"], [
  (L, "بغداد", []), (O, "واع", ["وكالة الأنباء العراقية", "INA"]),
  (P, "محمد شياع السوداني", ["السوداني", "للسوداني"]), (O, "الحزب الديمقراطي الكردستاني", []),
  (P, "مسعود بارزاني", []), (L, "أربيل", []), (O, "المحكمة الاتحادية العليا", []),
  (O, "مجلس النواب", ["لمجلس النواب"]), (L, "إقليم كردستان", []), (L, "ميناء جيهان", ["جيهان"]),
  (P, "مسرور بارزاني", []), (O, "الاتحاد الوطني الكردستاني", []), (P, "بافل طالباني", []),
  (L, "السليمانية", []), (O, "الإطار التنسيقي", ["الإطار"]), (P, "عائد الهلالي", []),
  (O, "ائتلاف دولة القانون", []), (P, "نوري المالكي", []), (O, "خلية الإعلام الأمني", []),
  (O, "داعش", ["عصابات داعش"]), (L, "وادي الشاي", []), (L, "كركوك", []),
  (O, "قيادة العمليات المشتركة", []), (P, "سرمد البياتي", []),
  (O, "التحالف الدولي", ["قوات التحالف الدولي"]), (L, "قاعدة عين الأسد", ["عين الأسد"]), (L, "الأنبار", [])]),
 "764_ar.txt": ("ar", ["EG", "IL", "JO", "YE"], [
  (L, "عمان", []), (O, "بترا", ["Petra", "وكالة الأنباء الأردنية"]), (P, "هانس غروندبرغ", ["غروندبرغ"]),
  (O, "الحوثيين", ["جماعة الحوثيين"]), (O, "الأمم المتحدة", ["للأمم المتحدة"]), (L, "صنعاء", []),
  (O, "مجلس الأمن الدولي", []), (O, "برنامج الأغذية العالمي", []),
  (O, "يونيسف", ["منظمة الأمم المتحدة للطفولة"]), (O, "مجلس القيادة الرئاسي", []),
  (P, "رشاد العليمي", []), (L, "عدن", ["مدينة عدن"]),
  (O, "أوتشا", ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"]), (L, "ميناء الحديدة", ["الحديدة"]),
  (L, "القاهرة", []), (P, "بدر عبد العاطي", []), (P, "شائع الزنداني", []), (L, "البحر الأحمر", []),
  (L, "مضيق باب المندب", ["باب المندب"]), (O, "وكالة أنباء الشرق الأوسط", []), (P, "نضال الخطيب", []),
  (L, "قناة السويس", [])]),
 "765_zh.txt": ("zh", ["CN", "EG", "IL", "LY", "PS", "QA", "SD", "US"], [
  XINHUA, (L, "北京", []), (O, "中共中央政治局", []), (O, "外交部", []), (P, "王毅", []),
  (P, "阿卜杜勒阿提", []), (L, "加沙地带", ["加沙"]),
  (O, "联合国近东巴勒斯坦难民救济和工程处", ["近东救济工程处"]), (L, "拉法口岸", []),
  (O, "哈马斯", ["巴勒斯坦伊斯兰抵抗运动"]), (L, "开罗", []), (L, "红海", []), (O, "胡塞武装", []),
  (L, "苏伊士运河", []), (P, "林剑", []), (P, "习近平", []),
  (O, "中国－阿拉伯国家峰会", ["第二届中国－阿拉伯国家峰会"]), (P, "塞西", []),
  (O, "中国社会科学院西亚非洲研究所", []), (P, "王林聪", [])]),
 "766_zh.txt": ("zh", ["CN", "DE", "HU", "TR"], [
  (O, "比亚迪", ["比亚迪公司"]), (L, "塞格德", []), XINHUA, (L, "布达佩斯", []), (P, "陈浩", []),
  (P, "刘鑫", []), (P, "欧尔班", []), (P, "西雅尔多", []), (P, "王传福", []), (L, "马尼萨", []),
  (O, "匈牙利投资促进局", []), (O, "宁德时代", []), (L, "德布勒森", []), (O, "欧盟委员会", []),
  (O, "欧盟", []), (O, "德国汽车工业协会", []), (P, "希尔德加德·米勒", []), (O, "大众汽车", []),
  (O, "宝马", []), (P, "龚韬", []), (O, "塞格德大学", []), (P, "拉斯洛·瓦尔加", []), (L, "多瑙河", [])]),
 "767_vi.txt": ("vi", ["CN", "KR", "TW", "US", "VN"], [
  (L, "Hà Nội", []), (O, "TTXVN", ["VNA", "Thông tấn xã Việt Nam"]), (P, "Phạm Minh Chính", []),
  (P, "Jensen Huang", []), (O, "Nvidia", ["Tập đoàn Nvidia"]), (L, "Thành phố Hồ Chí Minh", []),
  (O, "VinBrain", ["Công ty VinBrain"]), (O, "Vingroup", ["Tập đoàn Vingroup"]),
  (O, "Viettel", ["Tập đoàn Viettel"]), (O, "FPT", ["Tập đoàn FPT"]), (O, "Đại học Quốc gia Hà Nội", []),
  (O, "Đại học Bách khoa Thành phố Hồ Chí Minh", []), (O, "Samsung Việt Nam", []), (L, "Bắc Ninh", []),
  (L, "Thái Nguyên", []), (P, "Tô Lâm", []), (O, "Bộ Khoa học và Công nghệ", []),
  (P, "Nguyễn Mạnh Hùng", []), (O, "Quốc hội", []), (O, "Bộ Tài chính", []), (P, "Nguyễn Văn Thắng", []),
  (O, "Ủy ban nhân dân Thành phố Hồ Chí Minh", []), (P, "Nguyễn Văn Được", []),
  (P, "Trần Quốc Bảo Khánh", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout43", "holdout43-gold.json", G)
