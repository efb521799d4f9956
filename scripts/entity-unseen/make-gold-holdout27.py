#!/usr/bin/env python3
"""Writes holdout27-gold.json for the articles in holdout27/ (same format and conventions as make-gold-holdout20.py).
Ordinary domestic news, not diplomacy, in four Latin-script languages: 5 en (AP from Kentucky, PA from Lincolnshire
with no dateline, AAP from Queensland with no dateline, The Canadian Press from Calgary, NAN from Ogun State), 5 fr
(AFP from Rennes, Belga, ATS from Sion, APS from Kaolack, MAP from Taroudant), 2 pt (Lusa from Braga, Agência Brasil
with no dateline) and 2 it (ANSA from Brescia and Lecce). Genres: courts and crime (a county clerk's embezzlement,
a mayor's favouritism, a textile fraud), hospitals (an A&E inspection, an artificial heart), sport (a salary-cap
breach in the Queensland Cup, the Senegalese Ligue 1), company results (a Calgary driller on the TSX, a Herstal door
maker on Euronext Brussels, a Brescia valve maker on Euronext Milan), a university strike, a chamber-music
festival, floods (Taroudant, the Zona da Mata). People, companies, clubs, hospitals and many institutions are
invented; towns, provinces, rivers, regions and public bodies are real. Written, and its gold fixed, before the
extractor ran on it.
Conventions as holdout20: titles and honorifics (Prof., Dr, Mrs, Alhaji, Comrade, Sir, Councillor, Me, M.,
Judge-Executive, juíza, prefeito, tenente-coronel, assessore) are not part of a name; generic words before a place
(stade, salle de, abbaye de, val, oued, barrage, province de, canton du, rocade de la, rio, bairro, bacia do, ospedale)
are aliases (a dam named after its town is that town's alias, a river named like its town, rio Muriaé, is the town's
alias); stadiums, roads, rivers, regions, geological plays (Montney, Duvernay) and venues are places; courts, police
forces, clubs, festivals, unions, hospitals, universities, companies and their subsidiaries, exchanges (TSX, Euronext,
Piazza Affari as the Milan exchange), agencies, governments and councils are organizations. Competitions (Queensland
Cup, Ligue 1), taxes (IVA), portfolios in titles (Commissioner for Education, Science and Technology) and generic
units (section de recherches, délégation provinciale de l'Équipement, comité provincial de veille) are not entities.
A place named only inside an organization's name (Spalding, Bretagne, Sierre, Souss-Massa, Lausanne, Queensland) is
not counted; a club's town standing for the club ('son homologue de Diourbel') is the club's alias. US state
abbreviations (Ky., Alta.) are aliases of the state. Countries: every country named or described by an adjective,
also inside a title or an organization's name (U.S. District Judge, New Zealand Warriors, News Agency of Nigeria,
Serviço Geológico do Brasil, Samoa Test forward), not a city's country."""
import os
from goldlib import P, O, L, write_gold
G = {
 "440_en.txt": ("en", ["US"], [
  (L, "Pikeville", ["PIKEVILLE"]), (L, "Kentucky", ["Ky."]), (O, "AP", ["Associated Press"]),
  (P, "Darlene Kay Stapleton", ["Stapleton"]), (L, "Magoffin County", ["Magoffin"]), (P, "Harold W. Brannock", []),
  (L, "Salyersville", []), (O, "Licking Valley Community Bank", []), (L, "Indiana", []), (L, "Jamestown", []),
  (L, "Tennessee", []), (P, "Meredith Cole-Rasnick", []), (P, "Travis Gullett", []), (P, "Nathan Pruitt", []),
  (O, "FBI", []), (O, "Kentucky State Police", []), (P, "Bobby Ray Shepherd", []), (L, "Licking River", [])]),
 "441_en.txt": ("en", ["IN", "PH"], [
  (L, "Lincolnshire", []), (O, "Care Quality Commission", ["CQC"]),
  (O, "Marshland General Hospital", ["Marshland General"]), (L, "Boston", []), (P, "Helen Ashworth-Baines", []),
  (O, "Fens and Wolds NHS Foundation Trust", []), (P, "Malcolm Redgate", []), (P, "Gary Threlfall", []),
  (O, "Unison", []), (O, "Wash Valley Voice", []), (O, "East Midlands Ambulance Service", []),
  (P, "Joanne Pendleton", []), (O, "Lincolnshire County Council", []), (L, "Sleaford", []),
  (O, "Spalding Community Hospital", [])]),
 "442_en.txt": ("en", ["NZ", "TO", "WS"], [
  (O, "Gladstone Port Marlins", ["Marlins"]), (L, "Central Queensland", []),
  (O, "Queensland Rugby League", ["QRL"]), (O, "Auckland Point Logistics", []), (P, "Bronwyn Keleher", ["Keleher"]),
  (P, "Dean Pickering", []), (P, "Warren Kilcoyne", []), (O, "Darling Downs Drovers", []),
  (L, "Harbour City Oval", []), (O, "Logan Ridge Stingrays", []), (P, "Tevita Fifita-Moala", []),
  (O, "New Zealand Warriors", []), (O, "Burdekin Canecutters", []), (L, "Gladstone", []), (L, "Mackay", []),
  (L, "Bundaberg", []), (P, "Lachlan Tuimavave", [])]),
 "443_en.txt": ("en", ["CA", "US"], [
  (L, "Calgary", ["CALGARY"]), (O, "Chinook Basin Drilling Ltd.", ["Chinook Basin Drilling", "Chinook"]),
  (L, "North Dakota", []), (L, "Texas", []), (L, "Western Canada", []), (O, "LSEG Data & Analytics", ["LSEG"]),
  (P, "Marc-André Thibodeau", ["Thibodeau"]), (L, "Montney", []), (L, "Duvernay", []),
  (O, "Brazeau Well Servicing Inc.", ["Brazeau Well Servicing"]), (L, "Drayton Valley", []),
  (L, "Alberta", ["Alta."]), (O, "Competition Bureau", []), (P, "Priya Raghunathan", []),
  (O, "Dunvegan Securities", []), (L, "British Columbia", []), (O, "TSX", ["Toronto Stock Exchange"]),
  (O, "The Canadian Press", ["Canadian Press"])]),
 "444_en.txt": ("en", ["NG"], [
  (L, "Abeokuta", []), (O, "NAN", ["News Agency of Nigeria"]),
  (O, "Lafenwa University of Science and Technology", ["LUST"]), (P, "Adebola Ogunwusi-Akande", []),
  (P, "Funmilayo Adeyeye", []), (O, "Academic Staff Union of Universities", ["ASUU"]),
  (P, "Olusegun Bamgbose", ["Bamgbose"]), (L, "Ogun", ["Ogun State"]),
  (O, "Ogun Government", ["Ogun State Government"]), (P, "Tajudeen Oyekanmi", []),
  (P, "Bolanle Odusote", ["Odusote"]), (O, "Students' Union Government", []), (P, "Ayomide Shittu", []),
  (L, "Ijebu-Ode", []), (L, "Sagamu", []), (O, "Ogun State House of Assembly", []),
  (O, "National Universities Commission", ["NUC"])]),
 "445_fr.txt": ("fr", [], [
  (L, "Rennes", []), (O, "AFP", ["Agence France-Presse"]), (L, "Montfort-sur-Meu", []), (L, "Ille-et-Vilaine", []),
  (P, "Jean-Yves Le Bihan", []), (O, "tribunal correctionnel de Rennes", []), (O, "Guivarc'h et Fils", []),
  (P, "Yannick Guivarc'h", []), (O, "Armor Voirie Services", []), (P, "Anne-Sophie Daoulas", []),
  (O, "chambre régionale des comptes de Bretagne", []), (P, "Erwan Kerhervé", []),
  (L, "Vaunoise", ["rocade de la Vaunoise"]), (P, "Sylvie Rouxel-Pinault", [])]),
 "446_fr.txt": ("fr", ["DE", "FR", "NL", "PL"], [
  (L, "Bruxelles", []), (O, "Belga", []), (O, "Hesbaye Industries", []), (O, "Euronext Bruxelles", []),
  (L, "Herstal", []), (P, "Pieter Vandenbroucke", []), (L, "Wrocław", []), (O, "Hesbaye Polska", []),
  (L, "Waremme", []), (P, "Nathalie Dessart", []), (O, "Meuse Capital Partners", []), (O, "FGTB", []),
  (O, "CSC", [])]),
 "447_fr.txt": ("fr", ["AT", "CH", "FR", "JP"], [
  (L, "Sion", []), (O, "ats", ["ATS", "Keystone-ATS"]), (O, "Les Heures du Rhône", ["Heures du Rhône"]),
  (L, "Martigny", []), (L, "Saint-Maurice", ["abbaye de Saint-Maurice"]),
  (L, "Alambic", ["salle de l'Alambic"]), (L, "Anniviers", ["val d'Anniviers", "Val d'Anniviers"]),
  (P, "Séverine Zufferey", []), (L, "Valais", ["canton du Valais"]),
  (O, "Ensemble Arpège de Sierre", ["Ensemble Arpège"]), (P, "Aiko Tanabe", []), (O, "Helvetia Musica", []),
  (P, "Matthieu Jaquier", []), (P, "Beethoven", []), (P, "Eva Brandstätter", []), (O, "Loterie Romande", []),
  (O, "Fondation Saint-Théodule", []), (P, "Christophe Bagnoud", []), (O, "Grand Conseil", []),
  (P, "Olivier Farquet", [])]),
 "448_fr.txt": ("fr", ["GM", "SN"], [
  (L, "Kaolack", []), (O, "APS", []), (O, "Saloum Football Club", ["Saloum FC"]),
  (O, "Étoile de Diourbel", ["Diourbel"]), (L, "Ibrahima-Thiam", ["stade Ibrahima-Thiam"]),
  (P, "Ebrima Jallow-Ceesay", []), (P, "Pape Moussa Diène", []), (P, "Babacar Ngom", []),
  (P, "Abdou Khadre Fall", []), (P, "Cheikh Tidiane Ndour", ["Ndour"]), (O, "AS Ndiaffate", []), (L, "Thiès", []),
  (O, "Union sportive de Mbour-Saly", []), (P, "Serigne Mbacké Sow", []), (P, "Ousmane Badji", []),
  (P, "El Hadji Malick Gaye", []), (O, "Société des salins du Sine", []),
  (O, "Ligue sénégalaise de football professionnel", ["LSFP"]), (O, "Casamance Sporting Club", []),
  (O, "Lions de Rufisque", []), (L, "Aline-Sitoé-Diatta", ["stade Aline-Sitoé-Diatta"]), (L, "Ziguinchor", [])]),
 "449_fr.txt": ("fr", ["MA"], [
  (L, "Taroudant", ["province de Taroudant"]), (O, "MAP", []), (L, "Igherm", []), (L, "Tafingoult", []),
  (L, "Souss", ["oued Souss"]), (L, "Aoulouz", ["barrage Aoulouz"]), (P, "Abdelhak Bennani-Smires", []),
  (O, "Protection civile", []), (O, "Gendarmerie royale", []), (L, "route régionale 106", []),
  (P, "Rachid Aït Oufella", []), (O, "Direction générale de la météorologie", ["DGM"]), (L, "Anti-Atlas", []),
  (L, "Haut-Atlas", []), (P, "Lahcen Idbaha", []), (L, "Taliouine", []),
  (O, "Agence du bassin hydraulique du Souss-Massa", [])]),
 "450_pt.txt": ("pt", ["ES", "LU"], [
  (L, "Braga", []), (O, "Lusa", []), (O, "Tribunal de Braga", []),
  (L, "Vila Nova de Famalicão", ["Famalicão"]), (P, "Maria Helena Sampaio", []), (P, "Joaquim Faria Bouças", []),
  (O, "Ave Fios Unipessoal", []), (O, "Trofa Malhas", []),
  (O, "Minhotêxtil - Confeções, Lda.", ["Minhotêxtil", "Minhotêxtil - Confeções"]), (L, "Guimarães", []),
  (L, "Barcelos", []), (L, "Esposende", []), (O, "Polícia Judiciária de Braga", ["Polícia Judiciária"]),
  (O, "Autoridade Tributária e Aduaneira", []), (P, "Rui Peixoto Valente", []),
  (O, "Tribunal da Relação de Guimarães", []), (O, "Ministério Público", []), (L, "Ribeirão", []),
  (L, "Ave", ["rio Ave"]), (O, "Sindicato Têxtil do Minho e Trás-os-Montes", [])]),
 "451_pt.txt": ("pt", ["BR"], [
  (L, "Zona da Mata", ["Zona da Mata mineira"]), (L, "Minas Gerais", []),
  (O, "Coordenadoria Estadual de Defesa Civil", ["Cedec"]), (L, "Cataguases", []), (L, "Pomba", ["rio Pomba"]),
  (L, "Vila Reis", []), (L, "Paraíso", []), (L, "Muriaé", ["rio Muriaé"]), (P, "Valdir Antunes Rezende", []),
  (L, "Ubá", []), (L, "São Domingos", ["bairro São Domingos"]),
  (O, "Corpo de Bombeiros Militar de Minas Gerais", []), (O, "Hospital Regional Santa Clara", []),
  (L, "BR-116", []), (L, "Leopoldina", []), (O, "Polícia Rodoviária Federal", ["PRF"]),
  (O, "Instituto Nacional de Meteorologia", ["Inmet"]), (L, "Rio de Janeiro", []),
  (O, "Serviço Geológico do Brasil", ["SGB"]), (L, "Paraíba do Sul", ["bacia do Paraíba do Sul"]),
  (P, "Adriana Lacerda Fonseca", [])]),
 "452_it.txt": ("it", ["DE", "MX", "US"], [
  (L, "Brescia", ["BRESCIA"]), (O, "ANSA", []), (O, "Valtrompia Meccanica", []), (O, "Euronext Milan", []),
  (L, "Texas", []), (L, "Arizona", []), (P, "Giancarlo Bonomelli", []), (L, "Querétaro", []),
  (O, "Valtrompia de México", []), (L, "Lumezzane", []), (L, "Gardone Val Trompia", []),
  (O, "Università degli Studi di Brescia", []), (O, "Fiom-Cgil", []), (P, "Ernesto Ghidini", []),
  (O, "Raccorderie Sangone srl", ["Raccorderie Sangone"]), (O, "Piazza Affari", [])]),
 "453_it.txt": ("it", ["CH"], [
  (L, "Lecce", ["LECCE"]), (O, "ANSA", []), (L, "Puglia", []),
  (O, "Madonna dell'Alto Salento", ["ospedale Madonna dell'Alto Salento"]), (P, "Annarita Mancarella", []),
  (O, "Asl di Lecce", ["Asl", "ASL Lecce"]), (L, "Nardò", []), (O, "Niguarda", ["ospedale Niguarda"]),
  (L, "Milano", []), (O, "Cardiotech Lausanne", []), (O, "Regione Puglia", []),
  (O, "Università del Salento", []), (L, "Losanna", []), (P, "Vittorio Sergiacomi", []), (L, "Bologna", []),
  (L, "Padova", []), (P, "Michele Lacalamita", []), (O, "Cuori Salentini", []), (P, "Gianfranco De Giorgi", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout27", "holdout27-gold.json", G)
