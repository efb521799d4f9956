#!/usr/bin/env python3
"""Writes holdout32-gold.json for the articles in holdout32/ (same format and conventions as make-gold-holdout31.py).
Genres no earlier set has (business and markets, sport, culture, science and health, courts), Latin script only:
530 en Reuters: a miner's quarterly result (London; Zambia, Chile); 531 en AP: an insider-trading trial in Boston;
532 en AAP: a marine institute's coral finding (Perth, Ningaloo); 533 fr AFP: a film festival's prizes (Saint-Malo);
534 fr AFP: a friendly takeover bid (Paris, Mulhouse, Colmar); 535 fr AFP: a third-division football match (Vierzon);
536 de dpa-AFX: a chemical group's bond issue (Ludwigshafen); 537 de dpa/lnw: a trial over a bridge collapse (Bochum,
Hattingen); 538 es EFE: a football match (Guadix, Motril); 539 es EFE: a singer's concert tour (Spain, Mexico);
540 pt Lusa: a book award (Lisbon, Tomar); 541 pt Agência Brasil (no dateline): a phase-3 dengue drug trial (Fiocruz);
542 it ANSA: a Serie C football match (Vigevano, Lodi); 543 it ANSA: a fraudulent-bankruptcy trial (Bergamo);
544 nl ANP: a Dutch satellite instrument's first data (Noordwijk); 545 tr AA: a stock-exchange listing (İstanbul).
Hard cases on purpose: surnames alone after a first full mention, nicknames in quotes ("Peggy", "Gerry", «Le Chat»,
"Chiqui", "el Güero", "il Cobra", "Doc"), clubs named after towns that are places elsewhere in the text (Olympique de
Vierzon, FC Montluçon Auvergne, Atlético Guadix, UD Motrileña, Atletico Vigevano, Virtus Lodigiana), stadiums named
after people (stade Albert-Thévenot, stadio Piero Ceriani, Ettore Dossena), titles of films, books and albums in quotes
(no entities), legal forms (plc, SA, SE, N.V., AG, S.p.A., S.A., S.L., B.V., mbH, KGaA, A.Ş., Inc.), ticker symbols
(HLVG.L, CRVN.PA, VDNX, KRFZT), stock indices (FTSE 100, CAC 40, SBF 120, MDax, Dax, BIST 100: no entities),
acronyms in parentheses, particles and two-part or hyphenated surnames, German defendants named by an initial
(Uwe R.), titles before names (Dr, Dr., Prof., Professor, juge, Richter, Rechtsanwalt, Oberstaatsanwältin, pm,
avvocato, giudice, dr., Av.), Turkish case suffixes after an apostrophe, accented capitals (Élodie, Ilyès, Íñigo,
İstanbul, Şükrü, Körfez).
People, clubs and most companies are invented; towns, regions, rivers and well-known institutions are real.
Every invented person and organization was checked with grep to be new to the seeds, the non-sentinel sets and the
knowledge files. Written, and its gold fixed and committed, before the extractor ran on it.
Conventions as holdout31, and for the new genres: clubs and teams, festivals, exchanges and companies are
organizations; stadiums, venues, buildings, reefs and reserves are places; competitions and leagues (National, Serie C,
Segunda Federación), prizes (Hermine d'or, Prémio Literário Cidade de Tomar), titles, journals, satellites, market
segments and stock indices are no entities, and nothing named only inside them counts; a ticker in parentheses or
after 'symbol'/'koduyla' is its company's alias; a club's town used for the club is the club's alias too; a nickname is
its person's alias (with the full form as written); Turkish forms with a suffix after the apostrophe are aliases.
Countries: every country named or described by an adjective, also inside an organization's name (U.S. District Court,
Fédération française, Real Federación Española, Federazione Italiana, Nederlands Instituut, Australian Institute,
Agência Brasil), never a city's country; demonyms of regions and towns (Québécoise, canaria, paulista, lomellini) none."""
import os
from goldlib import P, O, L, write_gold
AFP = (O, "AFP", ["Agence France-Presse"])
ANSA = (O, "ANSA", [])
EFE = (O, "EFE", [])
G = {
 "530_en.txt": ("en", ["CL", "ZM"], [
  (L, "London", ["LONDON"]), (O, "Reuters", []),
  (O, "Halvergate Minerals plc", ["Halvergate Minerals", "Halvergate", "HLVG.L"]), (L, "Solwezi", []),
  (L, "Atacama", ["Atacama region"]),
  (P, "Margaret Ashdown-Mwale", ['Margaret "Peggy" Ashdown-Mwale', "Ashdown-Mwale", "Peggy"]),
  (O, "Zambia Environmental Management Agency", ["ZEMA"]), (O, "Minera Quebrada Honda SA", ["Minera Quebrada Honda"]),
  (P, "Rupert de Saumarez", []), (O, "Pellow Lyle Securities", []), (P, "Fiona McAteer-Quinn", []),
  (O, "Johannesburg Stock Exchange", ["JSE"]), (P, "Helen Okafor-Brandt", []), (P, "Giles Pennock", [])]),
 "531_en.txt": ("en", ["US"], [
  (L, "Boston", ["BOSTON"]), (O, "AP", ["Associated Press"]), (L, "Cambridge", []),
  (P, "Desmond K. Whitlock-Barnes", ["Desmond K Whitlock-Barnes", "Whitlock-Barnes"]),
  (O, "Veridane Therapeutics Inc.", ["Veridane Therapeutics", "Veridane", "VDNX"]),
  (O, "U.S. District Court", ["U.S. District Court in Boston"]), (P, "Rosalind M. Achterberg", []),
  (P, "Gerald Van Dusen", ['Gerald "Gerry" Van Dusen', "Van Dusen", "Gerry"]), (L, "Worcester", []),
  (P, "Keisha Montgomery-Lyle", []), (P, "Brendan O'Sullivan-Tate", []), (L, "Nantucket", []),
  (P, "Anjali Raghunathan", []), (O, "Securities and Exchange Commission", ["SEC"]), (O, "Nasdaq", [])]),
 "532_en.txt": ("en", ["AU"], [
  (L, "Ningaloo Reef", ["Ningaloo"]), (L, "Perth", ["PERTH"]), (O, "AAP", ["Australian Associated Press"]),
  (O, "Kellerberrin Institute for Marine Science", ["KIMS"]), (L, "Coral Bay", []), (L, "Exmouth", []),
  (L, "Fremantle", []), (P, "Tamsin Oyelaran-Whyte", []), (O, "University of Western Australia", []),
  (O, "Australian Institute of Marine Science", ["AIMS"]), (L, "Great Barrier Reef", []),
  (P, "Hamish MacAskill", ['Hamish "Doc" MacAskill', "MacAskill", "Doc"]), (L, "Nyinggulu Coastal Reserve", []),
  (O, "Baiyungu Aboriginal Corporation", []), (P, "Rhonda Kickett-Walley", []),
  (O, "WA Department of Biodiversity, Conservation and Attractions", [])]),
 "533_fr.txt": ("fr", ["BE", "ES", "FR", "SN"], [
  (L, "Saint-Malo", []), AFP, (P, "Maëlle Vandenbroucke", ["Vandenbroucke"]),
  (O, "Festival du film francophone de Saint-Malo", []), (P, "Élodie Saint-Aubin-Keraudren", []),
  (L, "Sein", ["île de Sein"]), (L, "Douarnenez", []), (L, "Palais du Grand Large", []),
  (P, "Ousmane Ndiaye Diouf", []), (P, "Marie-Ève Thibodeau-Lavoie", []), (P, "Jean-Sébastien Castonguay", []),
  (O, "Les Films du Chenal", ["Films du Chenal"]), (O, "Ardoise Distribution", []),
  (O, "Centre national du cinéma et de l'image animée", ["CNC"]), (O, "Région Bretagne", []),
  (P, "Yann-Érwan Le Bihan", ["Le Bihan", "M. Le Bihan"]), (L, "Bretagne", []), (L, "Wallonie", [])]),
 "534_fr.txt": ("fr", ["DE"], [
  (L, "Paris", []), AFP, (O, "Corvenne SA", ["Corvenne", "CRVN.PA"]), (O, "Sterhaus Mécanique", ["Sterhaus"]),
  (O, "Bourse de Paris", []), (P, "Anne-Sophie Lemaire-Dutertre", []), (P, "Franz-Xaver Oberlin", []),
  (O, "Rheinfeld Kapital", []), (O, "Commission européenne", []), (O, "Autorité des marchés financiers", ["AMF"]),
  (L, "Mulhouse", []), (L, "Colmar", []), (O, "CFE-CGC", []), (O, "Vauclair Frères & Cie", ["Vauclair Frères"]),
  (O, "Delorme Haussmann Associés", [])]),
 "535_fr.txt": ("fr", ["CI", "FR"], [
  (L, "Vierzon", []), AFP, (O, "Olympique de Vierzon", ["Vierzon"]),
  (O, "FC Montluçon Auvergne", ["FC Montluçon"]), (L, "Albert-Thévenot", ["stade Albert-Thévenot"]),
  (P, "Grégory Sainte-Rose", []), (P, "Yannick Kouadio-Bamba", ["Le Chat"]), (P, "Mathis Le Goarnic", []),
  (P, "Ilyès Benaïssa", []), (P, "Pascal Dufay-Marchetti", []), (P, "Jean-Baptiste de Villeneuve", []),
  (L, "Montluçon", []), (L, "Cher", []), (O, "Fédération française de football", ["FFF"]),
  (O, "US Saint-Pierre-des-Corps", []), (L, "Cholet", []), (L, "Bourg-en-Bresse", [])]),
 "536_de.txt": ("de", ["FR", "NL", "PL"], [
  (L, "Ludwigshafen", []), (O, "dpa-AFX", ["dpa"]), (O, "Haselbach Chemie SE", ["Haselbach Chemie", "Haselbach"]),
  (O, "Bleeker Resins N.V.", ["Bleeker Resins", "Bleeker"]), (O, "Landesbank Baden-Württemberg", ["LBBW"]),
  (O, "BNP Paribas", []), (O, "Commerzbank", []), (O, "Moody's", []), (P, "Cornelia von Wedel-Brandis", []),
  (P, "Matthias Oberhuber-Lenz", []), (L, "Zwolle", []), (O, "EU-Kommission", []), (P, "Jörg Ostermeier", []),
  (O, "Falkenried & Söhne KGaA", ["Falkenried & Söhne"]), (L, "Marl", []), (O, "IG BCE", [])]),
 "537_de.txt": ("de", [], [
  (L, "Bochum", []), (O, "dpa", ["dpa/lnw", "Deutsche Presse-Agentur"]), (L, "Ruhr", []),
  (L, "Hattingen", ["Stadt Hattingen"]), (O, "Landgericht Bochum", []), (P, "Uwe R.", []), (P, "Dennis K.", []),
  (O, "Ruhrtal Ingenieurgesellschaft mbH", ["Ruhrtal Ingenieurgesellschaft"]), (L, "Isenbergbrücke", []),
  (P, "Karl-Heinz Dümpelmann", []), (O, "Technische Universität Dortmund", ["Technischen Universität Dortmund"]), (P, "Sabine Kötter-Wiesmann", []),
  (P, "Tobias ter Horst", []), (O, "Bundesgerichtshof", ["BGH"]), (P, "Annegret Schulte-Bockholt", []),
  (L, "Welper", [])]),
 "538_es.txt": ("es", ["AR", "ES", "MA"], [
  (L, "Guadix", []), (L, "Granada", []), EFE, (O, "Atlético Guadix", []), (O, "UD Motrileña", ["Motrileña"]),
  (L, "Ciudad de Guadix", ["estadio Ciudad de Guadix"]), (P, "Rubén Ortega Salvatierra", []),
  (P, "Facundo Ezequiel Benítez", []), (P, "Yassine El Amrani", []),
  (P, "Juan Carlos Moreno Lucena", ['Juan Carlos "Chiqui" Moreno Lucena', "Chiqui"]),
  (P, "José María Fajardo de la Torre", []), (P, "Iñaki Garmendia Etxeberria", []), (P, "Álvaro Peña", []),
  (L, "Motril", []), (O, "Real Federación Española de Fútbol", ["RFEF"]), (O, "CD Huétor Vega", []),
  (O, "Real Jaén Balompié", []), (L, "Escribano Castilla", ["estadio Escribano Castilla"])]),
 "539_es.txt": ("es", ["ES", "MX", "UY"], [
  (L, "Madrid", []), EFE, (P, "Nayra Betancort Quevedo", ["Nayra Betancort", "Betancort"]),
  (O, "Producciones Atlántida S.L.", ["Producciones Atlántida"]), (L, "Las Palmas de Gran Canaria", []),
  (L, "WiZink Center", []), (L, "Palau Sant Jordi", []), (L, "Barcelona", []), (L, "Arucas", []),
  (O, "Festival Internacional de Benicàssim", ["FIB"]), (L, "Santa Cruz de Tenerife", []), (L, "Guadalajara", []),
  (L, "Auditorio Nacional", []), (L, "Ciudad de México", []), (L, "Lanzarote", []),
  (P, "Rodrigo Salcedo Ibarra", ['Rodrigo "el Güero" Salcedo Ibarra', "el Güero"]), (P, "Martín Olivera de León", []),
  (P, "Carmen Rosa Dorta", []), (O, "Boletia Norte", []),
  (O, "Sociedad General de Autores y Editores", ["SGAE"])]),
 "540_pt.txt": ("pt", ["AO", "BR", "MZ", "PT"], [
  (L, "Lisboa", []), (O, "Lusa", ["agência Lusa"]),
  (P, "Celeste Nhantumbo Macuácua", ["Celeste Macuácua", "Macuácua"]), (O, "Edições Caravela", []),
  (L, "Ilha de Moçambique", []), (O, "Câmara Municipal de Tomar", []), (P, "Rui Manuel de Sousa-Tavares", []),
  (O, "Universidade de Coimbra", []), (P, "Leonor Vaz Pestana", []), (P, "Otávio Bueno Figueiredo", []),
  (L, "Maputo", []), (P, "Luana Figueiredo Ramos", []), (P, "Domingos Kiluanje", []), (L, "Convento de Cristo", []),
  (L, "Tomar", []), (P, "Ana Paula Cotrim-Fidalgo", []),
  (O, "Direção-Geral do Livro, dos Arquivos e das Bibliotecas", ["DGLAB"])]),
 "541_pt.txt": ("pt", ["BR", "GB"], [
  (O, "Fundação Oswaldo Cruz", ["Fiocruz"]), (O, "Itaquari Farma S.A.", ["Itaquari Farma"]), (L, "Manaus", []),
  (L, "Recife", []), (L, "Goiânia", []), (L, "Rio de Janeiro", ["Rio"]),
  (O, "Instituto Nacional de Infectologia Evandro Chagas", ["INI/Fiocruz", "INI"]), (L, "Manguinhos", []),
  (P, "Ana Cláudia Marinho de Albuquerque", []), (O, "Agência Brasil", []),
  (O, "Agência Nacional de Vigilância Sanitária", ["Anvisa"]), (O, "Ministério da Saúde", []),
  (O, "Universidade de Oxford", []),
  (O, "Fundação de Medicina Tropical Doutor Heitor Vieira Dourado", ["FMT-HVD"]), (O, "Instituto Aggeu Magalhães", []),
  (P, "Luiz Fernando Paes Leme Sobrinho", []), (L, "Jundiaí", []), (L, "São Paulo", [])]),
 "542_it.txt": ("it", ["AL", "IT"], [
  (L, "Vigevano", ["VIGEVANO"]), ANSA, (O, "Atletico Vigevano", ["Atletico", "Vigevano"]),
  (O, "Virtus Lodigiana", ["Virtus"]), (L, "Piero Ceriani", ["stadio Piero Ceriani"]),
  (P, "Davide Zanardelli", ["il Cobra", "Cobra"]), (P, "Nicolò Dell'Acqua", []), (P, "Ardit Hoxhallari", []),
  (P, "Massimiliano De Santis Ferraro", []), (P, "Gian Luca Brambilla-Oggioni", []), (P, "Matteo Vailati", []),
  (L, "Lodi", []), (P, "Giuseppe Ceriani", []), (O, "Lega Pro", []),
  (O, "Federazione Italiana Giuoco Calcio", ["FIGC"]), (L, "Pavia", []), (O, "Pro Sesto Calcio", []),
  (L, "Ettore Dossena", []), (L, "Casalpusterlengo", [])]),
 "543_it.txt": ("it", ["CH"], [
  (L, "Bergamo", ["BERGAMO"]), ANSA, (O, "Tribunale di Bergamo", []),
  (P, "Giancarlo Belotti Brembilla", ["Belotti Brembilla"]), (O, "Orobica Valvole S.p.A.", ["Orobica Valvole"]),
  (L, "Dalmine", []), (P, "Federico Di Lauro", []), (L, "Lugano", []), (O, "Tessiner Industrieberatung AG", []),
  (O, "Guardia di Finanza", ["Guardia di Finanza di Bergamo"]), (P, "Maria Grazia Lo Presti", []),
  (P, "Roberto Cortinovis", []), (P, "Elena Pesenti Rota", []), (P, "Alessandro De Vecchi", []),
  (O, "Corte d'appello di Brescia", []), (O, "Fiom-Cgil", ["Fiom-Cgil di Bergamo"]), (P, "Stefano Gherardi", []),
  (O, "Banca Popolare di Sondrio", []), (O, "Valtrompia Fluidi", [])]),
 "544_nl.txt": ("nl", ["NL"], [
  (L, "Noordwijk", ["NOORDWIJK"]), (O, "ANP", []), (O, "Nederlands Instituut voor Ruimteonderzoek", ["SRON"]),
  (O, "ESTEC", []), (O, "ESA", []), (L, "Groningen", []), (L, "Antwerpen", []), (L, "Kourou", []),
  (L, "Frans-Guyana", []), (P, "Annelies van der Kooij-Brink", []), (O, "TNO", []),
  (O, "Hoogland Optics B.V.", ["Hoogland Optics"]), (P, "Pieter-Jan ten Velde", []),
  (P, "Joris Verhagen-Dekkers", []), (O, "Universiteit Leiden", []), (O, "ministerie van Economische Zaken", []),
  (O, "Koninklijk Nederlands Meteorologisch Instituut", ["KNMI"]), (L, "De Bilt", [])]),
 "545_tr.txt": ("tr", ["CA", "DE", "JP"], [
  (L, "İstanbul", ["İSTANBUL"]), (O, "AA", ["Anadolu Ajansı"]),
  (O, "Körfez Zeytin Gıda Sanayi ve Ticaret A.Ş.", ["Körfez Zeytin", "Körfez Zeytin'in", "KRFZT"]),
  (O, "Borsa İstanbul", ["Borsa İstanbul'da", "Borsa'ya", "Borsa"]),
  (P, "Şükrü Emre Yazıcıoğlu", ["Yazıcıoğlu"]), (L, "Ayvalık", ["Ayvalık'taki"]), (L, "Edremit", ["Edremit'te"]),
  (O, "Sermaye Piyasası Kurulu", ["Sermaye Piyasası Kurulunun", "SPK"]),
  (O, "Kordon Yatırım Menkul Değerler A.Ş.", ["Kordon Yatırım"]), (P, "Hakan Özbilgin Tümer", []),
  (L, "Ege", ["Ege bölgesi", "Ege bölgesinden"]), (L, "Balıkesir", []), (L, "İzmir", ["İzmir'deki"]),
  (P, "Nurcan Aksoy-Karataş", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout32", "holdout32-gold.json", G)
