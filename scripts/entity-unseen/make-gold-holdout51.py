#!/usr/bin/env python3
"""Writes holdout51-gold.json for the articles in holdout51/ (same format and conventions as make-gold-holdout50.py,
make-gold-holdout46.py and make-gold-holdout45.py). PEOPLE-HEAVY everyday news: appointments and a board reshuffle, a
city council electing a mayor, a cantonal by-election, three court cases (defendants, judges, prosecutors, lawyers), a
marathon and a rugby match with its team sheets, a prize list, two funerals and an obituary, visits of a Vietnamese
minister; foreign people written in each language's own script (a Vietnamese minister in Russian and in Arabic, French
officials in Chinese, Kenyan runners in Vietnamese, Indonesian, Turkish, French, Japanese and American laureates in
Arabic), surname-only and given-name-only second mentions, initials, patronymics in oblique cases, Arabic names with
ibn/bin/bint/Abu/Al-, Chinese compound surnames (上官, 司马, 欧阳, 端木, 皇甫, 诸葛, 令狐, 司徒, 钟离, 夏侯, 宇文, 慕容,
司空, 公孙), Vietnamese names in full and by last given name (ông Hùng, bị cáo Khuê), a stage name beside a real name,
Spanish double surnames, Portuguese 'de Sousa', German 'von', Dutch and Afrikaans 'van der', and people sharing a word
with a place or a company (Nguyễn Thị Huế in Huế, Игорь Гусев and the town Гусев, 彭武陵 and 武陵区, 汤武昌 and 武昌区,
欧阳东风 and 东风, Simon Barclay, Barclay & Finch and Barclays, Nancy Wendling-Schaeffer in Nancy, Jean Daum and Daum,
Wolfgang Porsche and Porsche, Santiago Arrieta and Santiago (de Compostela), فهد سالم الأحمدي and الأحمدي, هداية الله
نور الدين and جامعة شريف هداية الله, نورة بنت سعد and جامعة الأميرة نورة): 3 vi, 3 ru, 3 zh, 3 ar, 2 en, 2 fr, 1 es, 1 de:
894 vi TTXVN 'Huế, 11/12 (TTXVN) -' (Kenyan runners win the Huế heritage marathon; Kiprotich Ruto Chemweno /
Chemweno, Hoàng Nguyên Thanh / Nguyên Thanh, Nguyễn Thị Huế, Phan Thanh Hùng / ông Hùng, cầu Trường Tiền, sông Hương,
chùa Thiên Mụ, Eldoret); 895 vi TTXVN **all in NFD** 'Khánh Hòa, 11/12 (TTXVN) -' (a land-auction verdict; Thẩm phán,
bị cáo Khuê/Như/Lộc, Tôn Nữ Quỳnh Như, Ksor H'Nhung, Công ty TNHH Đầu tư Bãi Dài Xanh beside the beach Bãi Dài, BIDV,
phường/bán đảo Cam Ranh, Ninh Thuận cũ); 896 vi TTXVN 'Thành phố Hồ Chí Minh' (funeral of an invented cải lương
People's Artist; 'Ngọc Bích Vân (tên thật là Lâm Thị Bích Vân)', 'bà Bích Vân', 'Chị Vân', Trương Tấn Sang, Nguyễn Văn
Hùng / ông Hùng, Kim Cương, Út Trà Ôn, Nhà hát Cải lương Trần Hữu Trang, rạp Hưng Đạo, đường Trần Hưng Đạo, số 25 Lê
Quý Đôn); 897 ru TASS 'МОСКВА' (Nguyễn Hồng Diên in Moscow: 'Нгуен Хонг Зиен', 'с Нгуен Хонг Зиеном', Буй Тхань Шона,
Чан Тхи Тху Ха, Данг Минь Кхой, Чернышенко, Алиханов, full names with patronymics, В. В. Миклушевский, ПАО "КАМАЗ",
Thanh Cong Group, PVFCCo, СРВ); 898 ru RIA Novosti 'КАЛИНИНГРАД' (an ex-deputy head of the Gusev district jailed;
'Игоря Гусева'/'Гусеву' beside 'в Гусеве' and 'Гусевского муниципального округа', judge 'Е. В. Гарина', 'Л. А. Шаповала',
patronymics, Кикнадзе, БФУ имени Иммануила Канта, Нестеров the town); 899 ru TASS 'КОСТРОМА' (the city duma elects a
mayor; Смирнова-Латышева in four cases, Пузырёв with ё, 'Н. П. Голубев' and a different 'Марина Викторовна Голубева',
'в районе Васильевского', "Справедливой России - За правду"); 900 zh Xinhua '新华社武汉…电（记者上官雨辰）' (Wuhan and
Bordeaux; 斯特凡妮·勒布朗/勒布朗, 皮埃尔·于尔米克, 奥利维耶·德马雷斯特, 让-吕克·马尔尚, 司马建国, 欧阳东风, 端木晓峰, 汤武昌,
皇甫一鸣, 诸葛文静, 法国驻武汉总领事馆, 波尔多蒙田大学, 加龙河); 901 zh China News Service '中新社长沙…电 (记者 闻嘉禾)'
(Hunan's people's congress appoints officials; 令狐海涛, 司徒静怡, 钟离远航, 欧阳红梅, 上官志明, 彭武陵 the Tujia official
named like 武陵区 and 武陵山区, 湘西州, 省发展改革委); 902 zh Xinhua '新华社北京…电' (cremation of an invented bridge
academician; 夏侯振邦 / 夏侯院士 / 夏侯总, the leaders' list 习近平 … 李希, 宇文立新, 慕容欣然, 司空伟, 公孙慧兰, 夏侯安平,
克劳斯·延森, 藤原健一, 理查德·哈德威克, bridges 武汉/南京/九江/芜湖长江大桥, 港珠澳大桥, 青马大桥); 903 ar WAM 'أبوظبي في 11
ديسمبر/ وام/' (Bin Touq receives Nguyễn Hồng Diên: 'نغوين هونغ ديين', 'عبدالله بن طوق المري' / 'ابن طوق', 'شخبوط بن نهيان بن
مبارك آل نهيان', 'سالم بن حارب أبو الهول', 'محمد أبو شهاب السويدي', 'نغوين ثي فونغ ثاو', "فيت جيت", "كيزاد", فينالاينز,
ميناء لاك هوين بمدينة هاي فونغ); 904 ar KUNA 'الكويت - 10 - 12 (كونا) --' (a Kuwait Municipality bribery verdict; judges,
'وعبدالرحمن أبو رقبة', 'محمود عبدالحليم أبو العلا', 'عبدالوهاب بن نخي العجمي', 'دانة أبو السعود', 'فهد سالم الأحمدي' beside
محافظة الأحمدي, "نزاهة", والرقة); 905 ar SPA 'الرياض 2 شعبان 1448 هـ الموافق 11 يناير 2027 م واس' (the King Faisal Prize
winners; خالد الفيصل, 'نورة بنت سعد أبو زنادة' / 'أبو زنادة', 'عمر فاروق بن إسماعيل أوغلو', 'الطاهر ابن عاشور', 'فرانسوا-كزافييه
دوبوا' / دوبوا, كينجي ماتسوموتو, 'أماندا ج. كولينز', السبيل, سلمان بن عبدالعزيز آل سعود); 906 en Reuters 'LONDON, Dec 11
(Reuters) -' with byline and reporting line (an SFO fraud sentence; Simon Barclay / Barclay / Barclay's, Barclay & Finch
Wealth Management, Barclays / Barclays Bank UK, Nadia Al-Hashimi, Oliver St John-Mabey KC, Edward J. Finch and Margaret
Finch); 907 en Reuters 'CAPE TOWN' (Stormers beat Leinster; Jaco van der Westhuizen / 'Van der Westhuizen' / Jaco,
Seán Mac Giolla Phádraig, Niall Ó Cuinn, Ruan du Plessis-Nel, full team sheets, Dobson, Cullen); 908 fr AFP 'Nancy (AFP)
-' (funeral of an invented master glassmaker; Nancy Wendling-Schaeffer, Jean Daum and Daum, Baccarat, Lalique, Emile
Gallé, Mathieu Klein, Chaynesse Khirouni, place Stanislas, musée de l'Ecole de Nancy); 909 fr ATS 'Neuchâtel (ATS) -' (a
Conseil d'Etat by-election; Anne-Christine de Montmollin / 'Mme de Montmollin', Fatima Ben Salah / Ben Salah,
Jean-Daniel von Gunten / 'Von Gunten', PLR, PS, UDC, Les Vert-e-s, Montagnes neuchâteloises / Montagnes); 910 es EFE
'Madrid, 11 dic (EFE).-' (an Audiencia Nacional verdict on Adif works in Galicia; Santiago Arrieta Olabarria / Arrieta
Olabarria / Arrieta, María Begoña Iturralde Zubizarreta, Fernando Ruiz de la Cuesta, Lucía Souto do Campo, João Pedro
Martins de Sousa, Julián Carballeira Feijoo and Construcciones Carballeira Feijoo S.L., 'de Ourense a Santiago', UCO);
911 de dpa 'Stuttgart (dpa) -' (Porsche reshuffles its board; Sandra van der Meulen / 'Van der Meulen', Konstantin von
Hagenbeck / 'Von Hagenbeck', Wolfgang and Ferdinand Porsche, Porsche Automobil Holding SE, Entwicklungszentrum Weissach).
Every minor name was checked with grep against the earlier sets' articles; replaced after that check: von Allmen,
Lozano, Tôn Thất, Mai Xuân Trường, Lâm Quốc Thịnh, Hạ Long, Quy Nhơn, Бойчук, Черняховск, Акрон, Vinachem, ВЭБ.РФ,
Газпром нефть, الكيت, موانئ أبوظبي, الزيودي, الكتبي, المهيري, بيلاي, صباح السالم, أبو حيمد, معهد باستور, مستشفى الملك فيصل
التخصصي, Oyelaran, Raghunathan, Mokoena, McAllister, McAteer, Mbarga, Essomba, Perrenoud, Goikoetxea, Ferreiro, LBBW,
DZ Bank. Recurring as allowed: big cities and provinces (Москва, Калининград, Khánh Hòa, Cam Ranh, Thành phố Hồ Chí
Minh, 武汉, 长沙, 北京, الكويت, الأحمدي, أبوظبي, الرياض, Braga), famous leaders and bodies (习近平 …, Trương Tấn Sang, the
agencies, Fiscalía Anticorrupción, Volkswagen). Written blind in session 28: no Swift source read, no extractor run;
the gold was fixed and committed before any extractor ran on the set.

Conventions as holdout41-50 (titles and honorifics no part of a name: ông, bà, Thẩm phán, Luật sư, Kiểm sát viên,
Nghệ sĩ Nhân dân, судья, адвокат, 院士, 教授, 副市长, معالي, سعادة, صاحب السمو الملكي الأمير, المستشار, المحامي,
Judge, KC, Mme, le père, Vorständin; a surname, a given name or a stage name alone is an alias; a generic word before a
place an alias; governments and cabinets (武汉市政府, 湖南省人民政府, правительство), chambers of a court (Sección Segunda
de la Sala de lo Penal, Sala de Apelación), a court's bench (Hội đồng xét xử), competitions (Giải Marathon quốc tế Di
sản Huế, SEA Games 34, United Rugby Championship, Champions Cup), prizes (جائزة الملك فيصل, Meilleur ouvrier de France,
Maître d'art), agreements, laws and book, play and song titles none; a place named only inside an organization's
name not counted; a name built from a person's (Nhà hát Cải lương Trần Hữu Trang, rạp Hưng Đạo, đường Trần Hưng Đạo,
số 25 Lê Quý Đôn, Thành phố Hồ Chí Minh, Балтийский федеральный университет имени Иммануила Канта, جامعة الأميرة نورة بنت
عبدالرحمن, جامعة الملك سعود بن عبدالعزيز, مؤسسة الملك فيصل الخيرية, هيئة جائزة الملك فيصل, قاعة الأمير سلطان, فندق الفيصلية,
جامعة شريف هداية الله, place Stanislas, basilique Saint-Epvre, Universität … , 波尔多蒙田大学) makes no person). New here:
- a stage name and a real name given in parentheses are one person (Ngọc Bích Vân, Lâm Thị Bích Vân, 'bà Bích Vân',
  'Chị Vân'); an honorific + surname (夏侯院士, 夏侯总) gives the surname alone ('夏侯') as an alias;
- when a person's surname is also a place of the article, the gold keeps both and the wording keeps their surface forms
  apart (Гусев the town only as 'в Гусеве'; the official never as a bare nominative; Nguyễn Thị Huế always in full;
  فهد سالم الأحمدي always in full beside الأحمدي); a company named by a person's surname is an organization apart from
  that person (Daum / Jean Daum, Porsche / Wolfgang Porsche / Ferdinand Porsche, Barclay & Finch Wealth Management /
  Simon Barclay / Edward J. Finch / Margaret Finch, Construcciones Carballeira Feijoo S.L. / Julián Carballeira Feijoo);
  a family named as such (die Familien Porsche und Piëch, les frères Daum) is no entity;
- a funeral home, a cemetery, a basilica, a pagoda, a square, a hotel and a conference hall used as venues are places
  (Nhà tang lễ Thành phố Hồ Chí Minh, Công viên nghĩa trang Chánh Phú Hòa as an alias of Chánh Phú Hòa, 八宝山革命公墓,
  cimetière de Préville, basilique Saint-Epvre, chùa Thiên Mụ, Quảng trường Ngọ Môn, فندق الفيصلية, قاعة الأمير سلطان
  الكبرى); a bridgehead tower (汉阳桥头堡) and bridges (长江大桥s, 港珠澳大桥, 青马大桥, cầu Trường Tiền) are places;
- a theatre company a person works for is an organization (Nhà hát Cải lương Trần Hữu Trang), as are cinemas (rạp Hưng
  Đạo); a crystal works written 'cristallerie de X' where X is named no other way is one place with X (as holdout46's
  refineries); an R&D centre named by its town likewise (Entwicklungszentrum Weissach -> Weissach);
- a provincial people's congress standing committee is an organization with its term-numbered form as an alias
  (湖南省第十四届人民代表大会常务委员会), a session of it none; a party committee's department (省委组织部, 省委教育工委)
  is an organization; a pilot free-trade zone's area (湖南自由贸易试验区长沙片区) and a metropolitan circle (长株潭都市圈)
  are places; '华中地区' a broad region none;
- a metropolitan authority in a title (la métropole du Grand Nancy) and a departmental council (conseil départemental
  de Meurthe-et-Moselle) are organizations; a Swiss cantonal government (Conseil d'Etat) and parliament (Grand Conseil)
  and the Chancellerie d'Etat are organizations; an art movement ('l'Ecole de Nancy') none;
- a rugby club named by its city (Toulouse, 'against Toulouse') is an organization; a team sheet's every player is a
  person;
- an investigation unit and its corps are two organizations (Unidad Central Operativa (UCO), Guardia Civil), as
  Бюро/Агентство in holdout45.
Countries: as holdout50 (names, adjectives and demonyms, also inside a body's name: Liên đoàn Điền kinh Việt Nam,
BIDV's long name, СРВ, СК России, "Справедливая Россия", РАНХиГС 'при президенте РФ', 中国工程院, 丹麦科威公司,
英国皇家工程院, 日本东京大学, الجامعة اللبنانية); a currency (pound, ريال سعودي, dinar) names none; regional demonyms
(neuchâtelois, alsacien, ourensana, maghrébine, Weissacher) none.
Judgement calls: 894 names VN (vận động viên Việt Nam), KE, ET and MY; 895 names VN only through BIDV's name; 896 names
no Vietnam (kiều bào); 901 names no country at all; 908 counts FR from 'Meilleur ouvrier de France' (the word is
written, though inside a distinction); 'phường Cam Ranh' and 'bán đảo Cam Ranh' are one place (Cam Ranh); 'Trung tâm
Phát triển quỹ đất' is an organization though 'tỉnh' follows in lowercase; 'Гусевский муниципальный округ' (a place,
'Гусевского округа' in the headline) and the town Гусев are two places; 'Дворянское собрание' (a building) is a place;
'гордумы' and 'межправкомиссии' (lowercase clippings) are not listed; 唐山铁道学院 and 西南交通大学, 铁道部大桥工程局 and
中铁大桥局集团有限公司 are pairs of organizations (a predecessor named apart); 香港 names no country; the Vert'libéral and
libérale-radicale designations are no parties; Neuchâtel (ATS dateline, 'ville de Neuchâtel') is the city and 'château
de Neuchâtel' a place apart; 'Region Stuttgart' is an alias of Stuttgart; 'Santiago' in 'de Ourense a Santiago' is an
alias of Santiago de Compostela."""
import os
from goldlib import P, O, L, check_gold, write_gold

TTXVN = (O, "TTXVN", [])
TASS = (O, "ТАСС", [])
XINHUA = (O, "新华社", [])
REUTERS = (O, "Reuters", [])
G = {
 "894_vi.txt": ("vi", ["ET", "KE", "MY", "VN"], [
  (L, "Huế", []), TTXVN, (O, "Ủy ban nhân dân thành phố Huế", []), (O, "Liên đoàn Điền kinh Việt Nam", []),
  (L, "Quảng trường Ngọ Môn", []), (L, "Trường Tiền", ["cầu Trường Tiền"]), (L, "Hương", ["sông Hương"]),
  (L, "Thiên Mụ", ["chùa Thiên Mụ"]), (L, "Thuận Hóa", ["phường Thuận Hóa"]),
  (P, "Kiprotich Ruto Chemweno", ["Chemweno"]), (P, "Wilson Kibet Langat", []), (P, "Haile Gebremariam Tesfaye", []),
  (P, "Hoàng Nguyên Thanh", ["Nguyên Thanh"]), (O, "Đoàn Thể thao Quân đội", []), (L, "Vọng Cảnh", ["đồi Vọng Cảnh"]),
  (P, "Beatrice Jepchumba Koech", ["Koech"]), (P, "Nguyễn Thị Huế", []), (L, "Thanh Hóa", []),
  (P, "Samuel Kiprop Njoroge", ["Njoroge"]), (L, "Đà Lạt", []), (L, "Eldoret", []), (L, "Côn Đảo", []),
  (O, "Sở Văn hóa và Thể thao thành phố Huế", []), (P, "Phan Thanh Hùng", ["Hùng"]),
  (O, "Công ty cổ phần Công nghệ Thể thao Sao Việt", []), (O, "Bệnh viện Trung ương Huế", []),
  (P, "Lê Quang Khôi", []), (P, "Đặng Hữu Toàn", [])]),
 "895_vi.txt": ("vi", ["VN"], [
  (L, "Khánh Hòa", []), TTXVN, (O, "Tòa án nhân dân tỉnh Khánh Hòa", []), (L, "Bãi Dài", []),
  (L, "Cam Ranh", ["phường Cam Ranh", "bán đảo Cam Ranh"]), (P, "Lưu Thị Kim Ngân", []), (P, "Võ Đình Khuê", ["Khuê"]),
  (O, "Sở Tài chính tỉnh Khánh Hòa", ["Sở Tài chính Khánh Hòa"]), (P, "Tôn Nữ Quỳnh Như", ["Như"]),
  (P, "Huỳnh Bá Lộc", ["Lộc"]), (O, "Công ty TNHH Đầu tư Bãi Dài Xanh", ["Công ty Bãi Dài Xanh"]),
  (O, "Trung tâm Phát triển quỹ đất", []), (O, "Viện kiểm sát nhân dân tỉnh Khánh Hòa", ["Viện kiểm sát"]),
  (O, "Cơ quan Cảnh sát điều tra Bộ Công an", []),
  (O, "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", ["BIDV"]), (L, "Nha Trang", []),
  (O, "Ủy ban nhân dân tỉnh Khánh Hòa", ["Ủy ban nhân dân tỉnh"]), (P, "Quách Thành Đạt", []),
  (O, "Đoàn Luật sư tỉnh Khánh Hòa", []), (P, "Phan Xuân Trường", []), (P, "Ksor H'Nhung", []),
  (L, "Thuận Nam", ["xã Thuận Nam"]), (L, "Ninh Thuận", []), (P, "Hà Văn Nghĩa", []),
  (L, "Mỹ Ca", ["tổ dân phố Mỹ Ca"])]),
 "896_vi.txt": ("vi", ["CA", "FR"], [
  (P, "Ngọc Bích Vân", ["Lâm Thị Bích Vân", "Bích Vân", "Vân"]), (L, "Thành phố Hồ Chí Minh", []), TTXVN,
  (L, "Nhà tang lễ Thành phố Hồ Chí Minh", []), (L, "Lê Quý Đôn", []), (L, "Xuân Hòa", ["phường Xuân Hòa"]),
  (O, "Hội Sân khấu Thành phố Hồ Chí Minh", []), (P, "Trương Tấn Sang", []),
  (O, "Bộ Văn hóa, Thể thao và Du lịch", []), (P, "Nguyễn Văn Hùng", ["Hùng"]), (O, "Thành ủy", []),
  (O, "Ủy ban nhân dân Thành phố Hồ Chí Minh", []), (L, "Long Hựu", ["xã Long Hựu"]), (L, "Long An", ["tỉnh Long An"]),
  (L, "Tây Ninh", ["tỉnh Tây Ninh"]), (P, "Út Trà Ôn", []), (O, "Nhà hát Cải lương Trần Hữu Trang", []),
  (L, "Paris", []), (L, "Montréal", []), (P, "Kim Cương", []), (O, "rạp Hưng Đạo", []),
  (L, "Trần Hưng Đạo", ["đường Trần Hưng Đạo"]), (P, "Trịnh Kim Chi", []), (L, "Cần Thơ", []), (L, "Vĩnh Long", []),
  (L, "Bến Tre", []), (P, "Lê Thị Thanh Hương", []),
  (O, "Trường Đại học Sân khấu - Điện ảnh Thành phố Hồ Chí Minh", []), (P, "Lâm Quốc Bảo", []),
  (O, "Bảo tàng Thành phố Hồ Chí Minh", []), (L, "Chánh Phú Hòa", ["Công viên nghĩa trang Chánh Phú Hòa"])]),
 "897_ru.txt": ("ru", ["RU", "VN"], [
  (L, "Москва", ["МОСКВА", "Москве"]), TASS, (P, "Дмитрий Чернышенко", ["Чернышенко"]),
  (P, "Нгуен Хонг Зиен", ["Нгуен Хонг Зиеном", "Нгуен Хонг Зиена"]),
  (O, "Межправительственная российско-вьетнамская комиссия по торгово-экономическому и научно-техническому сотрудничеству",
   ["Межправительственной российско-вьетнамской комиссии по торгово-экономическому и научно-техническому сотрудничеству"]),
  (L, "Ханой", []), (L, "Владивосток", ["Владивостока"]), (L, "Санкт-Петербург", ["Санкт-Петербурга"]),
  (P, "Антон Алиханов", []), (O, "КАМАЗ", ["ПАО \"КАМАЗ\""]), (P, "Игорь Николаевич Ведерников", []),
  (O, "Thanh Cong Group", []), (P, "Ву Куок Бао", []), (L, "Ниньбинь", ["провинции Ниньбинь"]),
  (O, "ФосАгро", ["ПАО \"ФосАгро\""]), (O, "PVFCCo", []), (P, "Алексей Валентинович Шестаков", []),
  (P, "Чан Тхи Тху Ха", []), (O, "Банк развития Вьетнама", []), (O, "Совкомбанк", []), (P, "Данг Минь Кхой", []),
  (O, "Московский политехнический университет", []),
  (O, "Ассоциация вьетнамских выпускников российских вузов", ["Ассоциации вьетнамских выпускников российских вузов"]),
  (P, "В. В. Миклушевский", []),
  (O, "Ханойский университет науки и технологий", ["Ханойским университетом науки и технологий"]),
  (P, "Буй Тхань Шон", ["Буй Тхань Шона"]), (L, "Хошимин", ["Хошимине"]),
  (O, "Зарубежнефть", ["\"Зарубежнефти\""])]),
 "898_ru.txt": ("ru", ["RU"], [
  (P, "Игорь Гусев", ["Игоря Гусева", "Гусеву", "Гусева"]),
  (L, "Гусевский муниципальный округ", ["Гусевского муниципального округа", "Гусевского округа"]),
  (L, "Калининград", ["КАЛИНИНГРАД", "Калининграда"]), (O, "РИА Новости", []),
  (O, "Ленинградский районный суд Калининграда", []), (P, "Дарья Олеговна Литвиненко", []),
  (O, "Янтарь-Дорстрой", ["ООО \"Янтарь-Дорстрой\""]),
  (P, "Роман Эдуардович Карапетян", ["Романа Эдуардовича Карапетяна", "Карапетян", "Карапетяна"]),
  (L, "Гусев", ["Гусеве"]), (L, "Маяковское", ["поселке Маяковское"]), (P, "Е. В. Гарина", []),
  (L, "Калининградская область", ["Калининградской области"]), (P, "Максим Тарасович Бондарук", []),
  (P, "Снежана Вахтанговна Кикнадзе", ["Кикнадзе"]),
  (O, "Калининградский областной суд", ["Калининградском областном суде"]),
  (O, "Балтийский федеральный университет имени Иммануила Канта", []), (P, "Л. А. Шаповал", ["Л. А. Шаповала"]),
  (O, "следственное управление СК России по Калининградской области",
   ["следственным управлением СК России по Калининградской области", "СК"]), (O, "УФСБ", []),
  (L, "Нестеров", ["Нестерове"]), (L, "Писса", ["реки Писсы", "Писсы"]),
  (P, "Андрей Леонидович Кострюков", []), (O, "Калининградская правда", ["\"Калининградская правда\""]),
  (P, "Алексей Беспрозванных", []), (L, "Неман", [])]),
 "899_ru.txt": ("ru", ["RU"], [
  (O, "Дума города Костромы", ["Думы города Костромы"]), (L, "Кострома", ["КОСТРОМА", "Костромы"]), TASS,
  (P, "Елена Юрьевна Смирнова-Латышева",
   ["Елену Юрьевну Смирнову-Латышеву", "Смирнова-Латышева", "Смирновой-Латышевой"]),
  (O, "Костромагорводоканал", ["МУП \"Костромагорводоканал\""]), (P, "Вячеслав Анатольевич Пузырёв", ["Пузырёва"]),
  (O, "Волжская сетевая компания", ["ООО \"Волжская сетевая компания\""]),
  (P, "Артём Игоревич Баранников", ["Баранников"]), (O, "КПРФ", []),
  (P, "Гульнара Ринатовна Шайхутдинова", ["Шайхутдинова"]), (O, "ЛДПР", []),
  (O, "Справедливая Россия - За правду", ["\"Справедливой России - За правду\""]),
  (O, "Костромской государственный университет", []),
  (O, "Российская академия народного хозяйства и государственной службы при президенте РФ",
   ["Российскую академию народного хозяйства и государственной службы при президенте РФ"]),
  (P, "Н. П. Голубев", []), (L, "Заволжский район", ["Заволжском районе"]), (L, "Васильевское", ["Васильевского"]),
  (L, "Волга", ["Волгой"]), (P, "Олег Станиславович Ведяпин", []),
  (L, "Ярославская область", ["Ярославской области"]), (O, "Единая Россия", ["\"Единой России\""]),
  (P, "Марина Викторовна Голубева", []), (L, "Дворянское собрание", ["Дворянского собрания"]),
  (L, "Советская улица", ["Советской улице"])]),
 "900_zh.txt": ("zh", ["CN", "FR"], [
  (L, "武汉", ["武汉市"]), (L, "波尔多", ["波尔多市"]), XINHUA, (P, "上官雨辰", []), (L, "湖北", []),
  (P, "斯特凡妮·勒布朗", ["勒布朗"]), (P, "司马建国", []), (L, "武汉经济技术开发区", []), (P, "皮埃尔·于尔米克", []),
  (L, "江岸区", []), (L, "汉口", []), (O, "法国驻武汉总领事馆", []), (P, "奥利维耶·德马雷斯特", ["德马雷斯特"]),
  (L, "湖南", []), (L, "江西", []), (L, "河南", []), (O, "法国电力集团", []), (O, "达能", []),
  (L, "新阿基坦大区", []), (L, "长沙", []), (O, "东风汽车集团有限公司", ["东风"]), (O, "雷诺集团", []),
  (L, "蔡甸区", []), (P, "欧阳东风", []), (O, "武汉大学中南医院", ["中南医院"]), (O, "波尔多大学医疗中心", []),
  (P, "端木晓峰", []), (P, "让-吕克·马尔尚", []), (L, "武昌区", []), (O, "武汉大学", []), (P, "汤武昌", []),
  (O, "波尔多蒙田大学", []), (P, "克莱尔·福尔坦", []), (L, "长江", []), (L, "加龙河", []),
  (O, "武汉楚汇进出口贸易有限公司", []), (P, "皇甫一鸣", []), (L, "宜昌", []), (L, "襄阳", []),
  (O, "波尔多葡萄酒行业协会", []), (P, "索菲·加尼耶", []), (O, "法国驻华大使馆", []), (P, "马蒂厄·佩兰", []),
  (L, "武汉天河国际机场", []), (O, "湖北省人民政府外事办公室", []), (P, "诸葛文静", []), (L, "巴黎", []),
  (O, "东方航空", [])]),
 "901_zh.txt": ("zh", [], [
  (O, "湖南省人大常委会", ["省人大常委会", "湖南省第十四届人民代表大会常务委员会"]), (O, "中新社", []), (L, "长沙", []),
  (P, "闻嘉禾", []), (O, "湖南省高级人民法院", ["省高级人民法院"]), (O, "湖南省人民检察院", ["省人民检察院"]),
  (P, "令狐海涛", []), (O, "湖南省发展和改革委员会", ["省发展改革委"]), (P, "司徒静怡", []), (O, "湖南省教育厅", []),
  (P, "彭武陵", []), (O, "湖南省民族宗教事务委员会", []), (P, "龙建平", []), (P, "欧阳红梅", []),
  (O, "省委组织部", []), (P, "钟离远航", []), (O, "长沙市中级人民法院", []), (P, "谭晓阳", []),
  (O, "株洲市人民检察院", []), (P, "贺春生", []), (P, "付志强", []), (L, "湖南", ["湖南省"]), (L, "邵阳", []),
  (O, "中南大学", []), (L, "岳阳市", []), (O, "湖南省财政厅", []), (L, "长株潭都市圈", []), (L, "湘江", []),
  (L, "广东", []), (L, "开平", []), (O, "湖南师范大学", []), (L, "衡阳市", []), (O, "省委教育工委", []),
  (L, "湘西土家族苗族自治州", ["湘西州", "湘西"]), (L, "龙山县", []), (L, "张家界市", []), (L, "常德市", []),
  (L, "武陵区", []), (L, "湖北", []), (L, "重庆", []), (L, "贵州", []), (L, "武陵山区", []),
  (O, "常德市中级人民法院", []), (L, "安徽", []), (L, "凤阳", []), (L, "湘潭", []), (O, "湖南大学", []),
  (O, "最高人民法院", []), (O, "长沙市岳麓区人民法院", []), (L, "湖南自由贸易试验区长沙片区", []),
  (O, "株洲市人大常委会", ["株洲市第十六届人民代表大会常务委员会"]), (P, "金玉堂", []), (L, "浏阳市", []),
  (L, "怀化市", ["怀化"]), (L, "沅陵县", []), (P, "舒小燕", []), (P, "上官志明", [])]),
 "902_zh.txt": ("zh", ["CN", "DK", "GB", "JP"], [
  (P, "夏侯振邦", ["夏侯"]), XINHUA, (L, "北京", []), (O, "中国共产党", []), (O, "中国工程院", []),
  (O, "中铁大桥局集团有限公司", ["大桥局"]), (L, "八宝山革命公墓", []), (P, "习近平", []), (P, "李强", []),
  (P, "赵乐际", []), (P, "王沪宁", []), (P, "蔡奇", []), (P, "丁薛祥", []), (P, "李希", []), (P, "李晓红", []),
  (O, "交通运输部", []), (P, "刘伟", []), (O, "中国国家铁路集团有限公司", []), (O, "中国中铁股份有限公司", []),
  (O, "同济大学", []), (O, "西南交通大学", []), (O, "长安大学", []), (L, "江苏", []), (L, "无锡", []),
  (O, "唐山铁道学院", []), (O, "铁道部大桥工程局", []), (L, "武汉长江大桥", []), (L, "南京长江大桥", []),
  (L, "九江长江大桥", []), (L, "芜湖长江大桥", []), (L, "港珠澳大桥", []), (L, "沪苏通长江公铁大桥", []),
  (O, "中铁大桥勘测设计院集团有限公司", []), (P, "宇文立新", []), (P, "慕容欣然", []), (L, "武汉", []),
  (L, "汉阳区", []), (P, "司空伟", []), (L, "汉阳桥头堡", []), (P, "冷德福", []), (P, "公孙慧兰", []),
  (P, "夏侯安平", []), (O, "中国科学院力学研究所", []), (L, "太湖", []), (O, "科威公司", []),
  (P, "克劳斯·延森", []), (L, "香港", []), (L, "青马大桥", []), (O, "东京大学", []), (P, "藤原健一", []),
  (O, "英国皇家工程院", ["皇家工程院"]), (P, "理查德·哈德威克", [])]),
 "903_ar.txt": ("ar", ["AE", "VN"], [
  (P, "عبدالله بن طوق المري", ["عبدالله بن طوق", "ابن طوق"]), (P, "نغوين هونغ ديين", []), (L, "أبوظبي", []),
  (O, "وام", []), (L, "هانوي", []), (P, "نغوين ثانه دييم", []), (P, "حمدان سيف الحوسني", []),
  (O, "كيزاد", ["\"كيزاد\""]), (O, "المؤسسة الوطنية للملاحة البحرية في فيتنام", ["فينالاينز"]),
  (L, "ميناء لاك هوين", []), (L, "هاي فونغ", ["بمدينة هاي فونغ"]), (P, "محمد أبو شهاب السويدي", []),
  (P, "تران ثي ثو هوونغ", []), (L, "دبي", ["ودبي"]), (P, "شخبوط بن نهيان بن مبارك آل نهيان", []),
  (O, "فيت جيت", ["\"فيت جيت\""]), (O, "غرفة دبي", []), (P, "نغوين ثي فونغ ثاو", []),
  (L, "هوشي منه", ["مدينة هوشي منه"]), (O, "طيران الإمارات", []), (P, "سالم بن حارب أبو الهول", []),
  (O, "الواحة للأغذية", ["\"الواحة للأغذية\""]), (L, "دلتا ميكونغ", []),
  (O, "رابطة دول جنوب شرق آسيا", ["آسيان", "\"آسيان\""])]),
 "904_ar.txt": ("ar", ["EG", "IN", "KW"], [
  (O, "محكمة الجنايات", []), (O, "بلدية الكويت", ["لبلدية الكويت"]), (L, "الكويت", []),
  (O, "كونا", ["وكالة الأنباء الكويتية", "لوكالة الأنباء الكويتية"]), (L, "الأحمدي", ["بمحافظة الأحمدي"]),
  (L, "مبارك الكبير", ["ومبارك الكبير"]), (P, "ناصر يوسف البدر", []), (P, "مشعل الخرينج", []),
  (P, "عبدالرحمن أبو رقبة", ["وعبدالرحمن أبو رقبة"]), (P, "محمود عبدالحليم أبو العلا", []),
  (P, "راجيش كومار ناير", []), (O, "النيابة العامة", []), (P, "فهد سالم الأحمدي", []),
  (L, "الفحيحيل", ["منطقة الفحيحيل"]), (O, "الهيئة العامة لمكافحة الفساد", ["نزاهة", "\"نزاهة\""]),
  (O, "بنك الكويت الوطني", []), (O, "بيت التمويل الكويتي", ["وبيت التمويل الكويتي"]),
  (P, "عبدالوهاب بن نخي العجمي", []), (O, "محكمة الاستئناف", []), (P, "دانة أبو السعود", []),
  (P, "سعود عبدالعزيز الدبوس", []), (O, "وزارة التجارة والصناعة", ["بوزارة التجارة والصناعة"]),
  (L, "المنقف", []), (L, "الرقة", ["والرقة"])]),
 "905_ar.txt": ("ar", ["ID", "JP", "LB", "SA", "US"], [
  (P, "خالد الفيصل", []), (L, "الرياض", []), (O, "واس", []), (O, "هيئة جائزة الملك فيصل", []),
  (L, "مكة المكرمة", ["منطقة مكة المكرمة"]), (L, "قاعة الأمير سلطان الكبرى", []), (L, "فندق الفيصلية", ["بفندق الفيصلية"]),
  (P, "هداية الله نور الدين", []), (O, "جامعة شريف هداية الله الإسلامية الحكومية", []), (L, "جاكرتا", []),
  (L, "جزر الملوك", []), (L, "بابوا", ["وبابوا"]), (P, "نورة بنت سعد أبو زنادة", ["أبو زنادة"]),
  (O, "جامعة الأميرة نورة بنت عبدالرحمن", ["بجامعة الأميرة نورة بنت عبدالرحمن"]),
  (P, "عمر فاروق بن إسماعيل أوغلو", []), (O, "جامعة مرمرة", []), (L, "إسطنبول", []), (L, "المدينة المنورة", []),
  (P, "حسام الدين أبو الفتوح", []), (O, "جامعة الأزهر", []), (P, "الطاهر ابن عاشور", []), (P, "ريما صفير", []),
  (O, "الجامعة اللبنانية", []), (L, "بيروت", []), (P, "فرانسوا-كزافييه دوبوا", ["دوبوا"]), (O, "معهد إيمجين", []),
  (L, "باريس", []), (P, "كينجي ماتسوموتو", []), (O, "جامعة كيوتو", []),
  (O, "جامعة الملك سعود بن عبدالعزيز للعلوم الصحية", []), (P, "أماندا ج. كولينز", []),
  (O, "معهد ماساتشوستس للتقنية", []), (P, "عبدالعزيز بن محمد السبيل", []), (P, "سلمان بن عبدالعزيز آل سعود", []),
  (O, "مؤسسة الملك فيصل الخيرية", [])]),
 "906_en.txt": ("en", ["CH", "GB", "MT"], [
  (P, "Harriet Adebayo-Rhys", []), (L, "London", ["LONDON"]), REUTERS, (O, "Barclays", ["Barclays Bank UK"]),
  (O, "Serious Fraud Office", ["SFO"]), (P, "Simon Barclay", ["Barclay"]),
  (O, "Barclay & Finch Wealth Management", ["Barclay & Finch"]), (O, "Southwark Crown Court", []),
  (P, "Nadia Al-Hashimi", ["Al-Hashimi"]), (P, "Rosalind Featherstonehaugh", []), (L, "Marbella", []),
  (P, "Jonathan Mbeki-Taylor", []), (P, "Oliver St John-Mabey", []), (P, "Priya Sethuraman", []),
  (O, "Financial Conduct Authority", []), (P, "Nick Ephgrave", []), (L, "Dubai", []), (L, "Bristol", []),
  (P, "Margaret Finch", []), (P, "Edward J. Finch", []), (O, "Financial Services Compensation Scheme", []),
  (P, "Kate Holton", []), (P, "Louise Heavens", [])]),
 "907_en.txt": ("en", ["IE"], [
  (L, "Cape Town", ["CAPE TOWN"]), REUTERS, (P, "Jaco van der Westhuizen", ["Van der Westhuizen", "Jaco"]),
  (O, "Stormers", []), (O, "Leinster", []), (L, "DHL Stadium", []), (P, "Cian O'Driscoll-Byrne", []),
  (P, "Seán Mac Giolla Phádraig", []), (P, "Rory Kavanagh", ["Kavanagh"]), (P, "Thabiso Sithole", []),
  (P, "Ruan du Plessis-Nel", []), (P, "Hendré Swanepoel", []), (P, "Sione Tuipulotu-Havili", []),
  (P, "John Dobson", []), (O, "SuperSport", []), (P, "Leo Cullen", ["Cullen"]), (P, "James Ryan-Whelan", []),
  (O, "Toulouse", []), (P, "Marcel Theunissen", ["Theunissen"]), (P, "Gareth Pryce-Lloyd", []),
  (P, "Kwezi Mafu-Dlamini", []), (O, "Bulls", []), (O, "Glasgow Warriors", []), (L, "Pretoria", []),
  (P, "Lwazi Ntsebeza", []), (P, "Pieter-Steyn de Villiers", []), (P, "Aphiwe Gqiba", []), (P, "Luan Koekemoer", []),
  (P, "Ernst-Jan van der Merwe", []), (P, "Gerrit Bezuidenhout", []), (P, "Lourens Adendorff", []),
  (P, "Sizwe Mthembu", []), (P, "Andre-Hugo Coetsee", []), (P, "Frans Lombard-Vos", []), (P, "Wian Oosthuysen", []),
  (P, "Lwando Fulani", []), (P, "Conor Ó Briain-Walsh", []), (P, "Tadhg Fitzsimons", []), (P, "Eoin Gorman", []),
  (P, "Darragh Quill", []), (P, "Luke Rafferty", []), (P, "Fintan Kehoe", []), (P, "Niall Ó Cuinn", []),
  (P, "Ross Delahunt", []), (P, "Dan Sheehy-Kirwan", []), (P, "Peadar Moloney", []), (P, "Nick Said", []),
  (P, "Toby Davis", [])]),
 "908_fr.txt": ("fr", ["FR", "JP", "US"], [
  (L, "Nancy", []), (P, "Bernard Wendling", ["Wendling"]), (O, "AFP", []),
  (L, "Saint-Epvre", ["basilique Saint-Epvre"]), (O, "Daum", []), (P, "Jean Daum", []), (O, "Baccarat", []),
  (L, "Saint-Louis-lès-Bitche", ["cristallerie de Saint-Louis-lès-Bitche"]), (L, "Moselle", []),
  (P, "Grégoire Atangana-Bekono", []), (P, "Mathieu Klein", []), (O, "métropole du Grand Nancy", []),
  (P, "Nancy Wendling-Schaeffer", []), (L, "Meurthe", []), (P, "Jean-Pierre Lallemand-Vautrin", []),
  (O, "musée de l'Ecole de Nancy", []), (P, "Véronique Thiriet-Baudoin", []), (P, "Emile Gallé", []),
  (O, "conseil départemental de Meurthe-et-Moselle", []), (P, "Chaynesse Khirouni", []), (L, "Metz", []),
  (O, "ministère de la Culture", []), (O, "musée des Beaux-Arts de Nancy", []), (L, "place Stanislas", []),
  (L, "Lunéville", []), (O, "Lalique", []), (L, "Wingen-sur-Moder", []), (L, "cimetière de Préville", [])]),
 "909_fr.txt": ("fr", ["CH", "TN"], [
  (O, "Conseil d'Etat", ["Conseil d'Etat neuchâtelois"]), (L, "Neuchâtel", ["ville de Neuchâtel"]), (O, "ATS", []),
  (P, "Anne-Christine de Montmollin", ["de Montmollin"]), (P, "Fatima Ben Salah", ["Ben Salah"]),
  (P, "Yves-Alain Roulet", []), (O, "Département du développement territorial et de l'environnement", []),
  (O, "Chancellerie d'Etat", []), (O, "Grand Conseil", []), (L, "Littoral", []),
  (O, "Parti libéral-radical", ["PLR"]), (L, "château de Neuchâtel", []), (L, "La Chaux-de-Fonds", []),
  (L, "Montagnes neuchâteloises", ["Montagnes"]), (L, "Sousse", []), (O, "Parti socialiste", ["PS"]),
  (O, "Union démocratique du centre", ["UDC"]), (L, "Val-de-Travers", []),
  (P, "Jean-Daniel von Gunten", ["Von Gunten"]), (P, "Loïc Matthey-Jaquet", []), (P, "Marc-André Dubois", []),
  (O, "Les Vert-e-s", []), (P, "Salomé Girardin-Rossier", []), (P, "Pascal Sciarini", []),
  (O, "Université de Genève", []), (P, "Bertrand Jeanneret", [])]),
 "910_es.txt": ("es", ["PT"], [
  (O, "Audiencia Nacional", []), (O, "Adif", []), (L, "Galicia", []), (L, "Madrid", []), (O, "EFE", []),
  (P, "Santiago Arrieta Olabarria", ["Arrieta Olabarria", "Arrieta"]), (L, "Ourense", []),
  (L, "Santiago de Compostela", ["Santiago"]), (L, "Lugo", []), (L, "A Coruña", []),
  (O, "Construcciones Carballeira Feijoo S.L.", ["Construcciones Carballeira"]),
  (P, "Julián Carballeira Feijoo", ["Carballeira"]), (P, "María Begoña Iturralde Zubizarreta", []),
  (P, "Lucía Souto do Campo", []), (P, "Fernando Ruiz de la Cuesta", []), (P, "João Pedro Martins de Sousa", []),
  (O, "Ferrovias do Minho Lda.", []), (L, "Braga", []), (O, "Fiscalía Anticorrupción", []),
  (O, "Unidad Central Operativa", ["UCO"]), (O, "Guardia Civil", []),
  (L, "San Cibrao das Viñas", ["polígono de San Cibrao das Viñas"]), (L, "Vigo", []),
  (P, "Ana Isabel Prieto-Lamas", []), (P, "Santiago Villaverde Otero", []), (P, "Xosé Manuel Outeiral", []),
  (O, "Ministerio de Transportes y Movilidad Sostenible", []), (O, "Xunta de Galicia", []),
  (O, "Consellería de Infraestructuras", [])]),
 "911_de.txt": ("de", ["GB", "NL"], [
  (O, "Porsche", []), (P, "Sandra van der Meulen", ["van der Meulen", "Van der Meulen"]),
  (L, "Stuttgart", ["Region Stuttgart"]), (O, "dpa", ["Deutschen Presse-Agentur"]), (O, "Philips", []),
  (L, "Amsterdam", []), (P, "Markus Lentföhr", []), (P, "Konstantin von Hagenbeck", ["Von Hagenbeck"]),
  (L, "Leipzig", []), (P, "Michael Leiters", ["Leiters"]), (O, "McLaren", []), (L, "Zuffenhausen", []),
  (P, "Gerd Wollenhaupt", ["Wollenhaupt"]), (P, "Wolfgang Porsche", []), (P, "Ferdinand Porsche", []),
  (L, "Weissach", ["Entwicklungszentrum Weissach"]), (P, "Jürgen Kessler-Dörr", []),
  (O, "IG Metall Baden-Württemberg", []), (L, "Utrecht", []), (O, "Universität Tilburg", []), (O, "ASML", []),
  (L, "Veldhoven", []), (P, "Rainer Fahrenschon", []), (P, "Melanie Schwarz-Yilmaz", []),
  (O, "Porsche Automobil Holding SE", []), (O, "Volkswagen AG", []), (P, "Tobias Grünewald", []),
  (O, "Bankhaus Metzler", []), (L, "Frankfurt", [])]),
}


here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout51", G)
write_gold(here, "holdout51", "holdout51-gold.json", G)
