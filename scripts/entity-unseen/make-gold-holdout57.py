#!/usr/bin/env python3
"""Writes holdout57-gold.json for the articles in holdout57/ (same format and conventions as make-gold-holdout55.py,
make-gold-holdout53.py, make-gold-holdout50.py and make-gold-holdout45.py). WIRE COPY IN THE BUNDLED CORPUS'S OWN
DOMAIN (Belarus, Vietnam, China, Kazakhstan and their partners) but of the KINDS the earlier sets had less of: a
regional governor's working trip to farms and factories, an industrial accident and its investigation, an
anti-corruption trial with the defendant named fully then by surname, university and science cooperation, a match
report, a cultural festival, railway freight with terminals and stations, an epidemic with its hospitals, a regional
budget session, a company's results with legal forms and acronyms; REAL public figures, companies, bodies and places
mixed with invented minor people and small firms: 3 en, 3 fr, 3 ar, 3 vi (one all in NFD), 3 ru, 3 zh:
1002 en Reuters 'ALMATY, Dec 18 (Reuters) -' with the reporting line (Kazatomprom's nine-month results; 'Joint Stock
Company National Atomic Company Kazatomprom' / KAP, JV Inkai LLP / 'Inkai venture', JV Budenovskoye LLP, Semizbay-U
LLP, Cameco, Uranium One, CGN, Orano, AIX and LSE in parentheses, Zhanakorgan district of Kyzylorda region, TITR,
'port of Aktau', Centras Securities, Yussupov); 1003 en BelTA 'MINSK, 18 December (BelTA) –' (a dust explosion at an
invented woodworking plant; OJSC Krupki Timber Works beside the town Krupki, the Investigative Committee of Belarus and
its 'Minsk Oblast Directorate of the Investigative Committee', MChS and 'the Minsk Oblast Department of the MChS', 'the
Minsk Oblast department of the State Labor Inspectorate of the Ministry of Labor and Social Protection', Gospromnadzor,
Krupki Central District Hospital, Bellesbumprom, Sinyavsky, an 'Italian manufacturer'); 1004 en Xinhua 'ASTANA, Dec. 18
(Xinhua) --' (a dryland-farming lab; S. Seifullin Kazakh Agrotechnical Research University (KATRU), Northwest A&F
University and its College of Water Resources and Architectural Engineering, Nurbek, Yangling, Shaanxi Province, Loess
Plateau, 'Kostanay and North Kazakhstan regions', CAAS, the Chinese Embassy in Kazakhstan); 1005 fr AFP 'Hanoï (AFP) -'
(dengue in Hanoi; CDC Hanoï, Hôpital central des maladies tropicales and its 'site de Kim Chung', 'le Département de la
prévention des maladies du ministère de la Santé', OMS, Institut Pasteur d'Ho Chi Minh-Ville, Takeda (japonais), VNVC,
hôpital Thanh Nhan, 'Les quartiers de Ha Dong, Long Bien et Cau Giay', Asie du Sud-Est); 1006 fr Xinhua 'MINSK, 18
décembre (Xinhua) --' (the Great Stone park's rail terminal; parc industriel sino-biélorusse "Great Stone", China
Merchants CEC Logistics / groupe China Merchants (CMG), gare de Kolyadichi, gare (frontalière) de Brest-Nord beside
Brest, Malaszewicze, Alachankou, Duisbourg, Chemins de fer biélorusses (BTsh), Iaroshenko, Comité national des douanes
du Bélarus); 1007 fr AFP 'Almaty (AFP) -' (an ex-deputy akim of Ulytau region jailed for bribes; 'Bolat Jaksylykov'
then 'Jaksylykov', 'tribunal interdistrict spécialisé des affaires pénales d'Almaty', Agence de lutte contre la
corruption du Kazakhstan ("Anticor"), TOO Oulytaou Su Kurylys beside the région d'Oulytaou, Konaïev and the réservoir
de Kapchagaï, Tokaïev, Transparency International and its 'bureau kazakh', Samrouk-Kazyna); 1008 ar QNA 'الدوحة في 18
ديسمبر /قنا/' (AFC Champions League Two: العربي 3-1 نام دينه الفيتنامي at استاد الثمامة; clubs with nisbas (شباب الأهلي
الإماراتي, استقلال دوشنبه الطاجيكي), 'للعربي', nationality nisbas of players, coach and referee, الاتحاد الآسيوي لكرة القدم,
السد); 1009 ar WAM 'أبوظبي في 18 ديسمبر / وام /' (Kazakh Culture Days in Qasr Al Hosn; دائرة الثقافة والسياحة – أبوظبي,
ووزارة الثقافة والإعلام في جمهورية كازاخستان, محمد خليفة المبارك, آيدا بالاييفا, المتحف الوطني لجمهورية كازاخستان / 'المتحف
الوطني', فرقة "أداي", مسرح "أستانا أوبرا", استوديو "قازاق فيلم", متحف زايد الوطني في جزيرة السعديات, الأرشيف والمكتبة
الوطنية); 1010 ar APS 'الجزائر -' with no agency name (Sétif 1 and Mogilev food university sign an agreement; جامعة
سطيف 1 فرحات عباس beside ولاية سطيف, جامعة موغيليف الحكومية للأغذية beside 'بين سطيف وموغيليف', بداري, إيفانيتس, اللجنة
الحكومية المشتركة الجزائرية-البيلاروسية, المدرسة الوطنية العليا للفلاحة بالحراش, القطب الجامعي علي منجلي); 1011 vi TTXVN
'Đắk Lắk, 18/12 (TTXVN) -' (the provincial chairman's working trip; 'Chủ tịch UBND tỉnh' with and without the province,
Tạ Anh Tuấn / 'ông Tuấn', 'các xã Ea Knốp, Hòa Đông và phường Buôn Hồ', Hợp tác xã ... Hòa Đông, WASI, Công ty TNHH MTV
Xuất nhập khẩu 2-9 Đắk Lắk (Simexco Daklak), Cụm công nghiệp Ea Đar, Ngân hàng Nhà nước Chi nhánh Khu vực 11, cảng Bãi
Gốc ở Tuy Hòa); 1012 vi TTXVN **all in NFD, aliases in NFD too** 'Lào Cai, 18/12 (TTXVN) -' (the 1,000th freight train
of the year to Central Asia; ga (liên vận quốc tế) Lào Cai beside the province, RATRACO, 'Chi nhánh Khai thác đường sắt
Yên Lào thuộc Tổng công ty Đường sắt Việt Nam (VNR)', ga Giáp Bát, ga Phố Lu, 'cặp ga Lào Cai - Hà Khẩu Bắc (Vân Nam,
Trung Quốc)', cửa khẩu Alashankou, ga Vorsino, Chi cục Hải quan khu vực VIII, đường sắt khổ tiêu chuẩn Lào Cai - Hà Nội -
Hải Phòng, cảng cạn (ICD), cửa khẩu quốc tế đường bộ số II Kim Thành, ga Sóng Thần); 1013 vi TTXVN 'Điện Biên, 18/12
(TTXVN) -' (diphtheria; 'Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Điện Biên' / 'CDC Điện Biên', 'Cục Phòng bệnh thuộc Bộ
Y tế', 'ông Hoàng Minh Đức, Cục trưởng' / 'Ông Đức', two hospitals, a boarding school named after its commune, UNICEF and
WHO in parentheses, 'trạm Y tế xã Quảng Lâm', bản Huổi Lụ, Đồn Biên phòng A Pa Chải, Lào); 1014 ru Kazinform
'КОСТАНАЙ. KAZINFORM –' (akim Aksakalov's working trip; 'по Костанайскому, Федоровскому и Узункольскому районам', ТОО /
АО / ГКП names, 'станции Костанай, Тобол и Денисовка', 'филиалом АО "НК "Қазақстан темір жолы"', Фонда развития
предпринимательства "Даму", Банка развития Казахстана, Агромашхолдинг KZ, СарыаркаАвтоПром 'входящее в группу Allur',
села Троебратное, Сагимбаев in three forms); 1015 ru BelTA 'МОГИЛЕВ, 18 декабря (БЕЛТА) –' (the oblast council passes
the 2027 budget; 'Могилевский облсовет' / 'Могилевского областного Совета депутатов' / 'областного Совета', главное
финансовое управление Могилевского облисполкома, Исаченко, ОАО/ЗАО names, 'в Кричеве, Осиповичах и Шклове', 'в
Белыничском и Кличевском районах', ОАО "Агрокомбинат "Восход"" (nested quotes), БУТБ, Шилко); 1016 ru TASS 'АСТАНА, 18
декабря. /ТАСС/.' (KHL: "Барыс" 3:2 Б минское "Динамо"; city adjectives and demonyms астанинского / минское / минчан /
петербургский with no Minsk written, "Барыс Арене", КХЛ, "Трактором" in Челябинске, ледовая арена "Алау", СКА, "Сибирь");
1017 zh Xinhua '新华社呼和浩特…电（记者… …）' (a coal-mine gas explosion report in Otog Banner; 鄂尔多斯市鄂托克旗金泉煤业有限责任公司
/ 金泉煤业, 应急管理部, 国家矿山安全监察局 and its 内蒙古局, '自治区应急管理厅、公安厅、总工会', 自治区纪委监委, rescue teams,
神东煤炭集团救护消防大队, 乌海市恒泰安全技术咨询有限公司, 棋盘井镇, 锡林郭勒盟, 内蒙古医科大学附属医院); 1018 zh Xinhua
'新华社沈阳…电（记者…）' (a former Baishan vice-mayor sentenced for bribes; 吉林省白山市人民政府原副市长贾振东, 辽宁省沈阳市中级人民法院,
吉林省监察委员会, 吉林省人民检察院, 白山市鸿源矿业有限公司, 长白山 and 长白山保护开发区, 贾振华 (his brother), 吉林省长白朝鲜族
自治县人民法院, 中央纪委国家监委, 吉林省公共资源交易中心); 1019 zh Xinhua '新华社阿拉木图…电（记者… …）' (a Chinese film week in
Almaty; 中国国家电影局, 哈萨克斯坦文化和信息部, 中国驻阿拉木图总领事馆, 沙肯·艾马诺夫哈萨克电影制片厂 / 哈萨克电影制片厂, 阿拜国家
歌剧芭蕾舞剧院, cinemas “Arman”影城 and “Kinopark”影院, film titles with places (《比什凯克的雪》, 《撒马尔罕的早晨》), 西安曲江
影视投资（集团）有限公司, 新疆天山电影制片厂, 唐代长安, 碎叶城, “独立宫”, 中哈 / 哈方).
Every invented name and every minor real one was checked with grep against the earlier sets' articles; replaced after
that check: a Gia Lai trip (holdout46: Phạm Anh Tuấn, Ia Grai, Rơ Châm), Đồng Đăng / Bằng Tường / Yên Viên (holdout10,
19, 39, 47), Mường Nhé, H'Liên, the Jetysu region and Taldykorgan (holdout12), KATCO and Ulba (holdout47, holdout10),
Khorgos / 霍尔果斯 / Dostyk (holdout6, 10, 38, 39), the Barayev centre in Shortandy (holdout18), Yanka Kupala University of
Grodno (holdout18), USTHB, منارة السعديات (holdout33), إيسيك, استاد جاسم بن حمد, المهندي, السليطي, الجبالي, الكواري, المري,
الطرابلسي, رحيموف, Ермекбаев, Sarsenbayev, Lisovsky, Abdikarimov, Pryce-Jenkins, 巴特尔, Lianyungang. Recurring as allowed:
famous figures and bodies (Tokayev, Takeda, Orano, China Merchants, Transparency International, the KHL clubs
"Авангард" and "Сибирь", Қазақстан темір жолы, WHO, UNICEF), big cities and provinces (Almaty, Astana, Minsk, Brest,
Kyzylorda, Kostanay, Lào Cai, Lai Châu, Hà Giang, Buôn Ma Thuột, Tuy Hòa, شيمكنت, سطيف, Могилев, 奇姆肯特). Written blind
in session 32: no Swift source read, no extractor run; the gold was fixed and committed before any extractor ran on
the set.

Conventions as holdout55, holdout53 and holdout45 (titles and honorifics no part of a name: chief executive, Emergencies
Minister, Deputy chairman, Dr, la virologue, معالي, السيد, البروفيسور, الحكم, ông, bà, bác sĩ, Cục trưởng, Phó Chủ tịch UBND
tỉnh, Trưởng ga, Аким, Председатель, главный тренер, 原副市长, 副局长, 总领事; a surname or a Vietnamese given name alone an
alias; every surface form an alias, Russian cases and Arabic clitics included; countries as ISO codes, never entities; a
generic word before a place an alias (district, region, port of, commune de, région de, réservoir de, gare de, poste
frontalier de, ولاية, منطقة, مدينة, جزيرة, xã, phường, tỉnh, ga, cửa khẩu, cảng, bản, huyện cũ, селе, села, станции,
микрорайоне); a place only inside an organization's name not counted (Tây Nguyên, Ho Chi Minh-Ville, دوشنبه, الحراش, A Pa
Chải, 长白朝鲜族自治县, 上海 in 上海国际电影节, 新疆 in 新疆天山电影制片厂), nor inside a film title (比什凯克, 撒马尔罕); a name
built from a person's makes no person (S. Seifullin …, جامعة سطيف 1 فرحات عباس, متحف زايد الوطني, القطب الجامعي علي منجلي,
沙肯·艾马诺夫哈萨克电影制片厂, 阿拜国家歌剧芭蕾舞剧院); governments and cabinets (鄂尔多斯市人民政府, 内蒙古自治区人民政府, 白山市
人民政府), programmes and products (Qdenga, "Kazakhstan juste", trains), competitions and leagues' stages (دوري أبطال آسيا 2,
Восточной конференции, молодежный чемпионат мира), events (أيام الثقافة الكازاخستانية, 中国电影周, 哈萨克斯坦电影周) and broad
regions (Asie du Sud-Est, آسيا الوسطى, منطقة الخليج, Trung Á, châu Âu, 'western China') no entities; a club named like a
place not otherwise named is the club only (نام دينه, as '"Гомель"' in holdout56); a city adjective or demonym names no
place (астанинского, минское, минчан, петербургский: Minsk is never written in 1016). New here:
- NESTED BODIES: a sub-body written 'X of/du/thuộc/на Y' where Y is named as a body in its own right in the article is
  two organizations (Minsk Oblast Directorate of the Investigative Committee / Investigative Committee of Belarus;
  Minsk Oblast Department of the MChS / Ministry of Emergency Situations (MChS); Département de la prévention des
  maladies / ministère de la Santé; Chi nhánh Khai thác đường sắt Yên Lào / Tổng công ty Đường sắt Việt Nam; Cục Phòng
  bệnh / Bộ Y tế; главное финансовое управление Могилевского облисполкома / Могилевский облисполком; 国家矿山安全监察局
  内蒙古局 / 国家矿山安全监察局); a regional office whose parent is written only inside its name is one organization with
  the parent's name as written its alias (holdout56: 'Minsk Oblast department of the State Labor Inspectorate' / 'State
  Labor Inspectorate'; 'Ngân hàng Nhà nước Chi nhánh Khu vực 11' / 'Ngân hàng Nhà nước'), but a ministry written after
  'of the' is a body of its own (Ministry of Labor and Social Protection); a unit of a group or university whose parent
  appears only inside its name is two organizations, as holdout55's colleges (College of Water Resources … / Northwest
  A&F University, 神东煤炭集团救护消防大队 / 神东煤炭集团, 内蒙古医科大学附属医院 / 内蒙古医科大学);
- abbreviated provincial bodies in a list ('自治区应急管理厅、公安厅、总工会') are organizations as written (公安厅, 总工会),
  as Sở Y tế in holdout50; 'Ban Quản lý các khu công nghiệp tỉnh' (no province written after it) is an organization as
  written, as holdout53's 'Ủy ban nhân dân tỉnh'; a commune health station ('trạm Y tế xã Quảng Lâm') is an organization;
  generic units with no name of their own ('управления по образованию облисполкома', 'областного центра гигиены …',
  'постоянной комиссии областного Совета по бюджету и финансам', 'l'administration du parc', 'département régional de la
  construction', 'المدير العام للبحث العلمي … بالوزارة', 电影系) are none;
- STATIONS: a station written 'ga X' / 'станции X' where X is also named as a place of its own is a place apart (ga Lào
  Cai beside Lào Cai, also 'Ga Lào Cai' in the headline and 'ga liên vận quốc tế Lào Cai'; 'станции Костанай' beside the
  city), as holdout55's ports; otherwise the station is the bare name with 'ga X' its alias (ga Giáp Bát, ga Phố Lu, ga
  Sóng Thần, ga Vorsino, gare de Kolyadichi, станции Тобол / Денисовка); 'cặp ga Lào Cai - Hà Khẩu Bắc' is two stations;
  'cảng Hải Phòng' is a port apart from Hải Phòng, which the railway 'Lào Cai - Hà Nội - Hải Phòng' names (each end of a
  named railway is a place, as holdout56); 'port of Aktau' is Aktau's alias (the city is not otherwise named);
- a company named by a town written in the article (OJSC Krupki Timber Works, TOO Oulytaou Su Kurylys, ГКП "Костанай-Су",
  鄂尔多斯市鄂托克旗金泉煤业有限责任公司, 乌海市恒泰安全技术咨询有限公司, 白山市鸿源矿业有限公司) is an organization apart from
  the place; the legal form is an alias's, not the canonical's (JV Inkai / 'JV Inkai LLP', Semizbay-U, Жаркуль Астык, with
  the Chinese full registered name canonical as written and its short form (金泉煤业) an alias);
- an industrial cluster named only with its type (Cụm công nghiệp Ea Đar) is one place with no bare alias, as holdout55's
  Khu kinh tế Dung Quất; a university pole (القطب الجامعي علي منجلي) and an industrial park named in quotes (parc industriel
  sino-biélorusse "Great Stone", canonical 'Great Stone') are places; a reservoir and the town on it with different names
  (réservoir de Kapchagaï, Konaïev) are two places;
- sports: the home arena in quotes ('"Барыс Арене"', canonical 'Барыс Арена') and an ice arena ('ледовая арена "Алау"')
  are places; a football association (الاتحاد القطري لكرة القدم, الاتحاد الآسيوي لكرة القدم) and a hockey federation are
  organizations; an Arabic club named with فريق keeps 'فريق العربي' and 'للعربي' as aliases; a club with a country nisba
  (شباب الأهلي الإماراتي) is the club plus the country code;
- culture: a folk band (فرقة "أداي"), a theatre named in quotes (مسرح "أستانا أوبرا"), a film studio (استوديو "قازاق فيلم")
  and cinemas named in quotes (“Arman”影城, “Kinopark”影院) are organizations with the quoted name canonical; a capitalized
  forum beside a film week (中哈影视合作论坛) is an organization, the film week an event; a person who is a film's subject
  (冼星海) is a person; a film festival named by its city (上海国际电影节) is an organization, the city not counted; historic
  cities (唐代长安, 碎叶城) and a palace in quotes (“独立宫”) are places; an artifact ("الرجل الذهبي") is none;
- the APS dateline 'الجزائر -' is not listed (the country Algeria is written three times in the body, and the city is
  listed as الجزائر العاصمة with 'بالجزائر العاصمة').
Countries: as holdout55, from names, adjectives, demonyms, nisbas and one-character forms (Kazakhstan's, Canada's,
Russia's, France's, Italian, Criminal Code of Belarus, japonais, vietnamienne, Cambodge, sino-biélorusse, polonais,
Allemagne, Iran, kazakh, الفيتنامي, البرازيلي, الجزائري, الإماراتي, الطاجيكي, أوزبكي, التونسي, القطري, الكازاخستانية, الإماراتيين,
البيلاروسية, Trung Quốc, Hàn Quốc, Nga, Việt Nam in VNR's name, Lào, канадский, казахстанского, Республики Казахстан,
Китая, Россию, Афганистан, Беларуси, 中哈, 哈方, 吉尔吉斯斯坦); a currency (tenge, tenges, dongs, рублей, 人民币, USD)
names none. Judgement calls: 1011 and 1013 name no Vietnam; 1016 names no Belarus (only 'минское "Динамо"', 'минчан');
1017 and 1018 name no country at all (Inner Mongolia, Jilin and Liaoning only; 中央纪委国家监委 is no country); 1002
names no GB ('London Stock Exchange', 'in London'); 1008 names no MY (كوالالمبور only); 'Kostanay and North Kazakhstan
regions' gives 'North Kazakhstan regions' as the last place's alias and names KZ anyway; 'Shaanxi Province' and 'la
province chinoise du Shaanxi' are Shaanxi; the Mogilev oblast council keeps 'Могилевский облсовет' (headline) and
'областного Совета' as aliases, and the bare 'облисполкома' (no name) is not listed; 'Qazaqstan temir joly' keeps its
Kazakh Cyrillic name in Russian text; 'Allur' (a group, 'входящее в группу Allur') is an organization; 'Anticor' is the
anti-corruption agency's alias; 'CDC' alone is the alias of the Điện Biên centre; 'Lào Cai - Hà Nội - Hải Phòng' is the
railway's alias."""
import os, unicodedata
from goldlib import P, O, L, check_gold, write_gold


def nfd(ents):
    """The NFD article's aliases, written in NFD as the article is (check_gold compares after NFC)."""
    return [(t, unicodedata.normalize("NFD", c), [unicodedata.normalize("NFD", a) for a in al]) for t, c, al in ents]


TTXVN = (O, "TTXVN", [])
XINHUA = (O, "新华社", [])
AFP = (O, "AFP", [])
G = {
 "1002_en.txt": ("en", ["CA", "CN", "FR", "KZ", "RU", "UZ"], [
  (O, "Kazatomprom", ["Joint Stock Company National Atomic Company Kazatomprom", "KAP"]),
  (O, "JV Inkai", ["JV Inkai LLP", "Inkai"]), (L, "Almaty", ["ALMATY"]), (O, "Reuters", []), (O, "Cameco", []),
  (O, "Astana International Exchange", ["AIX"]), (O, "London Stock Exchange", ["LSE"]),
  (P, "Meirzhan Yussupov", ["Yussupov"]), (L, "Zhanakorgan", ["Zhanakorgan district"]),
  (L, "Kyzylorda", ["Kyzylorda region"]), (O, "JV Budenovskoye", ["JV Budenovskoye LLP"]), (O, "Uranium One", []),
  (O, "Semizbay-U", ["Semizbay-U LLP"]), (O, "China General Nuclear Power Group", ["CGN"]), (O, "Orano", []),
  (P, "Madina Abilkairova", []), (O, "Centras Securities", []),
  (L, "Trans-Caspian International Transport Route", ["TITR"]), (L, "Aktau", ["port of Aktau"]), (L, "Baku", []),
  (L, "St Petersburg", []), (P, "Yerkin Tokpanov", []), (L, "London", []), (P, "Aruzhan Sadykova", []),
  (P, "Simon Cardew-Hill", [])]),
 "1003_en.txt": ("en", ["BY", "IT", "KZ", "RU", "UZ"], [
  (L, "Krupki", []), (L, "Minsk", ["MINSK"]), (O, "BelTA", []), (O, "Investigative Committee of Belarus", []),
  (O, "Krupki Timber Works", ["OJSC Krupki Timber Works"]), (L, "Minsk Oblast", []),
  (O, "Minsk Oblast Directorate of the Investigative Committee", []), (O, "Krupki Central District Hospital", []),
  (O, "City Clinical Emergency Hospital", []), (O, "Ministry of Emergency Situations", ["MChS"]),
  (O, "Minsk Oblast Department of the MChS", []), (L, "Borisov", []), (O, "State Forensic Examination Committee", []),
  (O, "Minsk Oblast department of the State Labor Inspectorate", ["State Labor Inspectorate"]),
  (O, "Ministry of Labor and Social Protection", []),
  (O, "Department for Supervision of Industrial Safety", ["Gospromnadzor"]), (P, "Vadim Sinyavsky", []),
  (P, "Gennady Malashenko", []), (O, "Bellesbumprom", []), (O, "Minsk Oblast Executive Committee", []),
  (P, "Oleg Chvyrov", [])]),
 "1004_en.txt": ("en", ["CN", "KZ", "MN", "UZ"], [
  (L, "Astana", ["ASTANA"]), (O, "Xinhua", []),
  (O, "S. Seifullin Kazakh Agrotechnical Research University", ["KATRU"]), (O, "Northwest A&F University", []),
  (O, "China-Kazakhstan Joint Laboratory for Dryland Agriculture", []), (L, "Akmola", ["Akmola region"]),
  (L, "Loess Plateau", []), (P, "Sayasat Nurbek", ["Nurbek"]), (P, "Wang Zhaohui", []),
  (O, "College of Water Resources and Architectural Engineering", []), (L, "Yangling", []),
  (L, "Shaanxi", ["Shaanxi Province"]), (O, "North Kazakhstan Agricultural Experimental Station", []),
  (L, "Shagalaly", []), (L, "Petropavl", []), (L, "Xinjiang Uygur Autonomous Region", []),
  (P, "Kuanysh Mukhametzhan", []), (L, "Kostanay", []), (L, "North Kazakhstan", ["North Kazakhstan regions"]),
  (O, "Ministry of Agriculture of Kazakhstan", []), (O, "Chinese Academy of Agricultural Sciences", ["CAAS"]),
  (O, "Chinese Embassy in Kazakhstan", [])]),
 "1005_fr.txt": ("fr", ["JP", "KH", "MY", "PH", "VN"], [
  (L, "Hanoï", []), AFP, (O, "ministère de la Santé", []),
  (O, "Centre de contrôle des maladies de Hanoï", ["CDC Hanoï"]), (L, "Ha Dong", []), (L, "Long Bien", []),
  (L, "Cau Giay", []), (P, "Trinh Van Khiem", []), (O, "Hôpital central des maladies tropicales", []),
  (L, "Kim Chung", []), (L, "Dong Anh", ["commune de Dong Anh"]),
  (O, "Département de la prévention des maladies", []), (O, "Organisation mondiale de la santé", ["OMS"]),
  (O, "Institut Pasteur d'Ho Chi Minh-Ville", []), (P, "Huynh Thi Ngoc Suong", []), (O, "Takeda", []),
  (O, "VNVC", []), (O, "hôpital Thanh Nhan", []), (P, "Pham Thi Loan", []),
  (O, "Université nationale de Hanoï", [])]),
 "1006_fr.txt": ("fr", ["BY", "CN", "DE", "IR", "KZ", "PL", "RU", "UZ"], [
  (L, "Great Stone", ["parc Great Stone", "parc industriel sino-biélorusse \"Great Stone\""]),
  (L, "Minsk", ["MINSK"]), (O, "Xinhua", []), (L, "Xi'an", []), (L, "Shaanxi", []),
  (L, "Alachankou", ["poste frontalier d'Alachankou"]), (L, "Duisbourg", []),
  (L, "Brest-Nord", ["gare de Brest-Nord", "gare frontalière de Brest-Nord"]), (L, "Malaszewicze", []),
  (O, "China Merchants CEC Logistics", []), (O, "groupe China Merchants", ["CMG"]), (P, "Sergueï Novitski", []),
  (L, "Kolyadichi", ["gare de Kolyadichi"]), (O, "Union européenne", []), (P, "Alexandre Iaroshenko", []),
  (O, "Chemins de fer biélorusses", ["BTsh"]), (L, "Almaty", []), (P, "Wang Dezhong", []), (L, "Brest", []),
  (O, "Comité national des douanes du Bélarus", []), (O, "Banque de développement de Chine", [])]),
 "1007_fr.txt": ("fr", ["KZ"], [
  (L, "Oulytaou", ["région d'Oulytaou"]), (L, "Almaty", []), AFP, (P, "Bolat Jaksylykov", ["Jaksylykov"]),
  (L, "Jezkazgan", []), (O, "tribunal interdistrict spécialisé des affaires pénales d'Almaty", []),
  (O, "Agence de lutte contre la corruption du Kazakhstan", ["Anticor"]),
  (O, "Oulytaou Su Kurylys", ["TOO Oulytaou Su Kurylys"]), (P, "Nurlan Sapargaliyev", ["Sapargaliyev"]),
  (P, "Arman Tursynkulov", []), (P, "Saule Mukhanova", []), (O, "cour régionale d'Almaty", []),
  (L, "Konaïev", []), (L, "Kapchagaï", ["réservoir de Kapchagaï"]), (P, "Kassym-Jomart Tokaïev", []),
  (L, "Kyzylorda", ["région de Kyzylorda"]), (O, "Transparency International", []), (P, "Ramazan Ukibai", []),
  (O, "Samrouk-Kazyna", [])]),
 "1008_ar.txt": ("ar", ["AE", "BR", "DZ", "QA", "TJ", "TN", "UZ", "VN"], [
  (O, "العربي", ["فريق العربي", "للعربي"]), (O, "نام دينه", []), (L, "الدوحة", []), (O, "قنا", []),
  (L, "استاد الثمامة", []), (P, "يوسف العبيدلي", []), (P, "كايو لوبيز", []), (P, "رياض بوعكاز", []),
  (P, "عبدالله المسلماني", []), (O, "شباب الأهلي", []), (O, "استقلال دوشنبه", []), (P, "منير بوغانمي", []),
  (P, "فو تيين ثانه", []), (L, "هانوي", []), (P, "إلدور نصرالدينوف", []),
  (O, "الاتحاد الآسيوي لكرة القدم", []), (L, "كوالالمبور", []), (O, "الاتحاد القطري لكرة القدم", []),
  (O, "السد", [])]),
 "1009_ar.txt": ("ar", ["AE", "KZ"], [
  (L, "أبوظبي", ["بأبوظبي"]), (O, "وام", []), (L, "قصر الحصن", []),
  (O, "دائرة الثقافة والسياحة – أبوظبي", []),
  (O, "وزارة الثقافة والإعلام في جمهورية كازاخستان", ["ووزارة الثقافة والإعلام في جمهورية كازاخستان"]),
  (P, "محمد خليفة المبارك", []), (P, "آيدا بالاييفا", []),
  (O, "المتحف الوطني لجمهورية كازاخستان", ["المتحف الوطني"]), (L, "أستانا", []),
  (O, "أداي", ["فرقة \"أداي\""]), (O, "أستانا أوبرا", ["مسرح \"أستانا أوبرا\""]), (L, "ألماتي", []),
  (L, "تركستان", ["منطقة تركستان"]), (P, "جولدز نورلانوفنا", []), (O, "قازاق فيلم", ["استوديو \"قازاق فيلم\""]),
  (P, "يرلان عثمانوف", []), (L, "شيمكنت", ["مدينة شيمكنت"]), (O, "متحف زايد الوطني", []),
  (L, "السعديات", ["جزيرة السعديات"]), (O, "الأرشيف والمكتبة الوطنية", [])]),
 "1010_ar.txt": ("ar", ["BY", "DZ"], [
  (O, "جامعة سطيف 1 فرحات عباس", ["جامعة سطيف 1"]),
  (O, "جامعة موغيليف الحكومية للأغذية", ["جامعة موغيليف"]),
  (L, "الجزائر العاصمة", ["بالجزائر العاصمة"]),
  (O, "وزارة التعليم العالي والبحث العلمي", []), (P, "كمال بداري", ["بداري"]),
  (P, "أندريه إيفانيتس", ["إيفانيتس"]), (P, "عبد الحكيم بلعيدي", []), (P, "يوري بوبروف", []),
  (O, "اللجنة الحكومية المشتركة الجزائرية-البيلاروسية", []), (O, "المعهد التقني للزراعات الواسعة", []),
  (L, "سطيف", ["ولاية سطيف", "بولاية سطيف"]), (L, "موغيليف", ["وموغيليف"]),
  (O, "المدرسة الوطنية العليا للفلاحة بالحراش", []), (L, "قسنطينة", ["ولاية قسنطينة", "بولاية قسنطينة"]),
  (L, "القطب الجامعي علي منجلي", [])]),
 "1011_vi.txt": ("vi", ["CN", "KR"], [
  (L, "Đắk Lắk", ["tỉnh Đắk Lắk"]), TTXVN,
  (O, "Ủy ban nhân dân tỉnh Đắk Lắk", ["UBND tỉnh Đắk Lắk", "UBND tỉnh"]), (P, "Tạ Anh Tuấn", ["Tuấn"]),
  (L, "Ea Knốp", ["xã Ea Knốp"]), (L, "Hòa Đông", []), (L, "Buôn Hồ", ["phường Buôn Hồ"]),
  (O, "Hợp tác xã Nông nghiệp Dịch vụ Hòa Đông", []), (P, "H'Bia Êban", []),
  (O, "Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên", ["WASI"]),
  (O, "Công ty TNHH MTV Xuất nhập khẩu 2-9 Đắk Lắk", ["Simexco Daklak"]), (L, "Cụm công nghiệp Ea Đar", []),
  (O, "Công ty cổ phần Nông sản Krông Năng Xanh", []), (P, "Lương Minh Khôi", []),
  (O, "Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk", ["Sở Nông nghiệp và Môi trường"]),
  (O, "Ban Quản lý các khu công nghiệp tỉnh", []), (O, "Liên minh châu Âu", ["EU"]),
  (O, "Ngân hàng Nhà nước Chi nhánh Khu vực 11", ["Ngân hàng Nhà nước"]), (L, "Buôn Ma Thuột", []),
  (L, "Bãi Gốc", ["cảng Bãi Gốc"]), (L, "Tuy Hòa", []), (L, "Thành phố Hồ Chí Minh", [])]),
 "1012_vi.txt": ("vi", ["BY", "CN", "KZ", "RU", "UZ", "VN"], nfd([
  (L, "ga Lào Cai", ["Ga Lào Cai", "ga liên vận quốc tế Lào Cai"]), (L, "Lào Cai", ["tỉnh Lào Cai"]), TTXVN,
  (O, "Công ty cổ phần Vận tải Đường sắt", ["RATRACO"]), (O, "Chi nhánh Khai thác đường sắt Yên Lào", []),
  (O, "Tổng công ty Đường sắt Việt Nam", ["VNR"]), (L, "Almaty", []), (L, "Minsk", []),
  (L, "Giáp Bát", ["ga Giáp Bát"]), (L, "Hà Nội", []), (L, "Phố Lu", ["ga Phố Lu"]), (L, "Hà Khẩu Bắc", []),
  (L, "Vân Nam", []), (L, "Alashankou", ["cửa khẩu Alashankou"]), (L, "cảng Hải Phòng", []),
  (L, "kênh đào Suez", []), (P, "Đặng Sỹ Mạnh", []), (L, "Vorsino", ["ga Vorsino"]), (L, "Moscow", []),
  (P, "Vy Văn Khiêm", []), (O, "Chi cục Hải quan khu vực VIII", []), (O, "UBND tỉnh Lào Cai", []),
  (P, "Hoàng Quốc Khánh", []), (O, "Bộ Xây dựng", []),
  (L, "đường sắt khổ tiêu chuẩn Lào Cai - Hà Nội - Hải Phòng", ["Lào Cai - Hà Nội - Hải Phòng"]),
  (L, "Hải Phòng", []), (L, "Khu công nghiệp Đông Phố Mới", []),
  (L, "Kim Thành", ["cửa khẩu quốc tế đường bộ số II Kim Thành"]),
  (O, "Công ty TNHH Logistics Sông Hồng Xanh", []), (L, "Bình Dương", []), (L, "Đồng Nai", []),
  (P, "Hoàng Thị Nhung", []), (L, "Sóng Thần", ["ga Sóng Thần"]), (L, "Thành phố Hồ Chí Minh", []),
  (O, "Sở Công Thương tỉnh Lào Cai", [])])),
 "1013_vi.txt": ("vi", ["LA"], [
  (L, "Điện Biên", ["tỉnh Điện Biên"]), TTXVN,
  (O, "Trung tâm Kiểm soát bệnh tật tỉnh Điện Biên", ["Trung tâm Kiểm soát bệnh tật", "CDC Điện Biên", "CDC"]),
  (L, "Sín Thầu", []), (L, "Nậm Kè", []), (L, "Quảng Lâm", ["xã Quảng Lâm"]), (P, "Lò Văn Thoan", []),
  (O, "Bệnh viện Đa khoa tỉnh Điện Biên", []), (O, "Bệnh viện Bệnh Nhiệt đới Trung ương", []),
  (O, "Sở Y tế Điện Biên", []), (O, "Trường Phổ thông Dân tộc bán trú Tiểu học và THCS Nậm Kè", []),
  (O, "Cục Phòng bệnh", []), (O, "Bộ Y tế", []), (P, "Hoàng Minh Đức", ["Đức"]),
  (L, "Nậm Pồ", ["huyện cũ Nậm Pồ"]), (O, "Viện Vệ sinh dịch tễ Trung ương", []), (L, "Lai Châu", []),
  (L, "Hà Giang", []), (O, "Quỹ Nhi đồng Liên hợp quốc", ["UNICEF"]), (O, "Tổ chức Y tế Thế giới", ["WHO"]),
  (P, "Giàng Thị Mỷ", []), (O, "trạm Y tế xã Quảng Lâm", []), (L, "Huổi Lụ", ["bản Huổi Lụ"]),
  (O, "Đồn Biên phòng A Pa Chải", []), (O, "UBND tỉnh Điện Biên", [])]),
 "1014_ru.txt": ("ru", ["AF", "CN", "KZ", "RU", "UZ"], [
  (L, "Костанайская область", ["Костанайской области"]), (L, "Костанай", ["КОСТАНАЙ"]),
  (O, "KAZINFORM", []), (P, "Кумар Аксакалов", ["Аксакалов"]),
  (L, "Костанайский район", ["Костанайскому"]),
  (L, "Федоровский район", ["Федоровскому", "Федоровском районе"]),
  (L, "Узункольский район", ["Узункольскому районам", "Узункольском районе"]),
  (O, "Жаркуль Астык", ["ТОО \"Жаркуль Астык\""]), (L, "Затоболовка", ["селе Затоболовка"]),
  (P, "Ерлан Сагимбаев", ["Ерлана Сагимбаева", "Сагимбаев"]),
  (O, "управление сельского хозяйства и земельных отношений акимата области",
   ["управлению сельского хозяйства и земельных отношений акимата области"]),
  (O, "Қазақстан темір жолы", ["АО \"НК \"Қазақстан темір жолы\""]),
  (L, "станция Костанай", ["станции Костанай"]), (L, "Тобол", []), (L, "Денисовка", []),
  (O, "Береке Тобыл Мит", ["ТОО \"Береке Тобыл Мит\""]),
  (O, "Фонд развития предпринимательства \"Даму\"", ["Фонда развития предпринимательства \"Даму\""]),
  (O, "Банк развития Казахстана", ["Банка развития Казахстана"]), (P, "Ольга Рыбалко", []),
  (O, "Агромашхолдинг KZ", ["АО \"Агромашхолдинг KZ\""]), (O, "СарыаркаАвтоПром", ["ТОО \"СарыаркаАвтоПром\""]),
  (O, "Allur", []), (L, "Троебратное", ["села Троебратное"]), (O, "Костанай-Су", ["ГКП \"Костанай-Су\""]),
  (O, "Министерство сельского хозяйства Республики Казахстан", [])]),
 "1015_ru.txt": ("ru", ["BY", "RU"], [
  (O, "Могилевский областной Совет депутатов",
   ["Могилевского областного Совета депутатов", "Могилевский облсовет", "областного Совета"]),
  (L, "Могилев", ["МОГИЛЕВ"]), (O, "БЕЛТА", []),
  (L, "Могилевская область", ["Могилевской области"]),
  (O, "главное финансовое управление Могилевского облисполкома",
   ["главного финансового управления Могилевского облисполкома"]),
  (O, "Могилевский облисполком", ["Могилевского облисполкома"]), (P, "Светлана Гончаренок", []),
  (O, "Могилевская областная клиническая больница", ["Могилевской областной клинической больницы"]),
  (L, "Казимировка", ["микрорайоне Казимировка"]), (P, "Анатолий Исаченко", []),
  (O, "Могилевхимволокно", ["ОАО \"Могилевхимволокно\""]), (O, "Белшина", ["ОАО \"Белшина\""]),
  (L, "Бобруйск", ["Бобруйске"]),
  (O, "Могилевский вагоностроительный завод", ["ЗАО \"Могилевский вагоностроительный завод\""]),
  (L, "Кричев", ["Кричеве"]), (L, "Осиповичи", ["Осиповичах"]), (L, "Шклов", ["Шклове"]),
  (L, "Белыничский район", ["Белыничском"]), (L, "Кличевский район", ["Кличевском районах"]),
  (O, "Агрокомбинат \"Восход\"", ["ОАО \"Агрокомбинат \"Восход\"\""]), (P, "Виталий Кунцевич", []),
  (O, "Белорусская универсальная товарная биржа", ["Белорусскую универсальную товарную биржу", "БУТБ"]),
  (P, "Дмитрий Шилко", [])]),
 "1016_ru.txt": ("ru", ["CA", "KZ"], [
  (O, "Барыс", ["\"Барыс\"", "\"Барыса\""]), (O, "Динамо", ["\"Динамо\""]), (L, "Астана", ["АСТАНА", "Астане"]),
  (O, "ТАСС", []), (O, "Континентальная хоккейная лига", ["Континентальной хоккейной лиги", "КХЛ"]),
  (L, "Барыс Арена", ["\"Барыс Арене\""]), (P, "Даурен Жолдасбеков", []),
  (P, "Тайлер Макинтайр", ["Макинтайр"]), (P, "Никита Лапотько", []), (P, "Артем Левкович", ["Левкович"]),
  (P, "Алихан Омарбеков", []), (P, "Дмитрий Скворчевский", []), (P, "Виталий Ермоленко", []),
  (P, "Геннадий Бурак", []), (L, "Челябинск", ["Челябинске"]), (O, "Трактор", ["\"Трактором\""]),
  (O, "Авангард", ["\"Авангард\""]), (P, "Ерлан Кожагапанов", []),
  (O, "Федерация хоккея Республики Казахстан", ["Федерации хоккея Республики Казахстан"]),
  (L, "Алау", ["\"Алау\"", "ледовая арена \"Алау\""]), (O, "СКА", []), (O, "Сибирь", ["\"Сибирь\""]),
  (L, "Новосибирск", ["Новосибирске"])]),
 "1017_zh.txt": ("zh", [], [
  (L, "内蒙古", ["内蒙古自治区"]), (L, "鄂托克旗", []), XINHUA, (L, "呼和浩特", []), (P, "赵一鸣", []),
  (P, "乌兰", []), (O, "内蒙古自治区应急管理厅", ["自治区应急管理厅"]), (L, "鄂尔多斯市", ["鄂尔多斯"]),
  (O, "鄂尔多斯市鄂托克旗金泉煤业有限责任公司", ["金泉煤业"]), (O, "应急管理部", []),
  (O, "国家矿山安全监察局", []), (O, "国家矿山安全监察局内蒙古局", []), (O, "公安厅", []), (O, "总工会", []),
  (O, "自治区纪委监委", []), (P, "额尔敦", []), (O, "鄂尔多斯市矿山救护大队", []),
  (O, "国家矿山应急救援鄂尔多斯队", []), (O, "神东煤炭集团", []), (O, "神东煤炭集团救护消防大队", []),
  (L, "包头", []), (L, "乌海", []), (L, "棋盘井镇", []), (P, "刘国强", []), (O, "鄂托克旗能源局", []),
  (O, "乌海市恒泰安全技术咨询有限公司", []), (P, "高振林", []), (P, "孙德旺", []), (P, "王建川", []),
  (L, "锡林郭勒盟", []), (O, "鄂尔多斯市中心医院", []), (O, "内蒙古医科大学", []),
  (O, "内蒙古医科大学附属医院", []), (P, "苏日娜", [])]),
 "1018_zh.txt": ("zh", [], [
  (L, "吉林省", ["吉林"]), (L, "白山市", ["白山"]), (P, "贾振东", []), XINHUA, (L, "沈阳", ["沈阳市"]),
  (P, "孟庆祥", []), (O, "辽宁省沈阳市中级人民法院", ["沈阳市中级人民法院"]), (L, "辽宁省", []),
  (L, "临江市", []), (L, "八道江区", []), (O, "白山市国土资源局", []), (L, "江源区", []), (P, "贾振华", []),
  (O, "吉林省监察委员会", []), (O, "吉林省人民检察院", []), (O, "沈阳市人民检察院", []),
  (O, "白山市鸿源矿业有限公司", []), (L, "长白山", []), (L, "通化", []), (P, "潘国栋", []),
  (O, "吉林省长白朝鲜族自治县人民法院", []), (O, "吉林省纪委监委", []), (O, "中央纪委国家监委", []),
  (L, "延边", []), (L, "长白山保护开发区", []), (O, "吉林省公共资源交易中心", [])]),
 "1019_zh.txt": ("zh", ["CN", "KG", "KZ", "UZ"], [
  (L, "阿拉木图", []), XINHUA, (P, "白帆", []), (P, "阿依努尔", []), (O, "中哈影视合作论坛", []),
  (O, "中国国家电影局", []), (O, "哈萨克斯坦文化和信息部", []), (O, "中国驻阿拉木图总领事馆", []),
  (O, "沙肯·艾马诺夫哈萨克电影制片厂", ["哈萨克电影制片厂"]), (O, "阿拜国家歌剧芭蕾舞剧院", []),
  (P, "叶尔兰·努尔穆哈梅托夫", []), (P, "冼星海", []), (O, "上海国际电影节", []), (L, "阿斯塔纳", []),
  (P, "王立新", []), (L, "奇姆肯特", []), (O, "Arman", ["“Arman”影城"]), (O, "Kinopark", ["“Kinopark”影院"]),
  (O, "新疆天山电影制片厂", []), (L, "伊犁河谷", []), (P, "古丽娜尔·沙依木", []),
  (O, "西安曲江影视投资（集团）有限公司", []), (P, "曹玉平", []), (L, "长安", []), (L, "碎叶城", []),
  (O, "北京电影学院", []), (O, "哈萨克斯坦国立艺术学院", []), (P, "刘思琪", []), (L, "天山", []),
  (L, "里海", []), (P, "阿斯兰·塞伊特别科夫", []), (O, "中国传媒大学", []), (P, "卡丽娜·阿赫梅托娃", []),
  (L, "乌鲁木齐", []), (L, "伊宁", []), (L, "独立宫", ["“独立宫”"]), (L, "塔什干", []), (L, "西安", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout57", G)
write_gold(here, "holdout57", "holdout57-gold.json", G)
