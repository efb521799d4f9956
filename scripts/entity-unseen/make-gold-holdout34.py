#!/usr/bin/env python3
"""Writes holdout34-gold.json for the articles in holdout34/ (same format and conventions as make-gold-holdout31.py).
Wire copy in nine Latin-script languages no earlier non-sentinel set covers well, in each agency's style:
570 pl PAP: a town council votes for a sports hall (Nowy Sącz, the Dunajec); 571 pl PAP: a VAT-fraud sentence in Gdańsk;
572 pl PAP: a volleyball cup quarter-final in Opole; 573 cs ČTK: a gearbox plant's lay-offs (Hranice, Přerovsko);
574 cs ČTK: the foreign minister's visit to Chișinău (foreign affairs); 575 ro Agerpres: a county hospital's cardiology
unit (Vaslui); 576 ro Agerpres: a furniture factory's expansion (Rădăuți); 577 sv TT: the Ljusnan in flood (Bollnäs);
578 sv TT: a new head for an opera house (Malmö); 579 id Antara: a coffee plant in West Lampung (business); 580 id
Antara: Papua New Guinea's foreign minister in Jayapura (foreign affairs); 581 hu MTI: a grain-fraud sentence in
Debrecen; 582 hu MTI: a handball match in Gyöngyös; 583 da Ritzau (no dateline, /ritzau/ at the end): a wind-tower
maker's order (Esbjerg); 584 fi STT: an orchestra's new chief conductor (Joensuu); 585 hr Hina: the Kupa and Sava in
flood (Sisak).
Hard cases on purpose: names in every grammatical case (Polish Kwiatoszka/Kwiatoszkiem, Obrębskiej-Kuli, Nadodrza,
Sokołem; Czech Ivany Křížové-Paclíkové, Ivanou …, Hrdličky, Elenou Rotaru; Croatian Brkljačićem, Sisku; Hungarian
Szalontai Gézát, Bődi-Fehér Anikónak, Lőrincz-Tóthot, Gulyás-Kisst, KSE-t, MTI-nek; Finnish Koskivaaran, Koskivaaraa,
Kuusikia, Kuusikin, Pesonen-Kaikkosen, Sibeliuksen, Joensuussa), Hungarian family-name-first order (and a -né name),
Indonesian single names and titles (Bapak, Ibu, Pak, Menteri), Swedish and Danish genitive -s (Ljusnans, Malmö Operas,
Östlind-Häggs, Vestkyst Vindtekniks), legal forms (sp. z o.o., S.A., a.s., s.r.o., SRL, SA, GmbH, AG, AB, A/S, ApS,
Tbk, Co., Ltd., Kft., Zrt., d.d.), acronyms in parentheses, diacritics (ł ż ř ů ș ț ő ű å ø ä ö), country adjectives and
demonyms in each language, Moldova the Romanian region (no country), a dateline in capitals.
People, companies and clubs invented; towns, regions, rivers and public bodies real. Every invented name was checked
with grep to be new to the seeds, the non-sentinel sets, knowledge-base.json and places.json. Written, and its gold
fixed and committed, before the extractor ran on it.
Conventions as holdout31 and holdout32: titles are not part of a name; inflected forms are aliases; a generic word
before a place (Kabupaten, Provinsi, Kecamatan, Pekon, řeky, hali) is an alias; courts, prosecutors, councils, parties,
unions, agencies, ministries, companies, clubs, orchestras and exchanges are organizations; buildings, halls and border
posts are places; competitions and leagues (Puchar Polski, Tauron Liga, NB I), plans (PNRR), market segments (AeRO),
tickers and roads are no entities. A place named only inside an organization's name (Małopolska, Sisačko-moslavačka
županija, Bucovina) or only as an adjective (krakowska, berettyóújfalui, budapesti) is not counted. Countries: every
country named or described by an adjective, also inside a name (Pucharu Polski, Úřad práce ČR, Bursa Efek Indonesia,
DPR RI, Ruotsin radion …, Hrvatske vode, Danmarks Vindmølleforening), never a city's country."""
import os
from goldlib import P, O, L, write_gold
PAP = (O, "PAP", ["Polska Agencja Prasowa"])
CTK = (O, "ČTK", ["Česká tisková kancelář"])
AGERPRES = (O, "Agerpres", ["AGERPRES"])
TT = (O, "TT", ["Tidningarnas Telegrambyrå"])
ANTARA = (O, "ANTARA", ["Antara"])
G = {
 "570_pl.txt": ("pl", ["PL"], [
  (L, "Nowy Sącz", ["Nowego Sącza"]), PAP, (O, "Rada Miasta Nowego Sącza", []), (L, "Dunajec", ["Dunajcem"]),
  (P, "Grzegorz Wilczkowski", ["Grzegorzem Wilczkowskim"]),
  (O, "Urząd Marszałkowski Województwa Małopolskiego", []), (O, "Ministerstwo Sportu i Turystyki", []),
  (O, "Wspólny Sącz", []), (P, "Janina Obrębska-Kula", ["Obrębskiej-Kuli"]), (P, "Zdzisław Pióro", []),
  (O, "Ogrodnik i Wawrzyczek Architekci sp. z o.o.", ["Ogrodnik i Wawrzyczek Architekci"]),
  (O, "Poprad Sącz Volley", []), (O, "Zespół Szkół Sportowych nr 2", ["Zespołu Szkół Sportowych nr 2", "Zespołu Szkół Sportowych"]),
  (L, "Limanowa", ["Limanowej"]), (L, "Grybów", ["Grybowa"])]),
 "571_pl.txt": ("pl", ["DE", "LT"], [
  (L, "Gdańsk", ["Gdańsku"]), PAP, (O, "Sąd Okręgowy w Gdańsku", []),
  (O, "Kociewskie Konstrukcje Stalowe sp. z o.o.", ["Kociewskie Konstrukcje Stalowe"]),
  (P, "Mariusz Kwiatoszek", ["Mariusza Kwiatoszka", "Kwiatoszkiem", "Kwiatoszek"]),
  (O, "Prokuratura Regionalna w Gdańsku", ["Prokuratury Regionalnej w Gdańsku"]), (L, "Tczew", ["Tczewa"]),
  (P, "Andrzej Pstrągowski", ["Pstrągowskiemu"]), (P, "Beata Kościelniak-Mroczek", []), (O, "Skarb Państwa", []),
  (O, "Centralne Biuro Śledcze Policji", ["CBŚP"]), (O, "Krajowa Administracja Skarbowa", ["Krajową Administracją Skarbową"]),
  (P, "Tomasz Rzeźniczak", []), (O, "Sąd Apelacyjny w Gdańsku", ["Sądu Apelacyjnego w Gdańsku"]),
  (O, "Haffkrug Stahlhandel GmbH", ["Haffkrug Stahlhandel"]), (L, "Lubeka", ["Lubeki", "Lübeck"]), (L, "Wisła", ["Wisłą"])]),
 "572_pl.txt": ("pl", ["PL", "RS", "CZ"], [
  (L, "Opole", ["Opola"]), PAP, (O, "Nadodrze Opole", ["Nadodrza Opole", "Nadodrza", "Nadodrze"]),
  (O, "Sokół Radomsko", ["Sokoła Radomsko", "Sokołem", "Sokół"]), (P, "Nikola Radosavljević", ["Radosavljevicia"]),
  (L, "Radomsko", ["Radomska"]), (L, "Okrąglak", ["hali Okrąglak"]), (P, "Ondřej Vávra", ["Ondřeja Vávry"]),
  (P, "Wojciech Kałuża-Brzęczek", []), (P, "Kacper Ślęzak", ["Kacpra Ślęzaka"]), (P, "Leszek Grądzki", []),
  (O, "Beskid Volley Żywiec", []), (O, "Gwardia Gorzów", []), (L, "Kraków", ["Krakowie", "Krakowa"]),
  (O, "Nadodrze Sport S.A.", ["Nadodrze Sport"]), (P, "Agnieszka Zimoch-Lisowska", [])]),
 "573_cs.txt": ("cs", ["DE", "HU", "CZ"], [
  (L, "Hranice", ["Hranicích"]), (L, "Přerovsko", ["Přerovsku"]), CTK, (O, "Moravia Pohony a.s.", ["Moravia Pohony"]),
  (P, "Radek Šťastný", []), (O, "Lindauer Antriebe AG", ["Lindauer Antriebe"]),
  (P, "Ivana Křížová-Paclíková", ["Ivany Křížové-Paclíkové", "Ivanou Křížovou-Paclíkovou", "Křížová-Paclíková"]),
  (P, "Milan Vaňous", ["Vaňous"]), (O, "Úřad práce ČR", ["Úřadu práce ČR"]), (L, "Přerov", ["Přerově"]),
  (L, "Olomoucký kraj", ["Olomouckého kraje"]), (P, "Bohumil Šindelka", []),
  (L, "Lipník nad Bečvou", ["Lipníku nad Bečvou"]), (L, "Bečva", ["Bečvy", "řeky Bečvy"]), (O, "Tatra Hranice", []),
  (O, "Ekobus Kolín s.r.o.", ["Ekobus Kolín"])]),
 "574_cs.txt": ("cs", ["CZ", "MD", "RU", "UA", "RO"], [
  (L, "Kišiněv", ["Kišiněvě"]), CTK, (P, "Tomáš Hrdlička", ["Hrdličky", "Hrdlička"]),
  (O, "ODS", ["Občanská demokratická strana"]), (P, "Elena Rotaru", ["Elenou Rotaru", "Rotaru"]),
  (O, "Evropská unie", ["Evropské unie", "EU"]), (L, "Praha", ["Praze"]), (L, "Bălți", []),
  (O, "Hydroprojekt Vysočina s.r.o.", ["Hydroprojekt Vysočina"]), (O, "Česká rozvojová agentura", []),
  (P, "Zdeněk Opletal", []), (O, "ANO", []), (O, "Sněmovna", ["Sněmovně", "Poslanecká sněmovna"]), (L, "Podněstří", [])]),
 "575_ro.txt": ("ro", ["FR"], [
  (L, "Vaslui", []), AGERPRES,
  (O, "Spitalul Județean de Urgență Vaslui", ["Spitalul Județean de Urgență (SJU) Vaslui", "SJU Vaslui", "SJU"]),
  (P, "Cristina Bălăceanu-Stoica", ["Bălăceanu-Stoica"]), (L, "Iași", []), (P, "Sorin Țăranu", []), (L, "Lyon", []),
  (O, "Medisist Tehnic SRL", ["Medisist Tehnic"]), (L, "Bacău", []),
  (O, "Consiliul Județean Vaslui", ["Consiliului Județean Vaslui"]), (P, "Dumitru Ciorbă", []), (L, "Bârlad", []),
  (L, "Huși", []), (O, "Casa Județeană de Asigurări de Sănătate Vaslui", []),
  (O, "Sindicatul Sanitas Vaslui", ["Sanitas Vaslui", "Sanitas"]), (P, "Mihaela Pârvu-Onciu", []),
  (O, "Ministerul Sănătății", []), (L, "Moldova", []), (L, "Botoșani", []), (L, "Piatra-Neamț", []), (L, "Focșani", [])]),
 "576_ro.txt": ("ro", ["AT", "DE"], [
  (L, "Rădăuți", []), (L, "Suceava", []), AGERPRES, (O, "Bucovina Lemn Design SRL", ["Bucovina Lemn Design"]),
  (P, "Vlad Hârțescu", ["Hârțescu"]), (O, "Steinacher Holzwerke GmbH", ["Steinacher Holzwerke"]),
  (O, "Ministerul Investițiilor și Proiectelor Europene", []), (L, "Siret", []),
  (O, "Direcția Silvică Suceava", ["Direcției Silvice Suceava"]), (O, "Forestmob Moldova SA", ["Forestmob Moldova"]),
  (L, "Câmpulung Moldovenesc", []), (O, "Bursa de Valori București", ["Bursei de Valori București", "BVB"]),
  (P, "Teodor Bîrsan-Ursachi", []), (O, "Consiliul Județean Suceava", []), (O, "Ministerul Finanțelor", [])]),
 "577_sv.txt": ("sv", ["NO"], [
  (L, "Bollnäs", ["BOLLNÄS"]), TT, (L, "Hälsingland", []), (L, "Ljusnan", ["Ljusnans"]), (L, "Arbrå", []),
  (O, "Trafikverket", []), (L, "Växbo", []), (P, "Maja Östlind-Hägg", ["Östlind-Häggs"]),
  (O, "Räddningstjänsten Södra Hälsingland", []), (O, "Bollnäs kommun", ["Bollnäs kommuns"]),
  (P, "Göran Fjällström", ["Fjällström"]), (L, "Kilafors", []), (O, "Hälsinge Kraftnät AB", ["Hälsinge Kraftnät"]),
  (P, "Patrik Wennerholm", []), (L, "Dalarna", []), (L, "Jämtland", []),
  (O, "SMHI", ["Sveriges meteorologiska och hydrologiska institut"]), (L, "Voxnan", []),
  (O, "Länsstyrelsen Gävleborg", []), (O, "Myndigheten för samhällsskydd och beredskap", ["MSB"]), (L, "Söderhamn", [])]),
 "578_sv.txt": ("sv", ["FI", "SE"], [
  (L, "Malmö", ["MALMÖ"]), TT, (O, "Malmö Opera", ["Malmö Operas"]),
  (P, "Aino Kaarlela-Nyström", ["Kaarlela-Nyströms", "Kaarlela-Nyström"]),
  (P, "Henrik Sandgren Ahlqvist", ["Sandgren Ahlqvists"]), (O, "Sibelius-Akademin", []), (L, "Helsingfors", []),
  (O, "Åbo stadsorkester", []), (O, "Kungliga Operan", []), (L, "Stockholm", []), (O, "Det Kongelige Teater", []),
  (L, "Köpenhamn", []), (P, "Lotta Bergqvist-Amiri", []), (P, "Jonatan Åkerlind-Fahl", []), (P, "Verdi", ["Verdis"]),
  (O, "Norrlandsoperan", []), (L, "Umeå", []), (O, "Region Skåne", []),
  (O, "Kulturnämnden i Region Skåne", ["Kulturnämnden"])]),
 "579_id.txt": ("id", ["ID", "JP", "DE"], [
  (L, "Lampung Barat", ["Kabupaten Lampung Barat"]), (L, "Bandarlampung", []), ANTARA,
  (O, "PT Nusantara Kopi Lestari Tbk", ["Nusantara Kopi Lestari"]), (L, "Lampung", ["Provinsi Lampung"]),
  (P, "Hendra Wirasaputra", ["Hendra"]), (L, "Sumber Jaya", ["Kecamatan Sumber Jaya"]),
  (O, "Bursa Efek Indonesia", ["BEI"]), (O, "Kanazawa Bussan Co., Ltd.", ["Kanazawa Bussan"]),
  (O, "Bank Pembangunan Daerah Lampung", []), (O, "Dinas Perkebunan Provinsi Lampung", []),
  (P, "Ratna Kusumaningtyas", []), (L, "Tanggamus", []), (L, "Sumatera Selatan", []),
  (L, "Tribudisyukur", ["Pekon Tribudisyukur"]), (P, "Sukarmin", []), (L, "Bukit Barisan", []),
  (O, "Koperasi Tani Makmur Way Petai", [])]),
 "580_id.txt": ("id", ["PG", "ID", "AU"], [
  (L, "Jayapura", []), ANTARA, (L, "Papua", []), (P, "Joseph Kaiwi Tumbare", ["Tumbare"]),
  (L, "Pos Lintas Batas Negara Skouw", ["Pos Lintas Batas Negara (PLBN) Skouw", "PLBN Skouw"]),
  (L, "Skouw", []), (L, "Wutung", []), (P, "Adrianus Sitompul", ["Adrianus"]),
  (O, "Badan Pengelola Perbatasan Daerah Provinsi Papua", []), (L, "Vanimo", []), (L, "Sandaun", ["Provinsi Sandaun"]),
  (O, "Komisi I DPR RI", ["Komisi I DPR", "DPR RI", "DPR"]), (P, "Dyah Larasati Pramesti", []),
  (O, "Universitas Cenderawasih", []), (L, "Jakarta", []), (O, "Kementerian Perdagangan", []),
  (L, "Port Moresby", [])]),
 "581_hu.txt": ("hu", ["SK", "RO"], [
  (L, "Debrecen", []), (O, "MTI", ["Magyar Távirati Iroda", "MTI-nek"]), (O, "Debreceni Törvényszék", []),
  (P, "Szalontai Géza", ["Szalontai Gézát", "Szalontai"]),
  (O, "Hajdúsági Terménykereskedő Kft.", ["Hajdúsági Terménykereskedő"]),
  (O, "Hajdú-Bihar Vármegyei Főügyészség", []), (P, "Bődi-Fehér Anikó", ["Bődi-Fehér Anikót", "Bődi-Fehér Anikónak"]),
  (P, "Körtvélyesi Ödön", []),
  (O, "Nemzeti Adó- és Vámhivatal", ["NAV", "Nemzeti Adó- és Vámhivatal (NAV) Bűnügyi Főigazgatósága", "NAV Bűnügyi Főigazgatósága"]),
  (P, "Lengyel-Fóris Balázs", []), (O, "Alföldi Agrárlogisztika Zrt.", ["Alföldi Agrárlogisztika"]),
  (O, "Debreceni Ítélőtábla", ["Debreceni Ítélőtáblára"]), (L, "Hajdúszoboszló", []), (L, "Hortobágy", [])]),
 "582_hu.txt": ("hu", ["NO", "RS", "HU"], [
  (L, "Gyöngyös", []), (O, "MTI", ["Magyar Távirati Iroda", "MTI-nek"]),
  (O, "Mátraaljai Sólymok KC", ["Mátraaljai Sólymok", "Sólymok"]), (O, "Dunakanyar KSE", ["Dunakanyar KSE-t"]),
  (P, "Lőrincz-Tóth Ábel", ["Lőrincz-Tóthot", "Lőrincz-Tóth"]), (P, "Eirik Haugsvold", ["Haugsvoldot"]),
  (P, "Gulyás-Kiss Bendegúz", ["Gulyás-Kisst"]), (P, "Pataki-Szőke Ferenc", []), (P, "Dragan Milosavljević", []),
  (L, "Tatabánya", ["Tatabányán"]), (O, "Pick Szeged", []), (O, "Magyar Kézilabda Szövetség", ["MKSZ"]),
  (L, "Eger", ["Egerben"]), (P, "Szalókiné Varga Edit", []),
  (O, "Heves Vármegyei Önkormányzat", ["Heves Vármegyei Önkormányzattal"])]),
 "583_da.txt": ("da", ["DE", "NO", "DK", "CN"], [
  (L, "Esbjerg", []), (O, "Vestkyst Vindteknik A/S", ["Vestkyst Vindtekniks", "Vestkyst Vindteknik"]),
  (O, "Nordmark Offshore GmbH", ["Nordmark Offshore"]), (L, "Nordsøen", []), (L, "Helgoland", []),
  (P, "Søren Kjærsgaard Hvidtfeldt", ["Hvidtfeldt"]), (O, "Ritzau", ["/ritzau/"]), (O, "Nasdaq Copenhagen", []),
  (O, "3F", ["Fagforbundet 3F"]), (P, "Bettina Skovgaard Lauritsen", []), (L, "Fredericia", []),
  (O, "Esbjerg Havn", []), (P, "Mikkel Brøndum-Friis", []),
  (O, "Ribe Overfladebehandling ApS", ["Ribe Overfladebehandling"]), (L, "Ribe", []),
  (P, "Jens Peter Lykkegaard", []), (L, "Vestjylland", []), (O, "Danmarks Vindmølleforening", [])]),
 "584_fi.txt": ("fi", ["EE", "AT", "SE"], [
  (L, "Joensuu", ["Joensuussa"]), (O, "STT", ["STT:lle"]),
  (O, "Joensuun kaupunginorkesteri", ["Joensuun kaupunginorkesterin"]),
  (P, "Veera Koskivaara", ["Koskivaaran", "Koskivaaraa", "Koskivaara"]), (P, "Taavi Kuusik", ["Taavi Kuusikia", "Kuusikin"]),
  (L, "Carelia-sali", ["Carelia-salin"]),
  (O, "Sibelius-Akatemia", ["Taideyliopiston Sibelius-Akatemia", "Sibelius-Akatemiassa", "Taideyliopiston Sibelius-Akatemiassa"]),
  (O, "Wienin musiikkiyliopisto", ["Wienin musiikkiyliopistossa"]), (O, "Tapiola Sinfonietta", ["Tapiola Sinfoniettaa"]),
  (O, "Kuopion kaupunginorkesteri", ["Kuopion kaupunginorkesteria"]), (L, "Tukholma", ["Tukholmassa"]),
  (O, "Ruotsin radion sinfoniaorkesteri", ["Ruotsin radion sinfoniaorkesterin"]),
  (P, "Harri Pesonen-Kaikkonen", ["Pesonen-Kaikkosen"]), (P, "Mikko Hyvärinen-Lehto", []),
  (P, "Jean Sibelius", ["Jean Sibeliuksen"]), (L, "Pohjois-Karjala", ["Pohjois-Karjalan"]),
  (L, "Ilomantsi", ["Ilomantsissa"]), (L, "Lieksa", ["Lieksassa"]), (L, "Pielisjoki", ["Pielisjoen"])]),
 "585_hr.txt": ("hr", ["HR", "BA"], [
  (L, "Sisak", ["SISAK", "Sisku", "Siska"]), (O, "Hina", ["Hini", "Hrvatska izvještajna novinska agencija"]),
  (L, "Kupa", ["Kupe"]), (L, "Sava", ["Save"]), (L, "Petrinja", ["Petrinji"]),
  (L, "Hrvatska Kostajnica", ["Hrvatskoj Kostajnici"]), (O, "Hrvatske vode", ["Hrvatskih voda"]),
  (O, "Državni hidrometeorološki zavod", ["Državnog hidrometeorološkog zavoda", "DHMZ"]),
  (O, "Stožer civilne zaštite Sisačko-moslavačke županije", ["Stožera civilne zaštite Sisačko-moslavačke županije"]),
  (P, "Tomislav Brkljačić", ["Brkljačić", "Brkljačićem"]), (O, "Hrvatska vojska", ["Hrvatske vojske"]),
  (P, "Vesna Pavičić-Grgurić", []), (L, "Novo Selo Palanječko", []), (L, "Lonjsko polje", ["Lonjskom polju"]),
  (O, "Kupa Graditeljstvo d.d.", ["Kupa Graditeljstvo"]), (L, "Karlovac", ["Karlovca"]), (P, "Zdravko Mesarić", []),
  (L, "Una", ["Une"]), (O, "Federalni hidrometeorološki zavod", []), (L, "Sarajevo", ["Sarajeva"]),
  (O, "Vlada Republike Hrvatske", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout34", "holdout34-gold.json", G)
