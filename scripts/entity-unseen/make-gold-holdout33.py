#!/usr/bin/env python3
"""Writes holdout33-gold.json for the articles in holdout33/ (same format and conventions as make-gold-holdout31.py).
Genres no earlier set has (earlier sets: diplomacy, trade, wire copy of visits, ordinary domestic news), in Vietnamese,
Russian, Chinese, Arabic and Ukrainian only:
business and markets: 550 vi TTXVN (a fish processor's quarterly result, its ticker, VN-Index), 554 ru TASS (a chemical
company's takeover of a polymer plant, РТС), 558 zh Xinhua (a chip maker's listing on 科创板, 沪深300), 563 ar SPA (a
petrochemical company's dollar sukuk, تاسي); sport: 551 vi TTXVN in NFD (a V.League 1 match), 555 ru TASS (a Первая лига
match), 559 zh Xinhua (a 中甲 match), 562 ar Petra (a Jordanian league match); culture: 553 vi TTXVN in NFD (the
Vietnamese film festival's prizes), 560 zh Xinhua (a book award), 564 ar WAM (an Arabic novel prize), 565 uk Ukrinform
(a band's concert tour); science and health: 557 ru TASS (a satellite launch from Baikonur), 561 zh Xinhua (a liver
cancer drug's phase III trial); courts: 552 vi TTXVN (a land fraud trial), 556 ru TASS (a sentence for embezzlement).
Hard cases on purpose: people named by surname only (or by the last syllable of a Vietnamese name, ông Vượng, bà Hiền)
after a first full mention, nicknames in quotes ("Thịnh Còi", «Профессор», 老周, 小马, «القناص», «Бойко»), sports clubs
named after towns whose town is a place elsewhere (Sông Hàn Đà Nẵng / Đà Nẵng, «Шторм» Калининград / Калининград,
柳州螺城队 / 柳州, نادي معان / مدينة معان), compound team names (CLB Công an Hà Nội, «Торпедо» Владимир, 山东泰山队预备队,
نادي شباب العقبة), titles of films, books, albums, tours and vehicles in "", «», “” and 《》 (never entities, also when they
hold a place: chùa Thiên Mụ, Saigon, القيروان, نهر العاصي), tickers (MKF, URHC, 688731, 2371), stock indices (VN-Index,
VN30, индекс РТС, индекс Мосбиржи, 沪深300, 科创50, تاسي: an index is no entity), acronyms (CTCP, TNHH, ПАО, ООО, АО, МУП, ТОВ,
ФАС, УФСБ, ИКИ РАН, ASCO, VAR), Russian names in every case and with patronymics, Vietnamese names with and without
diacritics (Nguyen Thanh Lam), NFD text, Chinese names with 老/小, a compound surname (欧阳, 司马), foreign names in Han with
a middle dot, Arabic names with ابن/بن/أبو/آل and clitics (لمعان, بأبوظبي), Latin words and digits in Arabic and Chinese
text (VAR, BBB+, CMOS, L3, HX-2107).
People, clubs, companies, funds, publishers and the band are invented; towns, provinces, rivers, stadiums of the
real leagues and well-known public institutions (courts, exchanges, regulators, academies, hospitals) are real.
Every invented name was checked with grep to be new to the seeds, the non-sentinel sets, knowledge-base.json and
places.json. Written, and its gold fixed and committed, before the extractor ran on it.
Conventions as holdout31: titles and honorifics (HLV, NSND, Thẩm phán, Luật sư, المهندس, 教授) are not part of a name; a
generic word before a place (huyện, xã, tỉnh, thị xã, sân, sông, космодром, поселок, مدينة) is an alias; stadiums,
buildings, industrial parks, basins, lakes and streets are places; clubs, courts, prosecutors, companies, banks,
exchanges, agencies, academies and their institutes, hospitals, universities, publishers, funds and the band are
organizations; leagues, competitions, festivals, awards, tournaments and tours are events, no entities; generic units
(Hội đồng quản trị, Hội đồng xét xử, контрольно-дисциплинарный комитет, управление энергетики) are not entities, and a
university's department is its university's alias. Continents and broad regions (Азия, Европа, Арктика, دول الخليج,
西部地区) are not counted. A place named only inside an organization's name (Hà Nội, Hải Phòng, Владимир, 苏州, 瑞金,
ينبع, Berlin) is not counted. Countries: every country named or described by an adjective, also inside an
organization's or an event's name (VPF, Agribank, РФС, Российской академии наук, 中国足球协会, 美国临床肿瘤学会,
الاتحاد الأردني), never a city's country, not 我国, not a currency ('الدولار الأمريكي')."""
import os
from goldlib import P, O, L, write_gold
TTXVN = (O, "TTXVN", ["VNA", "Thông tấn xã Việt Nam"])
TASS = (O, "ТАСС", ["TASS"])
XINHUA = (O, "新华社", ["Xinhua", "新华通讯社"])
G = {
 "550_vi.txt": ("vi", ["US", "CN"], [
  (L, "Cần Thơ", []), TTXVN,
  (O, "Công ty cổ phần Tập đoàn Thủy sản Vĩnh Hòa Sinh", ["Thủy sản Vĩnh Hòa Sinh", "Vĩnh Hòa Sinh", "MKF"]),
  (P, "Trịnh Quốc Vượng", ["Vượng"]), (L, "Khu công nghiệp Trà Nóc 2", ["Trà Nóc 2"]),
  (O, "Sở Giao dịch Chứng khoán Thành phố Hồ Chí Minh", ["HOSE"]),
  (O, "Công ty TNHH Chứng khoán Đại Dương Xanh", ["Chứng khoán Đại Dương Xanh"]),
  (P, "Lâm Thị Diệu Hiền", ["Hiền"]),
  (O, "CTCP Chứng khoán Bến Nghé", ["BNS", "Chứng khoán Bến Nghé", "Công ty cổ phần Chứng khoán Bến Nghé"]),
  (O, "Bộ Thương mại Hoa Kỳ", []), (L, "Thới Lai", ["huyện Thới Lai"]), (L, "Hậu Giang", ["tỉnh Hậu Giang"]),
  (P, "Trịnh Thị Thu Sương", [])]),
 "551_vi.txt": ("vi", ["BR", "VN"], [
  (L, "Đà Nẵng", []), TTXVN, (L, "Hòa Xuân", ["sân Hòa Xuân"]),
  (O, "CLB Sông Hàn Đà Nẵng", ["Sông Hàn Đà Nẵng"]), (O, "CLB Kinh Bắc Bắc Ninh", ["Kinh Bắc Bắc Ninh"]),
  (P, "Hoàng Văn Tuệ", []), (P, "Trương Minh Khải", ["Khải"]), (P, "Jefferson Amorim", ["Amorim"]),
  (P, "Lưu Đức Thịnh", ["Thịnh Còi"]), (P, "Phan Tiến Đạt", []), (P, "Đỗ Quang Lịch", ["Lịch"]),
  (P, "Nông Văn Sìn", []), (O, "CLB Công an Hà Nội", ["Công an Hà Nội"]),
  (O, "Công ty cổ phần Bóng đá chuyên nghiệp Việt Nam", ["VPF"]), (L, "Lạch Tray", ["sân Lạch Tray"]),
  (O, "CLB Hải Phòng", []), (L, "Bắc Ninh", []), (O, "Hoàng Anh Gia Lai", [])]),
 "552_vi.txt": ("vi", ["VN"], [
  (L, "Thành phố Hồ Chí Minh", ["TP Hồ Chí Minh"]), TTXVN,
  (O, "Tòa án nhân dân Thành phố Hồ Chí Minh", []), (P, "Đặng Hữu Phước", ["Phước"]),
  (O, "Công ty TNHH Địa ốc Phước Thịnh Phát", ["Địa ốc Phước Thịnh Phát"]),
  (O, "Viện kiểm sát nhân dân Thành phố Hồ Chí Minh", []), (P, "Đặng Thị Mỹ Duyên", ["Duyên"]),
  (L, "Tân Nhựt", ["xã Tân Nhựt"]), (L, "Bình Chánh", ["huyện Bình Chánh"]), (P, "Mai Xuân Trường", []),
  (P, "Tôn Nữ Bảo Ngọc", []), (O, "Đoàn Luật sư Thành phố Hồ Chí Minh", []),
  (O, "Công ty cổ phần Xây dựng Hưng Gia Land", ["Hưng Gia Land"]), (P, "Quách Tuấn Kiệt", []),
  (L, "Long An", []), (L, "Tiền Giang", []), (L, "Đồng Nai", []), (P, "Huỳnh Văn Tám", ["Tám"]),
  (L, "Tân An", ["thành phố Tân An"]),
  (O, "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam", ["Agribank"]),
  (O, "Cơ quan Cảnh sát điều tra Công an Thành phố Hồ Chí Minh", [])]),
 "553_vi.txt": ("vi", ["VN", "US"], [
  (L, "Huế", ["thành phố Huế"]), TTXVN, (L, "Nhà hát Sông Hương", []), (P, "Kha Minh Triết", ["Triết"]),
  (O, "Hãng phim Lục Bình", ["Lục Bình"]), (L, "An Giang", []), (L, "Tân Châu", ["thị xã Tân Châu"]),
  (P, "Ông Thị Bích Liên", []), (L, "Hậu", ["sông Hậu"]), (P, "Cù Minh Hải", []),
  (P, "Nguyen Thanh Lam", ["Lam"]), (L, "San Jose", []), (P, "Đào Khắc Hưng", []), (O, "Cục Điện ảnh", []),
  (P, "Viên Quốc Toản", []), (O, "Trung tâm Chiếu phim Quốc gia", []), (L, "Đà Lạt", [])]),
 "554_ru.txt": ("ru", ["CN"], [
  (L, "Екатеринбург", ["ЕКАТЕРИНБУРГ"]), TASS,
  (O, "ПАО «Уральская химическая компания»", ["Уральская химическая компания", "УХК", "URHC"]),
  (O, "ООО «Камский полимерный завод»", ["Камский полимерный завод", "Камского полимерного завода"]),
  (O, "«Тайга Капитал»", ["Тайга Капитал"]), (O, "Федеральная антимонопольная служба", ["ФАС"]),
  (P, "Игорь Вениаминович Лозовский", ["Игоря Вениаминовича Лозовского", "Лозовский", "Лозовскому"]),
  (L, "Нижнекамск", ["Нижнекамске"]), (P, "Рустам Ильдарович Габдрахманов", []),
  (O, "АО «Сибирский инвестиционный дом»", ["Сибирский инвестиционный дом"]),
  (O, "ООО «Меридиан Брокер»", ["Меридиан Брокер"]),
  (O, "Московская биржа", ["Московской бирже", "Мосбиржа", "Мосбиржи"]),
  (P, "Ксения Олеговна Штерн", ["Штерн"]), (O, "Газпромбанк", [])]),
 "555_ru.txt": ("ru", ["BR", "RU"], [
  (L, "Калининград", ["КАЛИНИНГРАД", "Калининграда"]), TASS,
  (O, "«Шторм»", ["Шторм", "Шторма", "«Шторм» Калининград", "Футбольный клуб «Шторм»"]),
  (O, "«Кристалл»", ["Кристалл", "Кристалла"]), (L, "«Янтарная арена»", ["Янтарная арена"]),
  (P, "Тимур Асланович Бекоев", ["Бекоева"]), (P, "Глеб Рудаков", ["Профессор"]), (P, "Жуниор Пессоа", []),
  (P, "Виктор Павлович Загоруйко", ["Загоруйко"]), (P, "Олег Мирзоев", ["Мирзоеву"]), (P, "Денис Крапивин", []),
  (O, "Российский футбольный союз", ["РФС", "Российского футбольного союза"]),
  (O, "«Ладога»", ["Ладога", "Ладоги", "Ладогой"]), (L, "Тверь", ["Твери"]), (L, "Саранск", ["Саранске"]),
  (O, "«Торпедо» Владимир", ["Торпедо"])]),
 "556_ru.txt": ("ru", ["RU"], [
  (L, "Новосибирск", ["НОВОСИБИРСК", "Новосибирска"]), TASS,
  (O, "Октябрьский районный суд Новосибирска", ["Октябрьский районный суд"]),
  (O, "ООО «СибТеплоМонтаж»", ["СибТеплоМонтаж", "СибТеплоМонтажа"]),
  (P, "Аркадий Семенович Вельяминов", ["Аркадия Семеновича Вельяминова", "Вельяминов", "Вельяминова"]),
  (O, "мэрия Новосибирска", ["мэрии Новосибирска"]),
  (P, "Лариса Геннадьевна Чупрынина", ["Ларисой Геннадьевной Чупрыниной", "Чупрынину"]),
  (O, "МУП «Энергосервис-Обь»", ["Энергосервис-Обь"]),
  (L, "Кировский район", ["Кировском"]), (L, "Ленинский район", ["Ленинском"]),
  (P, "Марина Витальевна Оглоблина", []), (P, "Станислав Ершов", []),
  (L, "Октябрьский район", ["Октябрьского района"]), (P, "Эдуард Гаспарян", ["Гаспарян"]),
  (O, "Новосибирский областной суд", ["Новосибирском областном суде"]),
  (O, "Главное следственное управление Следственного комитета России по Новосибирской области",
   ["Следственный комитет России", "Следственного комитета России"]),
  (O, "УФСБ", []), (L, "Кольцово", ["поселке Кольцово"])]),
 "557_ru.txt": ("ru", ["KZ", "RU"], [
  (L, "Байконур", ["БАЙКОНУР", "Байконура", "космодром Байконур"]), TASS, (O, "Роскосмос", ["Роскосмосе"]),
  (O, "АО «Красноярские спутниковые системы»", ["Красноярские спутниковые системы"]),
  (O, "Институт космических исследований Российской академии наук",
   ["ИКИ РАН", "Института космических исследований Российской академии наук"]),
  (P, "Вера Аркадьевна Томилина", ["Томилина"]),
  (O, "Институт солнечно-земной физики СО РАН", ["Института солнечно-земной физики СО РАН"]),
  (L, "Иркутск", ["Иркутске"]), (O, "Полярный геофизический институт", ["Полярного геофизического института"]),
  (L, "Мурманск", ["Мурманске"]), (P, "Геннадий Ефимович Бурцев", ["Бурцеву"]),
  (L, "Медвежьи Озера", ["Медвежьих Озерах"]), (L, "Восточный", ["космодром Восточный"]),
  (L, "Амурская область", ["Амурской области"])]),
 "558_zh.txt": ("zh", ["DE", "JP", "KR"], [
  (L, "上海", []), XINHUA, (P, "钟毓婷", []), (O, "苏州晶澜半导体股份有限公司", ["晶澜半导体", "688731"]),
  (O, "上海证券交易所", ["上交所"]), (L, "苏州工业园区", []), (P, "邝家栋", []), (L, "无锡", []),
  (P, "克劳斯·维尔纳·海丁格", ["海丁格"]), (O, "华鼎证券股份有限公司", ["华鼎证券"]), (P, "欧阳慧敏", []),
  (O, "苏州市人民政府", []), (O, "苏州金鸡湖产业投资基金", [])]),
 "559_zh.txt": ("zh", ["CN", "BR", "KR"], [
  (L, "南宁", []), XINHUA, (P, "韦海琳", []), (L, "柳州市体育中心", []),
  (O, "广西柳州螺城队", ["柳州螺城队", "柳州螺城"]), (O, "吉林延边天池队", ["延边天池队", "延边天池"]),
  (P, "朴志勋", []), (P, "周国栋", ["老周"]), (P, "若昂·维克托·马沙多", ["马沙多"]), (P, "蓝文韬", []),
  (P, "马天翔", ["小马"]), (P, "金成浩", []), (L, "柳州", []), (L, "五星步行街", []), (L, "江西", []), (L, "赣州", []),
  (O, "赣州瑞金红星队", []), (L, "延吉", []), (O, "山东泰山队", ["山东泰山队预备队"]),
  (O, "中国足球协会纪律委员会", ["中国足球协会"]), (P, "崔龙哲", [])]),
 "560_zh.txt": ("zh", ["CN", "DE"], [
  (L, "杭州", []), XINHUA, (P, "俞晓帆", []), (L, "良渚", []), (L, "青海", []), (P, "马秀兰", []),
  (P, "周禾", ["小禾"]), (O, "浙江青石文化基金会", []), (O, "中国作家协会创作研究部", ["中国作家协会"]),
  (L, "柴达木盆地", []), (L, "察尔汗盐湖", []), (O, "复旦大学", ["复旦大学中文系"]), (L, "上海", []),
  (P, "宋致远", ["老宋"]), (P, "莉泽洛特·布赫瓦尔德", []), (O, "柏林新月出版社", []), (O, "浙江文艺出版社", []),
  (L, "西宁", [])]),
 "561_zh.txt": ("zh", ["US", "TH", "MY"], [
  (L, "广州", []), XINHUA, (P, "梁嘉怡", []), (O, "中山大学肿瘤防治中心", []),
  (O, "广州恒曦生物医药有限公司", ["恒曦生物"]), (P, "祁文澜", []), (O, "四川大学华西医院", []), (P, "贺一鸣", []),
  (O, "美国临床肿瘤学会", ["ASCO"]), (P, "司马振邦", []), (O, "国家药品监督管理局", []),
  (O, "广东省疾病预防控制中心", []), (L, "珠江三角洲", [])]),
 "562_ar.txt": ("ar", ["TN", "IQ", "JO"], [
  (L, "عمان", []), (O, "بترا", ["وكالة الأنباء الأردنية"]), (O, "نادي معان", ["معان", "لمعان"]),
  (O, "نادي الأنوار", ["الأنوار"]), (L, "ستاد الأمير محمد", []), (L, "الزرقاء", []),
  (P, "يوسف بن عاشور", ["ابن عاشور"]), (P, "علاء أبو حمدان", ["أبو حمدان", "القناص"]), (P, "أدهم الطراونة", []),
  (P, "حيدر آل ياسين", []), (P, "سامر عبد الهادي", []), (O, "نادي الجليل", []), (L, "معان", ["مدينة معان"]),
  (O, "نادي شباب العقبة", ["شباب العقبة"]), (O, "الاتحاد الأردني لكرة القدم", [])]),
 "563_ar.txt": ("ar", ["SA"], [
  (L, "الرياض", []), (O, "واس", ["وكالة الأنباء السعودية"]),
  (O, "شركة ينبع للبتروكيماويات المتقدمة", ["ينبع المتقدمة", "ينبع للبتروكيماويات المتقدمة"]),
  (O, "السوق المالية السعودية", ["تداول"]), (O, "وكالة فيتش للتصنيف الائتماني", ["فيتش"]),
  (P, "عبدالعزيز بن سعد آل فايز", []), (L, "ينبع الصناعية", ["مدينة ينبع الصناعية"]),
  (O, "شركة الدرعية كابيتال", ["الدرعية كابيتال"]), (O, "بنك الخليج الأول للاستثمار", []),
  (P, "فيصل أبو الخيل", []), (O, "سابك", ["مجموعة سابك"])]),
 "564_ar.txt": ("ar", ["TN", "IQ", "SY", "MA", "AE"], [
  (L, "أبوظبي", ["بأبوظبي"]), (O, "وام", ["وكالة أنباء الإمارات"]), (P, "ليلى بن سالم", ["بن سالم"]),
  (L, "منارة السعديات", []), (P, "أبو الحسن الخزرجي", []), (L, "تونس", []), (L, "القيروان", []),
  (O, "دار الفراشة للنشر", []), (L, "بيروت", []), (P, "مازن آل رشيد", []), (P, "إدريس ابن الطيب", []),
  (O, "منشورات ضفاف المغاربية", []), (L, "الدار البيضاء", []), (P, "سالم بن حمد الكعبي", []),
  (O, "مركز أبوظبي للغة العربية", [])]),
 "565_uk.txt": ("uk", ["UA"], [
  (L, "Київ", ["КИЇВ", "Києві"]), (O, "Укрінформ", ["Укрінформу"]), (O, "«Вітряки»", ["Вітряки"]),
  (L, "Житомир", ["Житомирі"]), (L, "Палац спорту", ["Палаці спорту"]),
  (O, "Збройні сили України", ["Збройних сил України", "ЗСУ"]),
  (O, "Український кризовий медіацентр", ["Українському кризовому медіацентрі"]),
  (P, "Остап Мирославович Гнатишин", ["Гнатишин"]), (L, "Вінниця", ["Вінницю"]), (L, "Полтава", ["Полтаву"]),
  (L, "Дніпро", []), (L, "Запоріжжя", []), (L, "Чернігів", []),
  (O, "ТОВ «Гуцул Концерт Груп»", ["Гуцул Концерт Груп"]), (P, "Дарина Степанівна Коломиєць", []),
  (O, "«Рідна хвиля»", ["Рідна хвиля", "благодійний фонд «Рідна хвиля»"]), (P, "Тарас Бойчук", ["Бойко"]),
  (L, "Ужгород", ["Ужгороді"]), (O, "ПриватБанк", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout33", "holdout33-gold.json", G)
