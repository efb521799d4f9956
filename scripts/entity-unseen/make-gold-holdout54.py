#!/usr/bin/env python3
"""Writes holdout54-gold.json for the articles in holdout54/ (same format and conventions as make-gold-holdout52.py,
make-gold-holdout50.py and make-gold-holdout45.py, and for these languages as make-gold-holdout34.py (pl),
-35.py (ja, ko) and -37.py (tr, uk)). ORDINARY REGIONAL NEWS in ten languages beyond the core set, each language's
articles of different kinds (a regional parliament or a municipal assembly passing a budget, three trials, company
results and a car plant, a North Sea storm surge, a snowstorm in the Bieszczady and a snowfall on the Korean east coast,
each with towns in lists, four match reports (basketball, Brazilian and Turkish football, cyclo-cross) with players and
clubs, a museum's new hall, a film festival's awards, a children's emergency centre and a rehabilitation centre), with
REAL public figures, companies, bodies and places mixed with invented minor people and small firms: 2 es, 2 de, 2 it,
2 pt (one Brazilian, one European), 2 pl, 2 tr, 2 ja, 2 ko, 1 uk, 1 nl:
948 es EFE 'Zaragoza, 15 dic (EFE).-' (a trial: a Calatayud builder's subsidy fraud; Audiencia Provincial de Zaragoza,
Reformas y Cubiertas del Jalón S.L., 'Calatayud, Ateca, Alhama de Aragón y Ricla', Lahoz / Sancho / Gimeno by their
first surname, Diputación Provincial de Zaragoza (DPZ) / 'la Diputación', UCO, Guardia Civil, AEAT, José Manuel
Aranda, 'invasión rusa de Ucrania'); 949 es EFE 'Málaga, 13 dic (EFE).-' (basketball: Unicaja 91-84 Baskonia; Kendrick
Perry / Perry, Alberto Díaz / Díaz, 'el Valencia' and 'el Madrid' for clubs with no city named, Barça, Río Breogán,
arenas (Martín Carpena, Roig Arena, Buesa Arena, Palau Blaugrana), the box score's surnames and the referees);
950 de dpa 'Dresden (dpa/sn) -' (a regional parliament: the Saxon Landtag passes the budget; Sächsische Landtag,
Piwarz, Kretschmer, 'den Grünen und den Linken', AfD-Fraktion, Bündnis Sahra Wagenknecht (BSW), Sächsischen Städte-
und Gemeindetages (SSG), 'Chemnitz, Zwickau, Görlitz und Bautzen', Erzgebirge, Sächsische Rechnungshof, Dierks,
Landesdirektion Sachsen); 951 de dpa 'Husum (dpa/lno) -' (weather and transport: a storm surge; 'Föhr, Amrum und
Pellworm', Marschbahn, Hindenburgdamm, 'Dagebüll, Büsum und Tönning', Wyker Dampfschiffs-Reederei (W.D.R.), 'Wyk auf
Föhr und Wittdün auf Amrum', BSH, DWD, Kreis Nordfriesland, Polizeidirektion Flensburg, LKN.SH, Fischmarkt in Altona);
952 it ANSA '(ANSA) - REGGIO CALABRIA, 15 DIC -' (a museum: the MArRC's new hall; 'Locri, Gerace, Monasterace, Caulonia
e Sibari', Kaulon, Palazzo Piacentini, Istituto centrale per il restauro (Icr), Giuli, Occhiuto, the Soprintendenza's
long name, Scenotecnica Aspromonte di Gambarie, fiume Crati, 'Reggio'); 953 it ANSA '(ANSA) - TORINO, 15 DIC -'
(a car plant: a third shift at Stellantis Mirafiori; 'Cassino, Melfi, Pomigliano d'Arco e Atessa', Fiom-Cgil di Torino,
Fim-Cisl, Uilm, Ferrandi, Cirio, Lo Russo, Martinetto Componenti srl di Beinasco and Elena Martinetto, Anfia, Borsa di
Milano); 954 pt Agência Brasil style, no dateline (football: Fortaleza 2-1 Ceará; two clubs named like a city and a
state where neither is named as such, Tricolor do Pici / Leão, Arena Castelão / Castelão, Brítez, Pochettino, Richard,
Matheus Bahia, Jonas, Polícia Militar do Ceará, SSPDS, 'em Eusébio e em Maracanaú', Grêmio, Vasco da Gama, CBF);
955 pt Lusa 'Coimbra, 15 dez 2026 (Lusa) -' (a municipal assembly passes Coimbra's budget; Ana Abrunhosa, PS, Livre,
CDU, Iniciativa Liberal, PSD, Chega, freguesias 'Santa Clara, Eiras, São Martinho do Bispo e Taveiro', GNR, Baixa,
Vale das Flores, rio Mondego, Torres do Mondego, SMTUC, Metro Mondego, Portagem, Celas, Antanhol, ULS Coimbra, the
'JLV // ZO' and 'Lusa/Fim' tail); 956 pl PAP 'Gdańsk (PAP) -' (a trial: bribes at Gdańsk's road authority; Tomasza
Wierzbickiego / Wierzbicki / Wierzbickiego, Sądem Okręgowym w Gdańsku, ZDiZ, Prokuraturę Okręgową w Gdańsku, 'Wrzeszcz,
Orunia i Przymorze', Kępa and his firm Kępa-Bruk z Pruszcza Gdańskiego, Wejherowa, CBA, ul. Grunwaldzkiej, Kartuzach,
Aleksandra Dulkiewicz, 'rzecznika ... Daniela Stenzla', Sopocie i Gdyni, NIK); 957 pl PAP 'Rzeszów (PAP) -' (weather:
a snowstorm in Podkarpacie; 'w powiatach sanockim, leskim i bieszczadzkim', IMGW-PIB, Bieszczad, Beskidu Niskiego,
'W Wetlinie i Cisnej', 'w Ustrzykach Dolnych, Lesku i Sanoku', 'wojewoda podkarpacka Teresa Kubas-Hul', PGE
Dystrybucja, gminie Lutowiska, GDDKiA Oddział w Rzeszowie, drodze krajowej nr 84/28, Krosna i Dukli, przełęczy
Dukielskiej, Barwinku, Słowacka, Polregio, PKP Intercity, Zagórzem/Zagórzu, Smolnik pod Komańczą, Worobiec);
958 tr AA 'TRABZON (AA) -' (football: Trabzonspor 2-1 Konyaspor; Trendyol Süper Lig'in, Papara Park'ta, players with
suffixes (Batuhan Kırdar'ın, Onuralp Çevik'i, Yusuf Sarı'nın, Karagülle'nin, Efe'ye, Hadžimehmedović'in), Bordo-
mavililer, 'Konya temsilcisi', Of ilçesinde, Tekke, Uçar'ın, Trabzon Emniyet Müdürlüğü, TFF, PFDK, Kayseri'de,
Kayserispor'a, Göztepe'yi, Rize'de Rizespor'a); 959 tr İHA 'ADANA (İHA) -' (a film festival's awards: 33. Uluslararası
Adana Altın Koza Film Festivali'nde / Altın Koza'da, Seyhan'daki Merkez Park Amfi Tiyatro'da, Vali Yavuz Selim Köşger,
Hatay'ın Samandağ ilçesinde, 'Antakya'da, İskenderun'da, Kahramanmaraş'ta', Mardin'in Midyat ilçesinde, SİYAD, Tarık
Akan'ın, Ustaoğlu'na, Gürcistan'dan, Tbilisi Devlet Tiyatro ve Film Üniversitesi, 'Ceyhan, Kozan ve Karaisalı'da');
960 ja no dateline (company results: a Tsubame kitchenware maker; 新潟県燕市, 「丸芳製作所」, 三条市, 丸山 健吾社長 / 丸山氏,
五十嵐 千尋さん, 鈴木力市長, 花角英世知事, 渡部 里穂取締役 / 渡部氏, 燕三条 / 燕三条地域, 燕商工会議所, 日本政策金融公庫,
日本貿易振興機構（ジェトロ）新潟貿易情報センター, 米ニューヨーク, シカゴ, 東京都中央区, 長岡市, 新潟市, one-character 米);
961 ja 共同 at the end (a trial: a care-home operator's ex-president; 広島県福山市, 「ひだまりケアサービス」, 岡野 誠司被告 /
岡野被告, ＝岡山県笠岡市＝, 広島地裁（田辺 浩之裁判長）, 尾道市, 三原市, 広島県国民健康保険団体連合会（国保連）, 広島県警捜査2課,
小田原 美紀被告 (a surname that is also a city), 坂下 弘子さん / 坂下さん, 吉武 奈緒美さん＝広島市安佐南区＝, 広島地検,
福山商工会議所, 厚生労働省, 福山市介護保険課, 県立広島大学, 西岡 房子教授 / 西岡氏); 962 ko Yonhap '(강릉=연합뉴스) 유지훈 기자 ='
(weather: snow on the Gangwon east coast; the snowfall list '강릉 왕산면 …, 평창 대관령 …, 삼척 도계 …, 속초 설악동 …, 양양
오색 …, 고성 향로봉 …', 강원특별자치도 / 강원, 영동지역, 김진태, 동해고속도로, 옥계나들목, 영동고속도로, 국도 44호선, 한계령,
한국도로공사 강원본부, 양양국제공항, 강릉항, 울릉도, KTX 강릉선, 코레일, 'the list 강릉·동해·삼척·속초·고성·양양', 최봉환(71)
씨 / 최씨, 인제군 북면 용대리, 평창군 용평리조트, 정선군 하이원리조트, 동해해양경찰서, 묵호항, 주문진항); 963 ko Yonhap
'(대구=연합뉴스) 황보은서 기자 =' (a hospital: a children's emergency centre at Kyungpook National University Chilgok
Hospital; 칠곡경북대학교병원 / 칠곡경북대병원, 대구 북구 학정동, 보건복지부, 대구광역시, 경상북도 / 경북, 경북 구미시, 안동시,
상주시, 권오석 병원장 / 권 병원장, 경북대학교 의과대학, 남궁태윤 교수 / 남궁 교수, '칠곡군, 군위군, 성주군', 허영우 총장, 대구
달서구, 수성구, 중구, 경북 칠곡군 왜관읍, 대한소아청소년과학회, 계명대학교 동산병원, 영남대학교병원); 964 uk Укрінформ
'ІВАНО-ФРАНКІВСЬК, 15 грудня. /Укрінформ/.' (a hospital: a rehabilitation and prosthetics centre; Івано-Франківській
обласній клінічній лікарні, Онищук, Марцінків, Комаріда, вулиці Федьковича, Світовий банк, "Solidarni z Ukrainą" з
Любліна, Стефурак / Стефурака, 'із Калуша, Коломиї, Надвірної, Болехова та Бурштина', "Ортотех-Захід", Дячишин,
Міністерство у справах ветеранів України, Прикарпатський національний університет імені Василя Стефаника, Верховини та
Яремчі, Тисмениці, Покровськом, Федорчук, "Superhumans" у Винниках, НСЗУ); 965 nl ANP 'GIETEN (ANP) -' (cyclo-cross:
the Superprestige in Gieten; Brand (also a Dutch noun), Van Anrooij / Shirin, Cant, Huizing-Oldenkamp, Vermeersch,
Baloise Glowi Lions, Crelan-Corendon, Alpecin-Deceuninck, Drouwenerzand, Martini Ziekenhuis in Groningen, Calpe,
'de stations van Assen en Stadskanaal', gemeente Aa en Hunze, N33, N34, Heusden-Zolder, KNWU).
Every invented name was checked with grep against the earlier sets' articles; replaced after that check: Гнатюк
(holdout8), 이정민 (holdout17), Diakité (holdout20), Caucaia (holdout49), Arrieta (holdout51); dropped before writing the
gold to keep the annotation clear: a sanctuary named after a goddess, 'Magna Grecia' and 'Mezzogiorno', the Officine di
Grugliasco (now 'lo stabilimento di Grugliasco'), a 'Piazza Affari' standing for the exchange, 'horário de Brasília', a
bairro Castelão beside the Arena Castelão, 'em Fortaleza' beside the club Fortaleza, a 'Szpital w Lesku', a Korean
disaster HQ and the sea '동해' beside the city 동해. Recurring as allowed: big cities (Zaragoza, Málaga, Dresden, Hamburg,
Torino, Coimbra, Lisboa, Porto, Gdańsk, Kraków, Lublin, Rize, Kayseri, 서울, 대구, Львів, Київ, Groningen), famous public
figures and bodies (Kretschmer, Guardia Civil, Deutsche Bahn, Stellantis, CBF, 厚生労働省, 보건복지부, Світовий банк). Written
blind in session 29: no Swift source read, no extractor run; the gold was fixed and committed before any extractor ran
on the set.

Conventions as holdout52 (titles and honorifics no part of a name: magistrado, abogado, Finanzminister, Landrat,
ministro, sindaco, técnico, mec., sędzia, wojewoda, Vali, Teknik Direktörü, 社長, 氏, さん, 被告, 裁判長, 教授, 知事, 市長, 取締役,
씨, 기자, 병원장, 교수, 총장, 도지사, голова, директор; a surname or a given name alone an alias; a generic word before a place
an alias; inflected forms and Turkish suffixed forms aliases of the nominative / bare canonical name; Japanese names
written with a space keep it; a prefecture or province before a city two places when it stands alone elsewhere, else
the pair the city's alias; the Korean surname alone (최씨, 권 병원장, 남궁 교수) no alias; countries as ISO codes from names,
adjectives, demonyms, one-character forms (米) and bodies' names; competitions, prizes, films, programmes and products
no entities; leagues, clubs, teams, festivals, parties, hospitals, universities, courts, prosecutors and companies
organizations; arenas, stadiums, ports, airports, interchanges, passes, roads and railway lines places). New here:
- a club named like a city or a region where that city or region is not otherwise named in the article is the club
  only ('el Valencia', 'el Madrid', 'Fortaleza', 'Ceará' (the state only inside 'Polícia Militar do Ceará')); the scorer
  cannot hold one surface form for two entities, so the articles keep such pairs apart; a nickname (Tricolor do Pici,
  Leão, Bordo-mavililer) is the club's alias; 'Konya temsilcisi' (Konya's representative) names the city Konya;
- a box score's and a referee line's bare surnames are people (Kalinoski, Tillie, …, Pérez Pizarro, Calatrava,
  Sacristán), canonical as written, as 'prezydenta Nawrockiego' was;
- a parliamentary group (AfD-Fraktion) is its party's alias; an unnamed council ('обласна рада', 'міська рада') none;
  'Der Kreis Nordfriesland' is the district's alias (a place, as Landkreis Saalfeld-Rudolstadt in holdout50) though it
  sets up a crisis unit, while 'De gemeente Aa en Hunze zette verkeersregelaars in' is an organization as holdout52's
  Dutch gemeente;
- a plant named by its district (stabilimento Stellantis di Mirafiori, 'per Mirafiori') is the place Mirafiori; a
  museum, a theatre company and a resort are organizations (MArRC, Museo nazionale archeologico della Sibaritide,
  용평리조트, 하이원리조트), an open-air amphitheatre (Merkez Park Amfi Tiyatro) a place as halls; a light-rail system
  being built (Metro Mondego) a place as railway lines;
- a body's regional office written together with it is one organization whose aliases include the parent's name and
  acronym as written (Generalna Dyrekcja Dróg Krajowych i Autostrad (GDDKiA) Oddział w Rzeszowie; 日本貿易振興機構
  （ジェトロ）新潟貿易情報センター; 한국도로공사 강원본부 as written, the parent never standing alone); a police unit named
  with its force is the force's alias (広島県警捜査2課 -> 広島県警); a college with its university two organizations
  (경북대학교 의과대학, 경북대학교); a city's section (福山市介護保険課) an organization;
- a designation (권역 소아 전문 응급의료센터, 달빛어린이병원, 119구급대) and a generic unit (wojewódzki zespół zarządzania
  kryzysowego, 소아청소년과의사회) are no entities;
- Polish coordinated adjectives over 'powiatach' are three places, the first alias carrying the noun ('powiatach
  sanockim', 'leskim', 'bieszczadzkim'), as holdout52's Ukrainian oblasts;
- Korean place chains ('강릉시 왕산면 대기리', '인제군 북면', '대구 북구', '삼척시 도계읍') are aliases of the last unit, every unit
  a place of its own; a snowfall list's 'town + village' pairs ('평창 대관령', '고성 향로봉') likewise.
Countries: from names, adjectives and demonyms (rusa, Ucrania, España, estadounidense, finlandés, georgiano, francés,
lituano, dänischen, Italia, Polonia, Cina, argentino, português, Campeonato Brasileiro / Confederação Brasileira,
Austrii, Słowacka, Nijeryalı, Bosnalı, Türkiye Futbol Federasyonu, Gürcistan'dan, 米国 / 米, カナダ, メキシコ, 中国, ベトナム,
ドイツ, オーストラリア, 日本 in 日本政策金融公庫, 대한 in 대한소아청소년과학회, України, польська / Польщі, Німеччині, Belgische /
Belg, Britse, Nederlander / Koninklijke Nederlandsche Wielren Unie, Spaanse); a currency (złoty 'zł', гривень, 円安) and
regional adjectives (malagueño, vitoriano, schleswig-holsteinischen, torinese, alvinegro, gdańskie, Zonguldaklı,
львівська, Drentse) none. Judgement calls: 950, 952, 955, 961 and 962 name no country (Sachsen's 'Freistaat', Italy's
regions, Portugal, Japan and Korea are not written); 'Superprestige' (a series) and 'EK' are competitions, none;
'Liga Endesa' and 'Trendyol Süper Lig' are leagues (organizations), the sponsor no organization of its own; 'Bronzi'
(the Riace bronzes) no entity; 'Baixa' (Coimbra's downtown) a place; 'Halligen' and 'Westküste' none; a name built
from a person's makes no person ('Vasco da Gama' the club, 'Bündnis Sahra Wagenknecht', 'Palacio de Deportes José María
Martín Carpena', 'Прикарпатський національний університет імені Василя Стефаника'), while a screening 'Tarık Akan'ın anısına' (in his
memory) names the person; 'Matheus Bahia' is a player (no place Bahia); 'Brand' (also the Dutch word for fire) and
'小田原' (also a city) are surnames only; 'Kępa-Bruk' is a company apart from Jarosław Kępa; the Arena Castelão's
nickname 'Castelão' is its alias; 'Merkez Park' inside the amphitheatre's name is not counted; 'Tricolor do Pici' does
not name the bairro Pici; 'Wittdün auf Amrum' is two places; 'der Fischmarkt in Altona' a place (a square) beside
Altona; the CJK articles run 1,400-1,550 characters."""
import os
from goldlib import P, O, L, check_gold, write_gold

EFE = (O, "EFE", [])
DPA = (O, "dpa", [])
ANSA = (O, "ANSA", [])
LUSA = (O, "Lusa", [])
PAP = (O, "PAP", [])
YONHAP = (O, "연합뉴스", [])
G = {
 "948_es.txt": ("es", ["ES", "RU", "UA"], [
  (L, "Zaragoza", []), (L, "Calatayud", []), EFE, (O, "Audiencia Provincial de Zaragoza", []),
  (P, "Ignacio Lahoz Berdejo", ["Lahoz"]), (O, "Reformas y Cubiertas del Jalón S.L.", []),
  (L, "Ateca", []), (L, "Alhama de Aragón", []), (L, "Ricla", []), (O, "Fiscalía Provincial de Zaragoza", []),
  (O, "Diputación Provincial de Zaragoza", ["DPZ", "Diputación"]), (P, "Marta Sancho Giménez", ["Sancho"]),
  (P, "Alfonso Ballestín Orós", []), (P, "Rubén Aísa Catalán", []), (P, "Pilar Gimeno Lasheras", ["Gimeno"]),
  (O, "Unidad Central Operativa", ["UCO"]), (O, "Guardia Civil", []),
  (O, "Agencia Estatal de Administración Tributaria", ["AEAT"]), (P, "José Manuel Aranda", []),
  (O, "Ayuntamiento de Calatayud", []), (O, "Colegio Oficial de Aparejadores y Arquitectos Técnicos de Zaragoza", [])]),
 "949_es.txt": ("es", ["FI", "FR", "GE", "LT", "US"], [
  (O, "Unicaja", []), (O, "Baskonia", []), (P, "Kendrick Perry", ["Perry"]), (L, "Málaga", []), EFE,
  (L, "Palacio de Deportes José María Martín Carpena", ["Martín Carpena"]), (O, "Liga Endesa", []),
  (P, "Markus Sillanpää", ["Sillanpää"]), (P, "Ibon Navarro", []), (P, "Alberto Díaz", ["Díaz"]),
  (P, "Iñaki Zubeldia Larrañaga", ["Zubeldia"]), (P, "Dylan Osetkowski", ["Osetkowski"]),
  (P, "Levan Chkhaidze", ["Chkhaidze"]), (P, "Théo Nzambi-Leroux", ["Nzambi-Leroux"]),
  (P, "Dovydas Rimkevičius", ["Rimkevičius"]), (P, "Iker Aldasoro Uribe", []), (O, "Real Madrid", ["Madrid"]),
  (O, "Valencia Basket", ["Valencia"]), (O, "Río Breogán", []), (L, "Roig Arena", []), (O, "Olympiacos", []),
  (L, "Buesa Arena", []), (O, "Euroliga", []), (O, "Barça", []), (L, "Palau Blaugrana", []),
  (P, "Kalinoski", []), (P, "Tillie", []), (P, "Barreiro", []), (P, "Carter", []), (P, "Sima", []), (P, "Kotsar", []),
  (P, "Forrest", []), (P, "Luwawu-Cabarrot", []), (P, "Samanic", []), (P, "Pérez Pizarro", []), (P, "Calatrava", []),
  (P, "Sacristán", [])]),
 "950_de.txt": ("de", [], [
  (O, "Sächsischer Landtag", ["Sächsische Landtag"]), (L, "Dresden", []), DPA, (O, "CDU", []), (O, "SPD", []),
  (P, "Christian Piwarz", ["Piwarz"]), (L, "Sachsen", []), (P, "Michael Kretschmer", []), (O, "Grüne", ["Grünen"]),
  (O, "Linke", ["Linken"]), (O, "AfD", ["AfD-Fraktion"]), (P, "Jörg Urban", []),
  (O, "Bündnis Sahra Wagenknecht", ["BSW"]), (P, "Ramona Kettwig-Sauer", []),
  (O, "Sächsischer Städte- und Gemeindetag", ["Sächsischen Städte- und Gemeindetages", "SSG"]),
  (P, "Bert Wendsche", []), (L, "Chemnitz", []), (L, "Zwickau", []), (L, "Görlitz", []), (L, "Bautzen", []),
  (L, "Erzgebirge", []), (P, "Henrike Vogelsang", ["Vogelsang"]), (L, "Plauen", []), (L, "Leipzig", []),
  (O, "Sächsischer Rechnungshof", ["Sächsische Rechnungshof"]), (P, "Isolde Haag", []), (P, "Alexander Dierks", []),
  (O, "Landesdirektion Sachsen", [])]),
 "951_de.txt": ("de", ["DK"], [
  (L, "Marschbahn", []), (L, "Husum", []), DPA, (L, "Föhr", []), (L, "Amrum", []), (L, "Pellworm", []),
  (L, "Westerland", []), (O, "Bundesamt für Seeschifffahrt und Hydrographie", ["Bundesamts für Seeschifffahrt und Hydrographie", "BSH"]),
  (L, "Dagebüll", []), (L, "Büsum", []), (L, "Tönning", []), (O, "Deutscher Wetterdienst", ["Deutsche Wetterdienst", "DWD"]),
  (L, "Sylt", []), (O, "Wyker Dampfschiffs-Reederei", ["W.D.R."]), (L, "Wyk auf Föhr", []), (L, "Wittdün", []),
  (O, "Neue Pellwormer Dampfschiffahrtsgesellschaft", []), (O, "Deutsche Bahn", []), (L, "Hindenburgdamm", []),
  (L, "Niebüll", []), (P, "Jannik Ohlsen-Brodersen", ["Ohlsen-Brodersen"]), (O, "Asklepios Nordseeklinik", []),
  (L, "Nordfriesland", ["Kreis Nordfriesland"]), (P, "Florian Lorenzen", []), (O, "CDU", []),
  (O, "Polizeidirektion Flensburg", []), (L, "St. Peter-Ording", []), (L, "Friedrichskoog", []),
  (O, "Landesbetrieb für Küstenschutz, Nationalpark und Meeresschutz", ["LKN.SH"]), (L, "Brunsbüttel", []),
  (P, "Tobias Goldschmidt", []), (O, "Grüne", []), (L, "Hamburg", []), (L, "Fischmarkt", []), (L, "Altona", [])]),
 "952_it.txt": ("it", [], [
  (L, "Reggio Calabria", ["REGGIO CALABRIA", "Reggio"]), (L, "Locri", []), ANSA,
  (O, "Museo archeologico nazionale di Reggio Calabria", ["MArRC"]), (L, "Gerace", []), (L, "Monasterace", []),
  (L, "Caulonia", []), (L, "Sibari", []), (O, "Istituto centrale per il restauro", ["Icr"]), (L, "Kaulon", []),
  (P, "Carmelo Vadalà Ruffo", ["Vadalà"]), (L, "Palazzo Piacentini", []), (P, "Alessandro Giuli", ["Giuli"]),
  (O, "Regione Calabria", []), (P, "Roberto Occhiuto", []), (P, "Teresa Morabito Zappia", ["Morabito"]),
  (O, "Soprintendenza archeologia, belle arti e paesaggio per la città metropolitana di Reggio Calabria e la provincia di Vibo Valentia", []),
  (O, "Università Mediterranea di Reggio Calabria", []), (O, "Università della Calabria", []),
  (O, "Scenotecnica Aspromonte", []), (L, "Gambarie", []), (O, "Museo nazionale archeologico della Sibaritide", []),
  (L, "Crati", ["fiume Crati"]), (L, "Villa San Giovanni", []), (L, "Messina", [])]),
 "953_it.txt": ("it", ["CN", "IT", "PL"], [
  (O, "Stellantis", []), (L, "Mirafiori", []), (L, "Torino", ["TORINO"]), ANSA,
  (O, "Unione industriali di Torino", []), (L, "Cassino", []), (L, "Melfi", []), (L, "Pomigliano d'Arco", []),
  (L, "Atessa", []), (P, "Edi Lazzi", []), (O, "Fiom-Cgil", ["Fiom-Cgil di Torino"]), (O, "Fim-Cisl", []),
  (O, "Uilm", []), (L, "Grugliasco", []), (P, "Gianluca Ferrandi Rosso", ["Ferrandi"]), (O, "Regione Piemonte", []),
  (P, "Alberto Cirio", []), (O, "ministero delle Imprese e del made in Italy", []), (P, "Stefano Lo Russo", []),
  (O, "Martinetto Componenti srl", ["Martinetto Componenti"]), (L, "Beinasco", []), (P, "Elena Martinetto", []),
  (O, "Anfia", []), (L, "Piemonte", []), (O, "Borsa di Milano", [])]),
 "954_pt.txt": ("pt", ["AR", "BR", "PT"], [
  (O, "Fortaleza", ["Tricolor do Pici", "Leão"]), (O, "Ceará", []), (L, "Arena Castelão", ["Castelão"]),
  (P, "Wellington Sabóia", []), (P, "Santiago Ruiz Díaz", []), (P, "Brítez", []), (P, "Pochettino", []),
  (P, "Renato Paiva", []), (P, "Jonas Feitosa Lima", ["Jonas"]), (P, "Richard", []), (L, "Maracanaú", []),
  (P, "Marcelo Chamusca", []), (P, "Raphael Claus", []), (P, "Matheus Bahia", []),
  (O, "Polícia Militar do Ceará", []), (L, "Passaré", []), (L, "Dias Macedo", []), (L, "Eusébio", []),
  (O, "Secretaria da Segurança Pública e Defesa Social", ["SSPDS"]), (O, "Grêmio", []), (L, "Porto Alegre", []),
  (O, "Vasco da Gama", []), (O, "Confederação Brasileira de Futebol", ["CBF"]), (O, "Agência Brasil", [])]),
 "955_pt.txt": ("pt", [], [
  (L, "Coimbra", []), (O, "Assembleia Municipal de Coimbra", []), (O, "PSD", []), (O, "Chega", []), LUSA,
  (O, "PS", []), (O, "Livre", []), (O, "CDU", []), (O, "Iniciativa Liberal", []),
  (O, "Câmara Municipal de Coimbra", []), (P, "Ana Abrunhosa", []), (L, "Santa Clara", []), (L, "Eiras", []),
  (L, "São Martinho do Bispo", []), (L, "Taveiro", []), (O, "Guarda Nacional Republicana", ["GNR"]), (L, "Baixa", []),
  (L, "Lisboa", []), (L, "Porto", []), (O, "Universidade de Coimbra", []), (O, "Instituto Politécnico de Coimbra", []),
  (P, "Rui Valente Carvalheiro", ["Carvalheiro"]), (L, "Vale das Flores", []), (L, "Mondego", ["rio Mondego"]),
  (P, "Susana Loureiro Pinto", []), (L, "Souselas", []), (L, "Torres do Mondego", []),
  (O, "Serviços Municipalizados de Transportes Urbanos de Coimbra", ["SMTUC"]), (L, "Metro Mondego", []),
  (L, "Portagem", []), (L, "Celas", []), (P, "Manuel Lourenço Alegre", []), (L, "Antanhol", []),
  (P, "Joaquim Albuquerque Tavares", []), (O, "Unidade Local de Saúde de Coimbra", ["ULS Coimbra"])]),
 "956_pl.txt": ("pl", ["AT"], [
  (L, "Gdańsk", ["Gdańsku", "Gdańska"]), PAP, (O, "Sąd Okręgowy w Gdańsku", ["Sądem Okręgowym w Gdańsku"]),
  (P, "Tomasz Wierzbicki", ["Tomasza Wierzbickiego", "Wierzbicki", "Wierzbickiego"]),
  (O, "Zarząd Dróg i Zieleni w Gdańsku", ["Zarządu Dróg i Zieleni w Gdańsku", "ZDiZ"]),
  (O, "Prokuratura Okręgowa w Gdańsku", ["Prokuraturę Okręgową w Gdańsku"]), (L, "Wrzeszcz", []), (L, "Orunia", []),
  (L, "Przymorze", []), (P, "Jarosław Kępa", ["Kępa"]), (O, "Kępa-Bruk", []),
  (L, "Pruszcz Gdański", ["Pruszcza Gdańskiego"]), (P, "Grzegorz Oleksiak", []), (L, "Wejherowo", ["Wejherowa"]),
  (O, "Centralne Biuro Antykorupcyjne", ["CBA"]), (L, "ulica Grunwaldzka", ["ul. Grunwaldzkiej"]),
  (L, "Kartuzy", ["Kartuzach"]), (P, "Paweł Sztandera", []), (P, "Anna Rogowska-Mach", []),
  (P, "Aleksandra Dulkiewicz", []), (O, "Urząd Miejski w Gdańsku", ["Urzędu Miejskiego w Gdańsku"]),
  (P, "Daniel Stenzel", ["Daniela Stenzla"]), (L, "Sopot", ["Sopocie"]), (L, "Gdynia", ["Gdyni"]),
  (P, "Małgorzata Wiśniewska-Dorn", []), (O, "Najwyższa Izba Kontroli", ["Najwyższej Izby Kontroli", "NIK"]),
  (P, "Michał Szymański-Korff", [])]),
 "957_pl.txt": ("pl", ["SK"], [
  (L, "Podkarpacie", ["Podkarpaciu", "Podkarpacia"]), (L, "Rzeszów", ["Rzeszowie"]), PAP,
  (L, "powiat sanocki", ["powiatach sanockim"]), (L, "powiat leski", ["leskim"]),
  (L, "powiat bieszczadzki", ["bieszczadzkim"]),
  (O, "Instytut Meteorologii i Gospodarki Wodnej - Państwowy Instytut Badawczy", ["IMGW-PIB", "IMGW"]),
  (L, "Bieszczady", ["Bieszczad"]), (L, "Beskid Niski", ["Beskidu Niskiego"]), (L, "Wetlina", ["Wetlinie"]),
  (L, "Cisna", ["Cisnej"]), (L, "Ustrzyki Dolne", ["Ustrzykach Dolnych", "Ustrzykami Dolnymi"]),
  (L, "Lesko", ["Lesku"]), (L, "Sanok", ["Sanoku", "Sanokiem"]), (P, "Teresa Kubas-Hul", ["Kubas-Hul"]),
  (O, "PGE Dystrybucja", []), (L, "Lublin", ["Lublinie"]), (L, "Zamość", ["Zamościu"]), (P, "Mariusz Gajdeczka", []),
  (L, "Lutowiska", ["gminie Lutowiska"]),
  (O, "Generalna Dyrekcja Dróg Krajowych i Autostrad Oddział w Rzeszowie",
   ["Generalna Dyrekcja Dróg Krajowych i Autostrad (GDDKiA) Oddział w Rzeszowie",
    "Generalna Dyrekcja Dróg Krajowych i Autostrad", "GDDKiA"]),
  (L, "droga krajowa nr 84", ["drodze krajowej nr 84"]), (L, "droga krajowa nr 28", ["drodze krajowej nr 28"]),
  (L, "Krosno", ["Krosna"]), (L, "Dukla", ["Dukli"]), (L, "Przełęcz Dukielska", ["przełęczy Dukielskiej"]),
  (L, "Barwinek", ["Barwinku"]), (O, "Polregio", []), (L, "Zagórz", ["Zagórzem", "Zagórzu"]),
  (O, "PKP Intercity", []), (L, "Kraków", ["Krakowa"]), (L, "Przemyśl", ["Przemyśla"]),
  (L, "Smolnik", ["miejscowości Smolnik"]), (L, "Komańcza", ["Komańczą"]), (P, "Halina Worobiec", ["Worobiec"]),
  (P, "Katarzyna Łuczak-Bernat", [])]),
 "958_tr.txt": ("tr", ["BA", "NG", "TR"], [
  (O, "Trabzonspor", ["Bordo-mavililer"]), (O, "Konyaspor", ["Konyaspor'u"]), (L, "Trabzon", ["TRABZON"]),
  (O, "AA", []), (O, "Trendyol Süper Lig", ["Trendyol Süper Lig'in"]), (L, "Papara Park", ["Papara Park'ta"]),
  (P, "Efe Karagülle", ["Karagülle", "Karagülle'nin", "Efe'ye"]), (P, "Batuhan Kırdar", ["Batuhan Kırdar'ın"]),
  (P, "Chidera Okonkwo", []), (L, "Konya", []),
  (P, "Edin Hadžimehmedović", ["Hadžimehmedović'in"]), (P, "Onuralp Çevik", ["Onuralp Çevik'i"]),
  (P, "Yusuf Sarı", ["Yusuf Sarı'nın"]), (L, "Of", ["Of ilçesinde"]), (P, "Fatih Tekke", ["Tekke"]),
  (P, "Okay Yokuşlu", ["Okay Yokuşlu'nun"]), (P, "Recep Uçar", ["Uçar'ın"]),
  (O, "Trabzon Emniyet Müdürlüğü", []), (O, "Türkiye Futbol Federasyonu", ["TFF"]),
  (O, "Profesyonel Futbol Disiplin Kurulu", ["Profesyonel Futbol Disiplin Kurulu'nun", "PFDK"]),
  (L, "Kayseri", ["Kayseri'de"]), (O, "Kayserispor", ["Kayserispor'a"]), (O, "Göztepe", ["Göztepe'yi"]),
  (O, "Galatasaray", []), (L, "Rize", ["Rize'de"]), (O, "Rizespor", ["Rizespor'a"])]),
 "959_tr.txt": ("tr", ["GE"], [
  (O, "Uluslararası Adana Altın Koza Film Festivali",
   ["Uluslararası Adana Altın Koza Film Festivali'nde", "Altın Koza", "Altın Koza'da"]),
  (L, "Adana", ["ADANA", "Adana'nın"]), (O, "İHA", []), (P, "Deniz Akbulut Sarıgöl", ["Deniz Akbulut Sarıgöl'ün", "Sarıgöl"]),
  (L, "Seyhan", ["Seyhan'daki"]), (L, "Merkez Park Amfi Tiyatro", ["Merkez Park Amfi Tiyatro'da"]),
  (P, "Yavuz Selim Köşger", []), (O, "Adana Büyükşehir Belediyesi", []), (O, "Çukurova Üniversitesi", []),
  (O, "Kültür ve Turizm Bakanlığı", []), (L, "Hatay", ["Hatay'ın"]), (L, "Samandağ", ["Samandağ ilçesinde"]),
  (P, "Gülbahar Erensoy", []), (L, "Antakya", ["Antakya'da"]), (L, "İskenderun", ["İskenderun'da"]),
  (L, "Kahramanmaraş", ["Kahramanmaraş'ta"]), (L, "Mardin", ["Mardin'in"]), (L, "Midyat", ["Midyat ilçesinde"]),
  (P, "Mahir Yıldıztekin", ["Mahir Yıldıztekin'e", "Yıldıztekin'in"]),
  (O, "Sinema Yazarları Derneği", ["SİYAD"]), (P, "Tolga Hüseyinoğlu", ["Tolga Hüseyinoğlu'na"]),
  (P, "Tarık Akan", ["Tarık Akan'ın"]), (P, "Yeşim Ustaoğlu", ["Ustaoğlu'na"]),
  (O, "Adana Film Yapımcıları Derneği", []), (P, "Selahattin Koyuncuoğlu", []),
  (O, "Tbilisi Devlet Tiyatro ve Film Üniversitesi", []), (P, "Nino Kvaratskhelia", ["Nino Kvaratskhelia'nın"]),
  (L, "Ceyhan", []), (L, "Kozan", []), (L, "Karaisalı", ["Karaisalı'da"])]),
 "960_ja.txt": ("ja", ["AU", "CA", "CN", "DE", "JP", "MX", "US", "VN"], [
  (L, "燕市", ["新潟県燕市"]), (O, "丸芳製作所", []), (L, "新潟県", []), (L, "三条市", []),
  (P, "丸山 健吾", ["丸山"]), (L, "燕三条", ["燕三条地域"]), (O, "日本政策金融公庫", []), (P, "五十嵐 千尋", []),
  (P, "鈴木力", []), (P, "花角英世", []), (L, "シカゴ", []), (L, "ニューヨーク", []), (P, "渡部 里穂", ["渡部"]),
  (O, "燕商工会議所", []),
  (O, "日本貿易振興機構", ["ジェトロ", "日本貿易振興機構（ジェトロ）新潟貿易情報センター"]),
  (L, "中央区", ["東京都中央区"]), (L, "大阪市", []), (L, "長岡市", []), (L, "新潟市", [])]),
 "961_ja.txt": ("ja", [], [
  (L, "福山市", ["広島県福山市"]), (O, "ひだまりケアサービス", []), (P, "岡野 誠司", ["岡野"]),
  (L, "笠岡市", ["岡山県笠岡市"]), (O, "広島地裁", []), (P, "田辺 浩之", []), (L, "尾道市", []), (L, "三原市", []),
  (O, "広島県国民健康保険団体連合会", ["国保連"]), (O, "広島地検", []), (O, "広島県警", ["広島県警捜査2課"]),
  (P, "小田原 美紀", ["小田原"]), (P, "吉武 奈緒美", ["吉武"]), (L, "安佐南区", ["広島市安佐南区"]),
  (O, "福山商工会議所", []), (P, "坂下 弘子", ["坂下"]), (L, "広島県", []), (O, "厚生労働省", []),
  (O, "福山市介護保険課", []), (O, "県立広島大学", []), (P, "西岡 房子", ["西岡"]), (O, "共同通信", ["共同"])]),
 "962_ko.txt": ("ko", [], [
  (L, "강원특별자치도", ["강원"]), (L, "영동", ["영동지역"]), (L, "동해고속도로", []), (L, "강릉시", ["강릉"]),
  YONHAP, (P, "유지훈", []), (O, "기상청", []), (L, "왕산면", ["강릉 왕산면", "강릉시 왕산면"]),
  (L, "평창군", ["평창"]), (L, "대관령", ["평창 대관령"]), (L, "삼척시", ["삼척"]),
  (L, "도계읍", ["삼척 도계", "도계", "삼척시 도계읍"]), (L, "속초시", ["속초"]), (L, "설악동", ["속초 설악동"]),
  (L, "양양", []), (L, "오색", ["양양 오색"]), (L, "고성", []), (L, "향로봉", ["고성 향로봉"]), (P, "김진태", []),
  (L, "옥계나들목", []), (L, "영동고속도로", []), (L, "국도 44호선", []), (L, "한계령", []),
  (O, "한국도로공사 강원본부", []), (L, "양양국제공항", []), (L, "강릉항", []), (L, "울릉도", []), (L, "서울", []),
  (L, "KTX 강릉선", []), (O, "코레일", []), (O, "강원특별자치도소방본부", []), (O, "강원특별자치도교육청", []),
  (L, "동해", []), (L, "대기리", ["강릉시 왕산면 대기리"]), (P, "최봉환", []), (L, "인제군", []),
  (L, "북면", ["인제군 북면"]), (L, "용대리", []), (P, "박순덕", []), (O, "용평리조트", []), (L, "정선군", []),
  (O, "하이원리조트", []), (O, "동해해양경찰서", []), (L, "묵호항", []), (L, "주문진항", [])]),
 "963_ko.txt": ("ko", ["KR"], [
  (O, "칠곡경북대학교병원", ["칠곡경북대병원"]), (L, "대구광역시", ["대구"]), (L, "경상북도", ["경북"]), YONHAP,
  (P, "황보은서", []), (L, "북구", ["대구 북구"]), (L, "학정동", []), (O, "보건복지부", []),
  (L, "구미시", ["경북 구미시"]), (L, "안동시", []), (L, "상주시", []), (P, "권오석", []), (L, "서울", []),
  (O, "경북대학교 의과대학", []), (O, "경북대학교", []), (P, "남궁태윤", []), (L, "칠곡군", ["경북 칠곡군"]),
  (L, "군위군", []), (L, "성주군", []), (P, "허영우", []), (L, "달서구", ["대구 달서구"]), (P, "서가윤", []),
  (L, "수성구", []), (L, "중구", []), (L, "왜관읍", []), (P, "배현수", []), (O, "대한소아청소년과학회", []),
  (O, "계명대학교 동산병원", []), (O, "영남대학교병원", [])]),
 "964_uk.txt": ("uk", ["DE", "PL", "UA"], [
  (L, "Івано-Франківськ", ["ІВАНО-ФРАНКІВСЬК", "Івано-Франківську", "Івано-Франківська"]),
  (O, "Укрінформ", ["Укрінформу"]),
  (O, "Івано-Франківська обласна клінічна лікарня", ["Івано-Франківській обласній клінічній лікарні"]),
  (O, "Івано-Франківська обласна військова адміністрація", ["Івано-Франківської обласної військової адміністрації"]),
  (P, "Світлана Онищук", ["Онищук"]), (P, "Руслан Марцінків", ["Марцінків"]), (P, "Олександр Комаріда", []),
  (L, "вулиця Федьковича", ["вулиці Федьковича"]), (O, "Світовий банк", []), (O, "Solidarni z Ukrainą", []),
  (L, "Люблін", ["Любліна"]), (L, "Львів", ["Львова"]), (L, "Київ", ["Києва"]),
  (P, "Василь Стефурак", ["Стефурака"]), (L, "Калуш", ["Калуша"]), (L, "Коломия", ["Коломиї"]),
  (L, "Надвірна", ["Надвірної"]), (L, "Болехів", ["Болехова"]), (L, "Бурштин", ["Бурштина"]),
  (O, "Ортотех-Захід", []), (P, "Остап Дячишин", ["Дячишин"]),
  (O, "Міністерство у справах ветеранів України", []),
  (O, "Прикарпатський національний університет імені Василя Стефаника", []),
  (O, "Івано-Франківський національний медичний університет", []), (L, "Верховина", ["Верховини"]),
  (L, "Яремче", ["Яремчі"]), (L, "Тисмениця", ["Тисмениці"]), (P, "Іван Федорчук", ["Федорчук"]),
  (L, "Покровськ", ["Покровськом"]), (P, "Ольга Савчин-Левицька", []), (O, "Superhumans", []),
  (L, "Винники", ["Винниках"]), (O, "Національна служба здоров'я України", ["Національну службу здоров'я України", "НСЗУ"])]),
 "965_nl.txt": ("nl", ["BE", "ES", "GB", "NL"], [
  (P, "Lucinda Brand", ["Brand"]), (L, "Gieten", ["GIETEN"]), (P, "Shirin van Anrooij", ["Van Anrooij", "Shirin"]),
  (P, "Jarne Vermeersch", ["Vermeersch"]), (O, "ANP", []), (O, "Baloise Glowi Lions", []), (P, "Sanne Cant", ["Cant"]),
  (L, "Drouwenerzand", []), (P, "Zoe Bäckstedt", []), (P, "Femke Huizing-Oldenkamp", ["Huizing-Oldenkamp"]),
  (L, "Emmen", []), (L, "Oudenaarde", []), (O, "Crelan-Corendon", []), (P, "Niels Vandeputte", ["Vandeputte"]),
  (P, "Joris Nieuwenhuis", ["Nieuwenhuis"]), (P, "Pim Ronhaar", []), (O, "Martini Ziekenhuis", []),
  (L, "Groningen", []), (P, "Mathieu van der Poel", []), (O, "Alpecin-Deceuninck", []), (L, "Calpe", []),
  (P, "Wim Roelofsen-Bakker", []), (L, "Assen", []), (L, "Stadskanaal", []), (O, "gemeente Aa en Hunze", []),
  (L, "N33", []), (L, "N34", []), (L, "Heusden-Zolder", []),
  (O, "Koninklijke Nederlandsche Wielren Unie", ["KNWU"])]),
}
here = os.path.dirname(os.path.abspath(__file__))
check_gold(here, "holdout54", G)
write_gold(here, "holdout54", "holdout54-gold.json", G)
