#!/usr/bin/env python3
"""Writes holdout59-gold.json for the articles in holdout59/ (same format and conventions as make-gold-holdout57.py,
make-gold-holdout55.py, make-gold-holdout53.py and make-gold-holdout45.py, and for these languages as
make-gold-holdout54.py, -52.py and -37.py). WIRE COPY IN THE BUNDLED CORPUS'S OWN DOMAIN (Belarus, Vietnam, China,
Kazakhstan, Uzbekistan and their partners) AS THE WIRE SERVICES OF SPANISH, GERMAN, PORTUGUESE, ITALIAN, UKRAINIAN AND
TURKISH WRITE IT, plus ordinary domestic news of each language's own country; REAL public figures, companies, bodies
and places mixed with invented minor people and small firms: 5 es, 5 de, 2 pt, 2 it, 2 uk, 2 tr:
1040 es EFE 'Hanói, 12 feb (EFE).-' (Spain's industry minister and a trade mission in Vietnam; Jordi Hereu / Hereu,
Nguyen Hong Dien and Bui Thanh Son without diacritics, ICEX España Exportación e Inversiones (ICEX), IDAE, Vietnam
Electricity (EVN), VCCI, 'Noelia Castrillón de la Vega' / Castrillón, 'Íñigo Aranguren Urquijo', Estructuras Metálicas
Ribeiro de Arousa beside Vilagarcía de Arousa (Pontevedra), 'la provincia de Khanh Hoa', 'zona industrial de Hiep
Phuoc', Ciudad Ho Chi Minh, Embajada de España en Hanói, Sudeste Asiático); 1041 es Europa Press 'MADRID, 12 (EUROPA
PRESS)' (Talgo's Kazakh order; Kazakhstan Temir Zholy (KTZ), Tulpar-Talgo, CNMV, 'Germán Ibarrola del Campo' /
Ibarrola, 'Luis Francisco Martínez de Guinea', SEPI, Sidenor, Gobierno vasco, Rivabellosa (Álava), 'Las Matas, en Las
Rozas (Madrid)', ELA, Passenger Transportation JSC, Bolsa de Madrid, Asia Central); 1042 es EFE 'Pekín, 12 feb (EFE).-'
(a landslide in Yunnan; 'la aldea de Shuanghekou', 'municipio de Yanjin', 'la ciudad de Zhaotong', 'cooperativa de té
Tianma', two ministries, Policía Armada Popular, CCTV, 'río Guanhe', Yangtsé, 'el Ministerio de Finanzas y el de
Gestión de Emergencias', Cruz Roja de China, 'distrito de Zhenxiong'); 1043 es EFE 'Valladolid, 12 feb (EFE).-' (the
regional high court annuls a wind farm; TSJ de Castilla y León / TSJCyL / TSJ, Sala de lo Contencioso-Administrativo,
Junta de Castilla y León, 'parque eólico Sierra del Madero Norte', 'Ólvega, Noviercas y Cueva de Ágreda', Soria Ya,
Parque Natural del Moncayo and 'el Moncayo soriano', CHE, Gobierno de Aragón, Vientos del Madero S.L., 'Alberto Garcés
de los Fayos', Suárez-Quiñones, Cortes de Castilla y León, Diputación Provincial de Soria); 1044 es EFE 'Ferrol (A
Coruña), 12 feb (EFE).-' (Navantia's F-110 subcontract; Talleres Montecelo S.A., 'polígono de Río do Pozo', Narón /
Concello de Narón, Xunta de Galicia, Rueda, Rey Varela, 'Marina Real británica', Navantia UK, Ferrolterra, 'As Pontes
de García Rodríguez', 'Centro Integrado de Formación Profesional Rodolfo Ucha Piñeiro', CIG, CCOO, UGT, a ship name);
1045 de dpa 'Berlin (dpa) -' (a German-Kazakh raw-materials partnership; Katherina Reiche, Serik Schumangarin,
Bundesministerium für Wirtschaft und Energie, 'Deutsche Rohstoffagentur (DERA) in der Bundesanstalt für
Geowissenschaften und Rohstoffe (BGR)', 'kasachischen Ministerium für Industrie und Bau', Werchneje Kairakty, Gebiet
Karaganda, Freiberger Metallhütte Saxonia GmbH, Tau-Ken Samruk, Ust-Kamenogorsk, Ost-Ausschuss der Deutschen Wirtschaft,
'Kaspischen Pipeline-Konsortiums (CPC)', Schwedt, Helmholtz-Institut Freiberg für Ressourcentechnologie, 'Sachsens');
1046 de APA 'WIEN, 12. Februar (APA) –' (Andritz turbines for Uzbekistan; Pumpspeicherkraftwerk Jukori Chirchiq,
Uzbekhydroenergo, Mirsamachmudow, Stocker (ÖVP), Hattmannsdorfer, Weiz, Oststeiermark, 'Chirchiq-Fluss' / 'des Flusses
Chirchiq', OeKB, 'Asiatische Entwicklungsbank (ADB)', WKO and its AußenwirtschaftsCenter Almaty, Doppelmayr, 'Skigebiet
Amirsoy', Tschatkal-Gebirge, Statistik Austria, Hydrotech Mürztal GmbH, Kindberg, Wiener Börse, Grazer / Vorarlberger);
1047 de dpa 'Minsk (dpa) -' (a Belarusian journalist sentenced; Gebietsgericht Gomel, Menschenrechtszentrum Wesna /
Wesna, Homelski Kurjer, Retschiza, Belsat, Belarussische Journalistenverband (BAJ), Tichanowskaja, Europäische Union,
Ermittlungskomitees, Auswärtige Amt, Lukaschenko, Kellogg, Bjaljazki, 'Deutschen Presse-Agentur', 'Lossewitschs');
1048 de dpa 'Verden (dpa/lni) -' (a utility manager's breach-of-trust trial; Landgericht Verden, Staatsanwaltschaft
Verden, Landkreis Diepholz, Wärmeversorgung Sulinger Land GmbH, 'die Stadt Sulingen und die Samtgemeinde Kirchdorf',
Rohrleitungsbau Thiele & Sohn KG and Dirk Thiele, Amtsgericht Sulingen, Niedersächsischen Landesrechnungshof,
Niedersächsische Ministerium für Umwelt, Energie und Klimaschutz, Landrat Cord Bockhop); 1049 de Keystone-SDA 'BASEL,
12. Februar (Keystone-SDA) –' (the Basel carnival; Basler Fasnachts-Comité / Comité / Comités, 'Stammclique der
Vereinigten Rheinschnooge', Gundeli-Quartier, Mittleren Brücke, Kantonspolizei Basel-Stadt, 'den Kantonen
Basel-Landschaft, Solothurn und Aargau', BVB, SBB, Deutsche Bahn, Freiburg im Breisgau, LDP, Unesco, 'Der Grosse Rat des
Kantons Basel-Stadt', Wirteverband Basel-Stadt, Steinenvorstadt, Musical Theater Basel); 1050 pt Lusa 'Pequim, 12 fev
2027 (Lusa) -' (the Portugal-China joint economic commission; Castro Almeida, He Lifeng, 'EDP - Energias de Portugal',
'REN - Redes Energéticas Nacionais', China Three Gorges (CTG), State Grid Corporation of China, DGAV, 'Administração
Geral das Alfândegas da China', ANP with its seat 'no Cadaval', 'Alcobaça, Bombarral e Caldas da Rainha', AICEP, CCPIT,
LNEG, Academia Chinesa de Ciências, 'Moldeplás Marinha Grande, Lda., de Leiria', 'Hefei, na província de Anhui', Fórum
de Macau with its long name, Região Administrativa Especial de Macau, Sam Hou Fai, INE); 1051 pt Agência Brasil style
'Brasília -' (a miner convicted for a tailings-dike failure; Justiça Federal, 'Serra Azul do Espinhaço Mineração Ltda.'
beside the Serra do Espinhaço, 1ª Vara Federal … da Subseção Judiciária de Sete Lagoas, MPF, ANM, 'córrego Passa Sete',
'rio Santo Antônio' beside 'Associação dos Atingidos do Rio Santo Antônio', 'rio Doce', Igam, Ibama, 'prefeitura de
Conceição do Mato Dentro', Samarco, Vale, TRF6, Feam); 1052 it ANSA '(ANSA) - ROMA, 12 FEB -' (Tajani and Saidov's
business forum; Farnesina, Business Forum Italia-Uzbekistan, Agenzia ICE, Confindustria, Meloni, 'zone economiche
speciali di Navoi e Jizzakh', Eni, Uzbekneftegaz, 'bacino di Bukhara-Khiva', Maire Tecnimont, 'Ministero dell'Energia
della Repubblica dell'Uzbekistan', Sace, Simest, Cassa depositi e prestiti (Cdp), NBU, Tessiture Valle Seriana spa di
Gandino, Bergamasca, Bukhara Textile Group, 'Giancarlo Pezzoli del Vecchio', Camera di commercio italo-uzbeka,
Uzbekistan Airways, Milano Malpensa, Opificio delle pietre dure, Shah-i-Zinda, Regione Toscana, Giani); 1053 it ANSA
'(ANSA) - BARI, 12 FEB -' (an olive-oil subsidy fraud; Guardia di finanza / Fiamme gialle, Oleificio Cooperativo Alta
Murgia and 'della Murgia', Tribunale di Bari, Procura europea (Eppo), Nucleo di polizia economico-finanziaria, Agea,
'Gravina in Puglia, Santeramo in Colle e Cassano delle Murge', Loiacono, Dell'Orco, Tribunale del Riesame, Crea, Matera
'in Basilicata', Regione Puglia, Coldiretti Puglia, Icqrf, 'fondi Ue'); 1054 uk Укрінформ 'КИЇВ, 12 лютого.
/Укрінформ/.' (the border service on Belarus; ДПСУ, Демченко, 'у Гомельській та Брестській областях', Мозиря, Пінська,
'з Волинською, Рівненською та Житомирською областями', Мінськ, Міністерство оборони Білорусі, 19-ї окремої
механізованої бригади, Гродном, станції Калинковичі, Олександра Лукашенка, 'Нові Яриловичі – Нова Гута', Об'єднаних
сил ЗСУ, Драпатий, Сили оборони України, Чернігівській області, Волині, Любешові, Ратному, Рівненській обласній
військовій адміністрації, 'у Сарненському та Вараському районах', Житомирського прикордонного загону, села
Рудня-Радовельська); 1055 uk Укрінформ 'ЧЕРНІВЦІ, 12 лютого. /Укрінформ/.' (the Malanka festival; Центральній площі
Чернівців, Буковини, 107-ї окремої бригади територіальної оборони, Клічук, Запаранюк, Красноїльська, Вашківців,
Василя Ткачука, Оксаною Паламарюк-Гнідою, Чернівецького національного університету імені Юрія Федьковича,
"Смерекова хата", Кіцманя, Глибокої, села Мамаївці, Румунії, міста Сірет, Південної Буковини, вулиці Головній,
Чернівецької обласної ради, "Буковинська сотня"); 1056 tr AA 'ANKARA (AA) -' (Erdoğan and Tokayev; Tokayev'i /
Tokayev'in, Cumhurbaşkanlığı Külliyesi'nde, Yüksek Düzeyli Stratejik İşbirliği Konseyi'nin, Orta Koridor'un,
Bakü-Tiflis-Kars demir yolu hattı, Kazakistan'daki, Türk Devletleri Teşkilatı (TDT), TPAO, KazMunayGas (KMG), Hazar
Denizi'ndeki, TUSAŞ, Kazakhstan Engineering, Astana'daki, Almatı Havalimanı'nı, TAV Havalimanları, Şımkent'te,
Köşerbayev, 'Konya merkezli', Yavuzlar Tarım Makineleri'nin, Kostanay'da, İstanbul'da, Türk-Kazak İş Forumu'na, Ahmet
Yesevi Üniversitesi'nin); 1057 tr AA 'ARTVİN (AA) -' (a landslide in Arhavi; Artvin'in Arhavi ilçesinde, Dikyamaç
köyünde, AFAD, Jandarma Genel Komutanlığı, UMKE, Nazife Kocaoğlu'nun, Kavak köyü, Arhavi Devlet Hastanesi, 'Rize'deki
Recep Tayyip Erdoğan Üniversitesi Eğitim ve Araştırma Hastanesi'ne', Turan Ergün / Ergün, 'Karayolları Genel Müdürlüğü
10. Bölge Müdürlüğü'nden', Arhavi-Ortacalar yolu, Karadeniz Sahil Yolu'nda, Sarp Sınır Kapısı, Meteoroloji Genel
Müdürlüğü, Doğu Karadeniz, Trabzon'un, 'Musazade ve Boğaziçi mahallelerinde', Yerlikaya, Arhavi Ziraat Odası).
Every invented name and every minor real one was checked with grep against the earlier sets' articles; replaced after
that check: Sarasola, Zhaksybekov, Piñeiro (a person; the vocational school keeps its real name), Ferreiro, Harms,
Lorusso, Dell'Anna, Polignano a Mare, Коваль, Путила, Вижниця, Hopa, Kemalpaşa, Borçka (the Turkish landslide moved from
Hopa to Arhavi). Recurring as allowed: famous figures and bodies (Tokayev, Erdoğan, Lukashenko, Xi Jinping, Li Qiang,
Kretschmer, Talgo's Kazakh plant Tulpar-Talgo, Navantia, Eni, Deutsche Bahn, SBB, Unesco, Vale, Samarco, Ibama, AFAD),
big cities and regions (Madrid, Astaná, Almaty, Tashkent, Minsk, Gomel, Grodno, Brest, Berlin, Dresden, Wien, Linz,
Zürich, Bern, Basel, Pequim, Macau, Leiria, Roma, Milano, Firenze, Bari, Matera, Київ, Мінськ, Ankara, İstanbul, Konya,
Rize, Trabzon, Schwedt, Hefei, Jizzakh). Written blind in session 33: no Swift source read, no extractor run; the gold
was fixed and committed before any extractor ran on the set.

Conventions as holdout57, holdout55, holdout54 and holdout45 (titles no part of a name: ministro, viceprimer ministro,
consejero delegado, directora general, Bundeswirtschaftsministerin, Vize-Regierungschef, Geschäftsführerin, Landrat,
Vorsitzende Richter, Obfrau, Regierungspräsident, ministro da Economia, procuradora da República, juiz federal,
vicepremier, amministratrice delegata, assessore regionale, gip, procuratore europeo delegato, речник, командувач,
генерал-лейтенант, міський голова, начальник, Cumhurbaşkanı, Dışişleri Bakanı, Valisi, Belediye Başkanı; a surname
alone an alias, first surname of a Spanish double surname too (Castrillón, Ibarrola, Bouzas); every surface form an
alias, Ukrainian cases and Turkish suffixed forms included, the canonical the nominative or bare form even where the
text has none (Ermittlungskomitee, Волинська область, Вараський район); countries as ISO codes, never entities, from
names, adjectives, demonyms and bodies' names (vietnamita, kazaja, británica, kasachische, österreichischen,
Wirtschaftskammer Österreich, Deutschen Presse-Agentur, Deutsche Bahn, Agência Brasil, uzbeko, italiano, Білорусі,
російська, Росією, українців, Румунії, Türkiye'ye, Türk, Kazak, Kazakistan'daki), a city's country never; a generic
word before a place an alias (aldea de, municipio de, ciudad de, provincia de, río, distrito de, polígono de, comarca
de, zona industrial de, Gebiet, Landkreis, Stadt, Samtgemeinde, Skigebiet, Pumpspeicherkraftwerk, córrego, rio, estado
de, província de, bacino di, села, міста, станції, вулиці, köyü, ilçesinde, Sınır Kapısı); a place only inside an
organization's name not counted (Castilla y León, Soria, Ebro, Basel-Stadt, Sulinger Land, Marinha Grande, Sete
Lagoas, Puglia, Alta Murgia, Almaty in AußenwirtschaftsCenter Almaty, Bukhara in Bukhara Textile Group, Almatı inside
Almatı Havalimanı); a name built from a person's makes no person (Centro Integrado de Formación Profesional Rodolfo
Ucha Piñeiro, Чернівецький національний університет імені Юрія Федьковича, Ahmet Yesevi Üniversitesi, Recep Tayyip
Erdoğan Üniversitesi); national governments (el Gobierno, Bundesregierung) no entities, but regional governments with a
name of their own organizations as the earlier Spanish and Italian sets (Xunta de Galicia, Junta de Castilla y León,
Gobierno de Aragón, Gobierno vasco, Regione Puglia, Regione Toscana); capitalized forums and joint commissions
organizations (Business Forum Italia-Uzbekistan, Türk-Kazak İş Forumu, Comissão Mista Económica Portugal-China,
Yüksek Düzeyli Stratejik İşbirliği Konseyi), a festival an organization ("Маланка-фест", as holdout54's Altın Koza);
power plants, wind farms, airports, roads, railway lines, corridors, passes and crossings places, each end of a named
railway or road a place (Bakü, Tiflis, Kars; Ortacalar); ships, products, programmes, events (Morgestraich, Drummeli,
F-110, ANKA, Copernicus, the Nobel prize), bacteria (Xylella) and broad regions (Sudeste Asiático, Asia Central,
Zentralasien, Asia centrale, Europa, Doğu Karadeniz) no entities; chambers of a court (Sala de lo
Contencioso-Administrativo, 7. große Strafkammer) no entities. New here:
- coordinated Ukrainian oblast and raion adjectives before one plural noun ('у Гомельській та Брестській областях', 'з
  Волинською, Рівненською та Житомирською областями', 'у Сарненському та Вараському районах') are one place each, the
  noun carried by the LAST alias (the mirror of holdout54's Polish 'powiatach sanockim, leskim'); 'Волині' is the Volyn
  oblast's alias; 'Мінськ розгортає' (the city for the state) is still the place Minsk;
- a checkpoint named by its two ends ('пункту пропуску "Нові Яриловичі – Нова Гута"') is two places, as holdout57's
  'cặp ga Lào Cai - Hà Khẩu Bắc';
- Spanish, Portuguese and Italian company names keep their legal form only in an alias (Vientos del Madero S.L.,
  Talleres Montecelo S.A., Serra Azul do Espinhaço Mineração Ltda., Moldeplás Marinha Grande, Lda., Tessiture Valle
  Seriana spa), and a name written 'EDP - Energias de Portugal' has its acronym and its long form as aliases of the
  long form (REN likewise); a generic noun before a small firm's name no part of it ('cooperativa de té Tianma');
- a ministry written by its byname is the ministry (Farnesina); a standing regional office named with its parent is
  one organization with the parent's name as an alias ('Karayolları Genel Müdürlüğü 10. Bölge Müdürlüğü'), while a
  national unit written apart (Nucleo di polizia economico-finanziaria beside the Guardia di finanza; DERA 'in der' BGR;
  AußenwirtschaftsCenter Almaty beside the WKO) is an organization of its own; a university hospital and its university
  named only inside it are two organizations, as holdout57;
- Swiss carnival cliques are organizations ('der Vereinigten Rheinschnooge'), the Comité with its bynames 'Comité',
  'Comités'; a venue (Musical Theater Basel) a place as halls and arenas; a ski area (Skigebiet Amirsoy) a place;
- German cantonal and regional bodies in oblique cases keep the nominative canonical ('Grosser Rat des Kantons
  Basel-Stadt' / 'Grosse Rat …', 'Belarussischer Journalistenverband' / 'Belarussische …', 'Niedersächsischer
  Landesrechnungshof' / 'Niedersächsischen …'); the town Sulingen and the Samtgemeinde Kirchdorf are places although
  they hold shares in the utility, as holdout54's 'Kreis Nordfriesland';
- 'fondi Ue' names the EU (an organization, as 'Europäische Union'); 'Deutschen Presse-Agentur' is dpa's alias.
Judgement calls: 1043, 1048 and 1057 name no country; 1044 names only GB ('Marina Real británica'; España is not
written); 1047 and 1049 name DE only through a body (Deutsche Presse-Agentur, Deutsche Bahn); 1051 names BR only through
'Agência Brasil'; 1046 names no KZ (Almaty only inside the WKO office's name); 'el Moncayo soriano' (headline) is the
mountain Moncayo, apart from the Parque Natural del Moncayo; 'la Murgia' (headline) is a place, 'Alta Murgia' only
inside the cooperative's name; 'Cumhurbaşkanlığı Külliyesi' is a place (the palace complex); 'Orta Koridor' a place as
holdout57's TITR; the Chirchiq river and the Jukori Chirchiq plant are two places; 'Armada' and 'Marina Real' are
organizations; the Bonifaz (a frigate) none; 'Smerekova khata' (an ensemble in quotes) and 'Буковинська сотня' (a fund)
organizations; 'Об'єднаних сил ЗСУ' gives two organizations (the Joint Forces and ЗСУ); 'збройних сил Білорусі'
(lowercase) none."""
import os
from goldlib import P, O, L, check_gold, write_gold

EFE = (O, "EFE", [])
DPA = (O, "dpa", [])
ANSA = (O, "ANSA", [])
LUSA = (O, "Lusa", ["agência Lusa"])
AA = (O, "AA", [])
G = {
 "1040_es.txt": ("es", ["CN", "ES", "VN"], [
  (L, "Hanói", []), EFE, (P, "Jordi Hereu", ["Hereu"]), (P, "Nguyen Hong Dien", []),
  (O, "ICEX España Exportación e Inversiones", ["ICEX"]), (O, "Cámara de Comercio de España", []),
  (P, "Bui Thanh Son", []), (O, "Ministerio de Industria y Turismo", []), (O, "Acciona", []), (O, "Iberdrola", []),
  (O, "Técnicas Reunidas", []), (O, "Haizea Wind Group", []), (O, "Estructuras Metálicas Ribeiro de Arousa", []),
  (L, "Vilagarcía de Arousa", []), (L, "Pontevedra", []), (P, "Noelia Castrillón de la Vega", ["Castrillón"]),
  (L, "Khanh Hoa", ["provincia de Khanh Hoa"]),
  (O, "Instituto para la Diversificación y Ahorro de la Energía", ["IDAE"]), (O, "Vietnam Electricity", ["EVN"]),
  (L, "Madrid", []), (O, "Embajada de España en Hanói", []), (P, "Íñigo Aranguren Urquijo", []),
  (L, "Ciudad Ho Chi Minh", []), (O, "Cámara de Comercio e Industria de Vietnam", ["VCCI"]),
  (L, "Hiep Phuoc", ["zona industrial de Hiep Phuoc"]), (O, "Pastas Moncayo Export", [])]),
 "1041_es.txt": ("es", ["ES", "KZ", "UZ"], [
  (O, "Talgo", []), (L, "Astaná", []), (L, "Madrid", ["MADRID"]), (O, "Europa Press", ["EUROPA PRESS"]),
  (O, "Kazakhstan Temir Zholy", ["KTZ"]), (O, "Tulpar-Talgo", []),
  (O, "Comisión Nacional del Mercado de Valores", ["CNMV"]), (P, "Nurlan Sauranbayev", []),
  (P, "Luis Francisco Martínez de Guinea", []), (P, "Germán Ibarrola del Campo", ["Ibarrola"]),
  (P, "Daniyar Tolegenov", []), (L, "Almaty", []), (L, "Shymkent", []), (L, "Tashkent", []),
  (O, "Ministerio de Transportes y Movilidad Sostenible", []), (P, "Óscar Puente", []), (O, "Sidenor", []),
  (O, "Sociedad Estatal de Participaciones Industriales", ["SEPI"]), (O, "Gobierno vasco", []),
  (L, "Rivabellosa", []), (L, "Álava", []), (P, "Aitor Zuazo Etxeberria", []), (O, "ELA", []),
  (L, "Las Matas", []), (L, "Las Rozas", []), (O, "Passenger Transportation JSC", ["Passenger Transportation"]),
  (O, "Qurylys Dala Invest", []), (O, "Bolsa de Madrid", [])]),
 "1042_es.txt": ("es", ["CN"], [
  (L, "Shuanghekou", ["aldea de Shuanghekou"]), (L, "Yunnan", ["provincia de Yunnan"]), (O, "Xinhua", []),
  (L, "Pekín", []), EFE, (L, "Yanjin", ["municipio de Yanjin"]), (L, "Zhaotong", ["ciudad de Zhaotong"]),
  (O, "Tianma", ["cooperativa de té Tianma"]), (P, "Xi Jinping", []), (P, "Li Qiang", []),
  (O, "Ministerio de Gestión de Emergencias", []), (O, "Ministerio de Recursos Naturales", []), (L, "Kunming", []),
  (O, "Policía Armada Popular", []), (O, "Centro Meteorológico Nacional", []), (O, "CCTV", []),
  (P, "Zhao Guilan", []), (L, "Guanhe", ["río Guanhe"]), (L, "Yangtsé", []), (O, "Partido Comunista", []),
  (P, "Yang Hongwei", []), (O, "Ministerio de Finanzas", []), (O, "Cruz Roja de China", []),
  (L, "Zhenxiong", ["distrito de Zhenxiong"])]),
 "1043_es.txt": ("es", [], [
  (O, "Tribunal Superior de Justicia de Castilla y León", ["TSJ de Castilla y León", "TSJCyL", "TSJ"]),
  (L, "Moncayo", []), (L, "Valladolid", []), EFE, (L, "Burgos", []), (O, "Junta de Castilla y León", []),
  (L, "Sierra del Madero Norte", ["parque eólico Sierra del Madero Norte"]), (L, "Ólvega", []), (L, "Noviercas", []),
  (L, "Cueva de Ágreda", []), (O, "Asociación para la Defensa del Moncayo", []), (O, "Soria Ya", []),
  (L, "Parque Natural del Moncayo", []), (L, "Zaragoza", ["provincia de Zaragoza"]),
  (O, "Consejería de Medio Ambiente, Vivienda y Ordenación del Territorio", []),
  (O, "Confederación Hidrográfica del Ebro", ["CHE"]), (O, "Gobierno de Aragón", []),
  (O, "Vientos del Madero", ["Vientos del Madero S.L."]), (O, "Baztán Renovables", []), (O, "Tribunal Supremo", []),
  (P, "Alberto Garcés de los Fayos", []), (P, "Juan Carlos Suárez-Quiñones", ["Suárez-Quiñones"]),
  (O, "Cortes de Castilla y León", []), (P, "Maribel Lafuente Ochoa", []), (L, "Madrid", []),
  (P, "Gerardo Martínez", []), (O, "Diputación Provincial de Soria", []), (P, "Benito Serrano", []),
  (L, "Borobia", []), (L, "Castilruiz", [])]),
 "1044_es.txt": ("es", ["GB"], [
  (O, "Navantia", []), (L, "Narón", []), (L, "Ferrol", []), (L, "A Coruña", []), EFE,
  (O, "Talleres Montecelo", ["Talleres Montecelo S.A."]), (L, "Río do Pozo", ["polígono de Río do Pozo"]),
  (O, "Armada", []), (P, "Agustín Álvarez Blanco", []), (P, "Xosé Manuel Bouzas Lamas", ["Bouzas"]),
  (O, "Xunta de Galicia", []), (P, "Alfonso Rueda", ["Rueda"]), (P, "José Manuel Rey Varela", []),
  (O, "Marina Real", []), (O, "Navantia UK", []), (L, "Ferrolterra", ["comarca de Ferrolterra"]),
  (L, "As Pontes de García Rodríguez", []),
  (O, "Centro Integrado de Formación Profesional Rodolfo Ucha Piñeiro", []), (O, "CIG", []), (O, "CCOO", []),
  (O, "UGT", []), (O, "Sociedad Estatal de Participaciones Industriales", ["SEPI"]), (P, "Iria Cancela Dopico", []),
  (O, "Ministerio de Defensa", []), (O, "Concello de Narón", [])]),
 "1045_de.txt": ("de", ["CN", "DE", "KZ"], [
  (L, "Berlin", []), DPA, (P, "Katherina Reiche", ["Reiche"]), (O, "CDU", []),
  (P, "Serik Schumangarin", ["Schumangarin"]), (O, "Bundesministerium für Wirtschaft und Energie", []),
  (O, "Deutsche Rohstoffagentur", ["DERA"]), (O, "Bundesanstalt für Geowissenschaften und Rohstoffe", ["BGR"]),
  (O, "Ministerium für Industrie und Bau", []), (L, "Werchneje Kairakty", []), (L, "Karaganda", ["Gebiet Karaganda"]),
  (O, "Freiberger Metallhütte Saxonia GmbH", []), (O, "Tau-Ken Samruk", []), (L, "Ust-Kamenogorsk", []),
  (P, "Annegret Wolkenhauer", []), (O, "Ost-Ausschuss der Deutschen Wirtschaft", []),
  (O, "Kaspisches Pipeline-Konsortium", ["Kaspischen Pipeline-Konsortiums", "CPC"]), (L, "Schwedt", []),
  (O, "Grüne", ["Grünen"]), (P, "Lena Osterkamp-Vogt", []), (O, "Human Rights Watch", []),
  (L, "Sachsen", ["Sachsens"]), (O, "Helmholtz-Institut Freiberg für Ressourcentechnologie", []),
  (L, "Dresden", []), (P, "Michael Kretschmer", [])]),
 "1046_de.txt": ("de", ["AT", "UZ"], [
  (L, "Wien", ["WIEN"]), (O, "APA", []), (O, "Andritz", ["Andritz AG"]),
  (L, "Jukori Chirchiq", ["Pumpspeicherkraftwerk Jukori Chirchiq"]), (L, "Taschkent", []),
  (O, "Uzbekhydroenergo", []), (P, "Jurabek Mirsamachmudow", ["Mirsamachmudow"]), (P, "Christian Stocker", []),
  (O, "ÖVP", []), (P, "Wolfgang Hattmannsdorfer", []), (L, "Weiz", []), (L, "Oststeiermark", []), (L, "Linz", []),
  (L, "Chirchiq", ["Chirchiq-Fluss"]), (O, "Oesterreichische Kontrollbank", ["OeKB"]),
  (O, "Asiatische Entwicklungsbank", ["ADB"]), (P, "Joachim Schönbeck", []),
  (O, "Wirtschaftskammer Österreich", ["WKO"]), (O, "AußenwirtschaftsCenter Almaty", []),
  (P, "Gerold Pfandlbauer", []), (O, "Doppelmayr", []), (L, "Amirsoy", ["Skigebiet Amirsoy"]),
  (L, "Tschatkal-Gebirge", []), (O, "Statistik Austria", []), (O, "Hydrotech Mürztal GmbH", []),
  (L, "Kindberg", []), (P, "Bernhard Zötsch", []), (O, "Wiener Börse", [])]),
 "1047_de.txt": ("de", ["BY", "DE", "LT", "PL", "US"], [
  (L, "Minsk", []), (O, "dpa", ["Deutschen Presse-Agentur"]), (O, "Gebietsgericht Gomel", []), (L, "Gomel", []),
  (P, "Darja Lossewitsch", ["Lossewitsch", "Lossewitschs"]), (O, "Menschenrechtszentrum Wesna", ["Wesna"]),
  (O, "Homelski Kurjer", []), (L, "Retschiza", []), (O, "Belsat", []), (P, "Pawel Kolodko", []),
  (O, "Belarussischer Journalistenverband", ["Belarussische Journalistenverband", "BAJ"]), (L, "Vilnius", []),
  (P, "Swetlana Tichanowskaja", []), (O, "Europäische Union", []), (O, "Ermittlungskomitee", ["Ermittlungskomitees"]),
  (O, "Auswärtiges Amt", ["Auswärtige Amt"]), (L, "Berlin", []), (P, "Alexander Lukaschenko", ["Lukaschenko"]),
  (P, "Keith Kellogg", []), (L, "Grodno", []), (L, "Brest", []), (P, "Ales Bjaljazki", []),
  (P, "Kirill Sadowoi", [])]),
 "1048_de.txt": ("de", [], [
  (L, "Verden", []), DPA, (O, "Landgericht Verden", []), (L, "Diepholz", ["Landkreis Diepholz"]),
  (O, "Staatsanwaltschaft Verden", []), (P, "Harald Brüggemeier", ["Brüggemeier"]),
  (O, "Wärmeversorgung Sulinger Land GmbH", []), (L, "Sulingen", ["Stadt Sulingen"]),
  (L, "Kirchdorf", ["Samtgemeinde Kirchdorf"]), (O, "Rohrleitungsbau Thiele & Sohn KG", []), (L, "Twistringen", []),
  (P, "Dirk Thiele", []), (O, "Amtsgericht Sulingen", []), (P, "Jens-Uwe Hardekopf", []),
  (O, "Niedersächsischer Landesrechnungshof", ["Niedersächsischen Landesrechnungshof"]),
  (O, "Niedersächsisches Ministerium für Umwelt, Energie und Klimaschutz",
   ["Niedersächsische Ministerium für Umwelt, Energie und Klimaschutz"]), (P, "Christian Meyer", []),
  (O, "Grüne", []), (P, "Cord Bockhop", []), (O, "CDU", [])]),
 "1049_de.txt": ("de", ["DE"], [
  (L, "Basel", ["BASEL"]), (O, "Keystone-SDA", []),
  (O, "Basler Fasnachts-Comité", ["Comité", "Comités"]), (P, "Pia Inderbitzin", []),
  (O, "Vereinigte Rheinschnooge", ["Vereinigten Rheinschnooge"]), (L, "Gundeli", ["Gundeli-Quartier"]),
  (P, "Seraina Tschudin", []), (L, "Riehen", []), (L, "Mittlere Brücke", ["Mittleren Brücke"]),
  (O, "Kantonspolizei Basel-Stadt", []), (L, "Basel-Landschaft", []), (L, "Solothurn", []), (L, "Aargau", []),
  (P, "Adrian Plattner", []), (L, "Marktplatz", []), (L, "Spalenberg", []),
  (O, "Basler Verkehrs-Betriebe", ["BVB"]), (O, "SBB", []), (L, "Zürich", []), (L, "Bern", []), (L, "Luzern", []),
  (O, "Deutsche Bahn", []), (L, "Freiburg im Breisgau", []), (L, "Lörrach", []), (P, "Conradin Cramer", []),
  (O, "LDP", []), (O, "Unesco", []),
  (O, "Grosser Rat des Kantons Basel-Stadt", ["Grosse Rat des Kantons Basel-Stadt"]),
  (O, "Wirteverband Basel-Stadt", []), (L, "Steinenvorstadt", []), (P, "Maurus Ebneter", []),
  (L, "Musical Theater Basel", [])]),
 "1050_pt.txt": ("pt", ["CN", "PT"], [
  (L, "Pequim", []), LUSA, (P, "Manuel Castro Almeida", ["Castro Almeida"]), (P, "He Lifeng", []),
  (O, "Comissão Mista Económica Portugal-China", []), (O, "China Three Gorges", ["CTG"]),
  (O, "Energias de Portugal", ["EDP - Energias de Portugal", "EDP"]), (O, "State Grid Corporation of China", []),
  (O, "Redes Energéticas Nacionais", ["REN - Redes Energéticas Nacionais", "REN"]),
  (O, "Direção-Geral de Alimentação e Veterinária", ["DGAV"]),
  (O, "Administração Geral das Alfândegas da China", []),
  (O, "Associação Nacional de Produtores de Pera Rocha", ["ANP"]), (L, "Cadaval", []),
  (P, "Joaquim Sampaio Leitão", []), (L, "Alcobaça", []), (L, "Bombarral", []), (L, "Caldas da Rainha", []),
  (O, "Agência para o Investimento e Comércio Externo de Portugal", ["AICEP"]),
  (O, "Conselho Chinês para a Promoção do Comércio Internacional", ["CCPIT"]),
  (O, "Laboratório Nacional de Energia e Geologia", ["LNEG"]), (O, "Academia Chinesa de Ciências", []),
  (O, "Moldeplás Marinha Grande", ["Moldeplás Marinha Grande, Lda."]), (L, "Leiria", []), (L, "Hefei", []),
  (L, "Anhui", ["província de Anhui"]), (P, "Ricardo Vasconcelos da Mota", []),
  (L, "Macau", ["Região Administrativa Especial de Macau"]),
  (O, "Fórum para a Cooperação Económica e Comercial entre a China e os Países de Língua Portuguesa",
   ["Fórum de Macau"]),
  (P, "Sam Hou Fai", []), (O, "Instituto Nacional de Estatística", ["INE"])]),
 "1051_pt.txt": ("pt", ["BR"], [
  (L, "Brasília", []), (O, "Justiça Federal", []), (L, "Minas Gerais", ["estado de Minas Gerais"]),
  (O, "Serra Azul do Espinhaço", ["Serra Azul do Espinhaço Mineração Ltda."]),
  (L, "Conceição do Mato Dentro", []), (O, "Ministério Público Federal", ["MPF"]),
  (P, "Leonardo Tavares de Magalhães", []),
  (O, "1ª Vara Federal Cível e Agrária da Subseção Judiciária de Sete Lagoas", []),
  (O, "Agência Nacional de Mineração", ["ANM"]), (L, "Passa Sete", ["córrego Passa Sete"]),
  (L, "Santo Antônio", ["rio Santo Antônio"]), (L, "Doce", ["rio Doce"]), (L, "Itacolomi", []),
  (L, "São Sebastião do Bom Sucesso", []), (O, "Instituto Mineiro de Gestão das Águas", ["Igam"]),
  (O, "Ibama", []), (O, "prefeitura de Conceição do Mato Dentro", []), (P, "Helena Brandão Quintela", []),
  (O, "Agência Brasil", []), (L, "Mariana", []), (L, "Brumadinho", []), (O, "Samarco", []), (O, "Vale", []),
  (O, "Tribunal Regional Federal da 6ª Região", ["TRF6"]), (L, "Belo Horizonte", []),
  (L, "Serra do Espinhaço", []), (O, "Associação dos Atingidos do Rio Santo Antônio", []),
  (P, "Maria das Dores Fonseca", []), (P, "Otávio Lage de Assis", []),
  (O, "Fundação Estadual do Meio Ambiente", ["Feam"])]),
 "1052_it.txt": ("it", ["IT", "UZ"], [
  (L, "Roma", ["ROMA"]), ANSA, (P, "Antonio Tajani", ["Tajani"]), (O, "Farnesina", []),
  (P, "Bakhtiyor Saidov", ["Saidov"]), (O, "Business Forum Italia-Uzbekistan", []), (O, "Agenzia ICE", []),
  (O, "Confindustria", []), (L, "Samarcanda", []), (P, "Giorgia Meloni", []), (L, "Navoi", []), (L, "Jizzakh", []),
  (L, "Milano", []), (O, "Eni", []), (O, "Uzbekneftegaz", []), (L, "Bukhara-Khiva", ["bacino di Bukhara-Khiva"]),
  (O, "Maire Tecnimont", []), (O, "Ministero dell'Energia della Repubblica dell'Uzbekistan", []), (L, "Karshi", []),
  (O, "Sace", []), (O, "Simest", []), (O, "Cassa depositi e prestiti", ["Cdp"]),
  (O, "Banca nazionale per l'attività economica estera dell'Uzbekistan", ["NBU"]),
  (O, "Tessiture Valle Seriana", ["Tessiture Valle Seriana spa"]), (L, "Gandino", []), (L, "Bergamasca", []),
  (O, "Bukhara Textile Group", []), (P, "Lucia Bonfadini Rota", []), (O, "Camera di commercio italo-uzbeka", []),
  (P, "Giancarlo Pezzoli del Vecchio", []), (O, "Uzbekistan Airways", []), (L, "Tashkent", []),
  (L, "Milano Malpensa", []), (L, "Firenze", []), (O, "Opificio delle pietre dure", []), (L, "Shah-i-Zinda", []),
  (O, "Regione Toscana", []), (P, "Eugenio Giani", [])]),
 "1053_it.txt": ("it", ["IT"], [
  (O, "Ue", []), (L, "Murgia", []), (L, "Bari", ["BARI"]), ANSA, (O, "Guardia di finanza", ["Fiamme gialle"]),
  (O, "Oleificio Cooperativo Alta Murgia", []), (L, "Altamura", []), (O, "Tribunale di Bari", []),
  (P, "Antonella Cafagna", []), (O, "Procura europea", ["Eppo"]), (O, "Nucleo di polizia economico-finanziaria", []),
  (O, "Agenzia per le erogazioni in agricoltura", ["Agea"]), (L, "Gravina in Puglia", []),
  (L, "Santeramo in Colle", []), (L, "Cassano delle Murge", []), (P, "Vito Nicola Loiacono", ["Loiacono"]),
  (L, "Conversano", []), (P, "Michele Dell'Orco", []), (O, "Tribunale del Riesame", []),
  (O, "Consiglio per la ricerca in agricoltura e l'analisi dell'economia agraria", ["Crea"]), (L, "Matera", []),
  (L, "Basilicata", []), (P, "Domenico Ciccimarra", []), (O, "Regione Puglia", []), (O, "Coldiretti Puglia", []),
  (P, "Gianluca Sannicandro", []),
  (O, "Ispettorato centrale della tutela della qualità e della repressione frodi dei prodotti agroalimentari",
   ["Icqrf"])]),
 "1054_uk.txt": ("uk", ["BY", "RU", "UA"], [
  (O, "Державна прикордонна служба України", ["ДПСУ"]), (L, "Київ", ["КИЇВ"]), (O, "Укрінформ", []),
  (P, "Андрій Демченко", ["Демченко"]), (L, "Гомельська область", ["Гомельській"]),
  (L, "Брестська область", ["Брестській областях"]), (L, "Мозир", ["Мозиря"]), (L, "Пінськ", ["Пінська"]),
  (L, "Волинська область", ["Волинською", "Волині"]), (L, "Рівненська область", ["Рівненською"]),
  (L, "Житомирська область", ["Житомирською областями"]), (L, "Мінськ", []),
  (O, "Міністерство оборони Білорусі", []),
  (O, "19-та окрема механізована бригада", ["19-ї окремої механізованої бригади"]), (L, "Гродно", ["Гродном"]),
  (L, "Калинковичі", ["станції Калинковичі"]), (P, "Олександр Лукашенко", ["Олександра Лукашенка"]),
  (L, "Нові Яриловичі", []), (L, "Нова Гута", []), (O, "Об'єднані сили", ["Об'єднаних сил"]), (O, "ЗСУ", []),
  (P, "Михайло Драпатий", []), (O, "Сили оборони України", []),
  (L, "Чернігівська область", ["Чернігівській області"]), (L, "Любешів", ["Любешові"]), (L, "Ратне", ["Ратному"]),
  (O, "Рівненська обласна військова адміністрація", ["Рівненській обласній військовій адміністрації"]),
  (L, "Сарненський район", ["Сарненському"]), (L, "Вараський район", ["Вараському районах"]),
  (O, "Житомирський прикордонний загін", ["Житомирського прикордонного загону"]),
  (L, "Рудня-Радовельська", ["села Рудня-Радовельська"])]),
 "1055_uk.txt": ("uk", ["RO", "UA"], [
  (L, "Чернівці", ["ЧЕРНІВЦІ", "Чернівців", "Чернівцях"]), (O, "Маланка-фест", []), (O, "Укрінформ", ["Укрінформу"]),
  (L, "Центральна площа", ["Центральній площі"]), (L, "Буковина", ["Буковини"]),
  (O, "107-ма окрема бригада територіальної оборони", ["107-ї окремої бригади територіальної оборони"]),
  (P, "Роман Клічук", []),
  (O, "Чернівецька обласна військова адміністрація", ["Чернівецької обласної військової адміністрації"]),
  (P, "Руслан Запаранюк", ["Запаранюк"]), (L, "Красноїльськ", ["Красноїльська"]), (L, "Вашківці", ["Вашківців"]),
  (P, "Василь Ткачук", ["Василя Ткачука"]), (P, "Оксана Паламарюк-Гніда", ["Оксаною Паламарюк-Гнідою"]),
  (O, "Чернівецький національний університет імені Юрія Федьковича",
   ["Чернівецького національного університету імені Юрія Федьковича"]),
  (O, "Смерекова хата", []), (L, "Кіцмань", ["Кіцманя"]), (L, "Глибока", ["Глибокої"]),
  (L, "Мамаївці", ["села Мамаївці"]), (L, "Сірет", ["міста Сірет"]), (L, "Південна Буковина", ["Південної Буковини"]),
  (P, "Іван Мігайчук", []), (P, "Олександр Гулюк", []), (L, "вулиця Головна", ["вулиці Головній"]),
  (O, "Чернівецька обласна рада", ["Чернівецької обласної ради"]), (O, "Буковинська сотня", [])]),
 "1056_tr.txt": ("tr", ["KZ", "TR"], [
  (P, "Recep Tayyip Erdoğan", ["Erdoğan"]), (P, "Kasım Cömert Tokayev", ["Tokayev", "Tokayev'i", "Tokayev'in"]),
  (L, "Ankara", ["ANKARA"]), AA, (L, "Cumhurbaşkanlığı Külliyesi", ["Cumhurbaşkanlığı Külliyesi'nde"]),
  (O, "Yüksek Düzeyli Stratejik İşbirliği Konseyi", ["Yüksek Düzeyli Stratejik İşbirliği Konseyi'nin"]),
  (L, "Orta Koridor", ["Orta Koridor'un"]), (L, "Bakü-Tiflis-Kars", ["Bakü-Tiflis-Kars demir yolu hattı"]),
  (L, "Bakü", []), (L, "Tiflis", []), (L, "Kars", []), (O, "Türk Devletleri Teşkilatı", ["TDT"]),
  (O, "Türkiye Petrolleri Anonim Ortaklığı", ["TPAO"]), (O, "KazMunayGas", ["KMG"]),
  (L, "Hazar Denizi", ["Hazar Denizi'ndeki"]), (P, "Alparslan Bayraktar", []),
  (O, "Türk Havacılık ve Uzay Sanayii", ["Türk Havacılık ve Uzay Sanayii AŞ", "TUSAŞ"]),
  (O, "Kazakhstan Engineering", []), (L, "Astana", ["Astana'daki"]),
  (L, "Almatı Havalimanı", ["Almatı Havalimanı'nı"]), (O, "TAV Havalimanları", []), (L, "Şımkent", ["Şımkent'te"]),
  (P, "Hakan Fidan", []), (P, "Ömer Bolat", []), (P, "Yermek Köşerbayev", []), (L, "Konya", []),
  (O, "Yavuzlar Tarım Makineleri", ["Yavuzlar Tarım Makineleri'nin"]), (P, "Selçuk Yavuzcan", []),
  (L, "Kostanay", ["Kostanay'da"]), (L, "İstanbul", ["İstanbul'da"]),
  (O, "Türk-Kazak İş Forumu", ["Türk-Kazak İş Forumu'na"]),
  (O, "Ahmet Yesevi Üniversitesi", ["Ahmet Yesevi Üniversitesi'nin"])]),
 "1057_tr.txt": ("tr", [], [
  (L, "Artvin", ["ARTVİN", "Artvin'de", "Artvin'in"]), (L, "Arhavi", ["Arhavi'ye", "Arhavi ilçesinde"]),
  (L, "Arhavi-Ortacalar yolu", ["Arhavi-Ortacalar yolunun"]), (L, "Ortacalar", []), AA,
  (L, "Dikyamaç", ["Dikyamaç köyünde"]), (O, "Afet ve Acil Durum Yönetimi Başkanlığı", ["AFAD"]),
  (O, "Jandarma Genel Komutanlığı", []), (O, "Ulusal Medikal Kurtarma Ekibi", ["UMKE"]),
  (P, "Hüseyin Kocaoğlu", []), (P, "Nazife Kocaoğlu", ["Nazife Kocaoğlu'nun"]), (P, "Emre Kocaoğlu", []),
  (L, "Kavak", ["Kavak köyü"]), (P, "Ramazan Şahinbaş", []), (O, "Arhavi Devlet Hastanesi", []),
  (L, "Rize", ["Rize'deki"]),
  (O, "Recep Tayyip Erdoğan Üniversitesi Eğitim ve Araştırma Hastanesi",
   ["Recep Tayyip Erdoğan Üniversitesi Eğitim ve Araştırma Hastanesi'ne"]),
  (O, "Recep Tayyip Erdoğan Üniversitesi", []), (P, "Turan Ergün", ["Ergün"]),
  (O, "Karayolları Genel Müdürlüğü 10. Bölge Müdürlüğü",
   ["Karayolları Genel Müdürlüğü 10. Bölge Müdürlüğü'nden", "Karayolları Genel Müdürlüğü"]),
  (L, "Karadeniz Sahil Yolu", ["Karadeniz Sahil Yolu'nda"]), (L, "Sarp", ["Sarp Sınır Kapısı"]),
  (O, "Meteoroloji Genel Müdürlüğü", []), (L, "Trabzon", ["Trabzon'un"]), (P, "Cengiz Uzunyayla", []),
  (L, "Musazade", []), (L, "Boğaziçi", []), (P, "Ali Yerlikaya", []), (O, "Arhavi Ziraat Odası", [])]),
}

here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout59", G)
write_gold(here, "holdout59", "holdout59-gold.json", G)
