#!/usr/bin/env python3
"""Writes holdout40-gold.json for the articles in holdout40/ (same format and conventions as make-gold-holdout32.py).
Ordinary news in Spanish, German, Portuguese and Italian (4 each), in each outlet's style, with trade with Asia
(Belarus, Vietnam, China, Kazakhstan) among regional politics, courts, companies, accidents, culture, sport and science:
690 es EFE: Extremadura's pork contract with a Chinese importer (Mérida); 691 es Europa Press: the TSJA upholds an
ex-mayor's disqualification (Sevilla, Los Palacios y Villafranca); 692 es Andina (Peru): blueberries to Vietnam (Lima);
693 es EFE: a glacial-relict beetle in Sierra Nevada, with Kazakh scientists (Granada); 694 de dpa/sn: a Chemnitz
engineering firm leaves Belarus after a sanctions inquiry; 695 de Deutschlandfunk (no dateline, the broadcast line): a
Munich museum returns a Đông Sơn drum to Vietnam; 696 de a regional paper (byline, 'Bad Waldsee -'): a council votes
for a fire station; 697 de dpa/lby: a Kazakh lorry driver's crash on the A3 (Regensburg); 698 pt Lusa: Portuguese wine
at the Macau fair (Macau, China); 699 pt Lusa: a parish council ex-president convicted (Braga, Vila Verde); 700 pt
Agência Brasil (byline block): a pilgrims' coach crash on the BR-381; 701 pt Agência Brasil: Embrapa and a Kazakh
university on drought-tolerant wheat; 702 it ANSA: a Lumezzane engineering firm's Kazakh order; 703 it ANSA: plastic
waste shipped to Vietnam and China, six indicted (Lecce); 704 it a regional paper (byline, 'CASTELFRANCO VENETO -'): a
cycle path approved; 705 it a regional paper (Rovereto): a Belarusian volleyball player signs.
Hard cases on purpose: names after titles and roles (la consejera, el alcalde, la magistrada, el jefe del, la gerenta
general, Geschäftsführerin, der Vorstandschef, Bürgermeisterin, Stadtrat, Kämmerin, Feuerwehrkommandant, Generalkonsulin,
a juíza presidente, o advogado de defesa, o inspetor, o prefeito, a pesquisadora, l'amministratore delegato, il vice
ministro, l'assessore, il gup, il pm, il sindaco, il capogruppo, il presidente, il direttore sportivo, il tecnico),
double surnames (Cabezas Valdehita, Magalhães Antunes, Pedrali Noy, Bortolato Zamprogna), particles (de la, de, da, dos,
de Jesus, von, van, Van, De, Di, Dell'), surname-only repeats, legal forms (Co., S.L., S.A., S.A.C., GmbH, AG, GmbH &
Co. KG, LLP, Lda., Ltda., S.p.A., S.r.l.), Vietnamese names with their marks in Spanish and German text, Kazakh,
Chinese and Belarusian names in Latin script, bylines, 'Más en Andina:' and '(FIN) WHC/RRC', the Deutschlandfunk
broadcast line.
People and most companies are invented (grep: new to the seeds, the non-sentinel sets and the knowledge files); towns,
regions, rivers, public bodies, parties and well-known firms and clubs are real. Written, and its gold fixed and
committed, before the extractor ran on it.
Conventions as holdout31/32: titles are no part of a name; a generic word before a place (río, Fluss, Provinz, rio,
concelho de, ilha de, puerto de, porto di, barriada de, região de, montes, cordillera del, Anschlussstelle,
Autobahnkreuz, regionale 53) is an alias; highways, bridges, parks, sanctuaries, arenas and streets are places; courts,
prosecutors, councils, parties, agencies, ministries, universities, museums, hospitals, clubs and companies are
organizations; generic units (Sala de lo Civil y Penal, Departamento de Agronomia), the 'governo de Minas Gerais' in
lowercase, journals, programmes and broad regions (Asia centrale, Südostasien, Asia) are no entities; a place named only
inside an organization's name (Leipzig in Staatsanwaltschaft Leipzig, Prado, Baden-Württemberg, Vallagarina) is not
counted. Macau is the country code MO (as countries.json has it, like HK and TW in holdout21) and not a place.
Countries: every country named or described by an adjective, also inside an organization's or a region's name
(Deutschlandfunk, Agência Brasil, Federazione Italiana, Fratelli d'Italia, Republik Kasachstan, Grande Baía Guangdong-Hong Kong-Macau),
never a city's country; demonyms of regions and towns (extremeño, andaluz, Chemnitzer, roveretana, bresciana) none."""
import os
from goldlib import P, O, L, write_gold
EFE = (O, "EFE", [])
ANSA = (O, "ANSA", [])
LUSA = (O, "Lusa", ["agência Lusa"])
AB = (O, "Agência Brasil", [])
G = {
 "690_es.txt": ("es", ["CN", "ES"], [
  (L, "Extremadura", []), (L, "Mérida", []), EFE, (O, "Junta de Extremadura", ["Junta"]),
  (P, "Remedios Cabezas Valdehita", ["Cabezas"]), (O, "Qingdao Haoyun Foods Co.", ["Qingdao Haoyun Foods"]),
  (L, "Badajoz", []), (L, "Cáceres", []),
  (O, "Ibéricos Sierra de Montánchez S.L.", ["Ibéricos Sierra de Montánchez"]),
  (O, "Dehesas del Ardila S.A.", ["Dehesas del Ardila"]), (P, "Zhou Wenkai", []),
  (O, "Asociación Interprofesional del Cerdo Ibérico", ["Asici"]), (P, "Tomás Gallardo de la Rosa", []),
  (L, "Algeciras", ["puerto de Algeciras"]), (L, "Qingdao", []), (L, "Cantón", []),
  (O, "Administración General de Aduanas de China", ["GACC"]),
  (O, "Ministerio de Agricultura, Pesca y Alimentación", []), (L, "Jerez de los Caballeros", []),
  (P, "Eusebio Lavado Nieto", ["Lavado"]), (L, "Ardila", ["río Ardila"]), (L, "Madrid", []), (L, "Pekín", []),
  (O, "Interporc", [])]),
 "691_es.txt": ("es", [], [
  (L, "Sevilla", ["SEVILLA"]), (O, "Europa Press", ["EUROPA PRESS"]),
  (O, "Tribunal Superior de Justicia de Andalucía", ["TSJA"]),
  (L, "Los Palacios y Villafranca", ["Los Palacios"]),
  (P, "Fernando Jesús Calderón de Ahumada", ["Calderón"]),
  (O, "Construcciones Hermanos Barbadillo S.L.", ["Construcciones Hermanos Barbadillo"]),
  (O, "Audiencia Provincial de Sevilla", ["Sección Cuarta de la Audiencia Provincial de Sevilla"]),
  (P, "Inmaculada Roldán Sotomayor", []), (L, "El Trobal", ["barriada de El Trobal"]),
  (L, "avenida de Las Marismas", ["Las Marismas"]), (P, "Joaquín Eloy Montaño", []), (O, "Izquierda Unida", []),
  (O, "Fiscalía Provincial de Sevilla", []), (P, "Rocío Galindo Almansa", []),
  (O, "Ayuntamiento de Los Palacios y Villafranca", []), (O, "Tribunal Supremo", [])]),
 "692_es.txt": ("es", ["PE", "VN"], [
  (L, "Lima", []), (O, "Andina", ["ANDINA", "Agencia Andina"]),
  (O, "Servicio Nacional de Sanidad Agraria", ["Senasa"]), (P, "Wilfredo Huamán Cárdenas", ["Huamán"]),
  (L, "Hanói", []), (O, "Departamento de Protección Vegetal", []),
  (O, "Ministerio de Agricultura y Medio Ambiente de Vietnam", ["Ministerio de Agricultura y Medio Ambiente"]),
  (L, "La Libertad", []), (L, "Lambayeque", []), (L, "Áncash", []), (L, "Ica", []),
  (L, "Callao", ["puerto del Callao"]), (L, "Ciudad Ho Chi Minh", []),
  (O, "Asociación de Productores de Arándanos del Perú", ["Proarándanos"]), (P, "Milagros Ticona de la Cruz", []),
  (O, "Agroexportadora Santa Felicia S.A.C.", ["Agroexportadora Santa Felicia"]), (L, "Chao", []),
  (P, "Trần Quốc Hiệp", []), (L, "Trujillo", []), (O, "Ministerio de Desarrollo Agrario y Riego", ["Midagri"])]),
 "693_es.txt": ("es", ["KZ", "RU"], [
  (L, "Sierra Nevada", []), (L, "Granada", []), EFE, (O, "Universidad de Granada", []),
  (O, "Estación Experimental del Zaidín", []), (O, "Consejo Superior de Investigaciones Científicas", ["CSIC"]),
  (L, "Veleta", []), (L, "Mulhacén", []), (L, "Parque Nacional de Sierra Nevada", []),
  (P, "Leire Urkiza Bengoetxea", ["Urkiza"]), (L, "Altái", ["montes Altái", "cordillera del Altái"]),
  (P, "Andrés Peláez del Moral", ["Peláez"]), (O, "Universidad Al-Farabi", ["Universidad Al-Farabi de Almaty"]),
  (L, "Almaty", []), (O, "Consejería de Sostenibilidad y Medio Ambiente", []), (L, "Laguna de la Caldera", []),
  (L, "Genil", ["río Genil"]), (O, "Agencia Estatal de Investigación", []), (O, "Fundación BBVA", [])]),
 "694_de.txt": ("de", ["BY", "KZ"], [
  (L, "Chemnitz", []), (O, "dpa", ["dpa/sn", "Deutsche Presse-Agentur"]),
  (O, "Kallweit Präzisionstechnik GmbH", ["Kallweit Präzisionstechnik", "Kallweit"]), (L, "Grodno", []),
  (P, "Ulrike Sandmann-Lorenz", []), (O, "Staatsanwaltschaft Leipzig", []), (O, "Grodnoprommasch", []),
  (O, "Zollfahndungsamt Dresden", []), (L, "Zwickau", []), (O, "Kallweit Holding AG", ["Kallweit Holding"]),
  (P, "Bernd van Delden", ["Van Delden"]),
  (O, "Bundesamt für Wirtschaft und Ausfuhrkontrolle", ["Bundesamts für Wirtschaft und Ausfuhrkontrolle", "Bafa"]),
  (L, "Eschborn", []), (O, "Industrie- und Handelskammer Chemnitz", []), (L, "Freiberg", []),
  (P, "Sven-Olaf Wündrich", []), (L, "Minsk", []), (L, "Brest", [])]),
 "695_de.txt": ("de", ["DE", "FR", "VN"], [
  (O, "Museum Fünf Kontinente", []), (L, "München", []), (P, "Friederike Achenbach-Stoll", []),
  (P, "Tạ Quang Thiều", []), (L, "Mã", ["Fluss Mã"]), (L, "Thanh Hóa", ["Provinz Thanh Hóa"]),
  (O, "Deutschlandfunk", []), (O, "Bayerisches Staatsministerium für Wissenschaft und Kunst", ["Bayerische Staatsministerium für Wissenschaft und Kunst"]),
  (O, "Deutsches Zentrum Kulturgutverluste", ["Deutsche Zentrum Kulturgutverluste"]), (L, "Magdeburg", []),
  (O, "Nationalmuseum für vietnamesische Geschichte", []), (L, "Hanoi", []),
  (P, "Konrad von Hirschberg-Dallmayr", []), (O, "Ludwig-Maximilians-Universität München", []),
  (L, "Leipzig", []), (L, "Stuttgart", [])]),
 "696_de.txt": ("de", [], [
  (L, "Haisterkirch", []), (P, "Katrin Mahlenbrey", []), (L, "Bad Waldsee", []),
  (O, "Gemeinderat von Bad Waldsee", ["Gemeinderat"]), (L, "Kreisstraße 7934", []),
  (P, "Carola Hägele-Wiedmann", []), (O, "Unfallkasse Baden-Württemberg", []),
  (O, "Freie Wähler", ["Freien Wähler"]), (P, "Egon Fischbach", ["Fischbach"]), (O, "CDU", []), (O, "Grüne", []),
  (O, "Holzbau Rimmele GmbH & Co. KG", ["Holzbau Rimmele"]), (L, "Bad Wurzach", []), (P, "Sigrid van Heesch", []),
  (O, "Regierungspräsidium Tübingen", []), (P, "Tobias Riedlinger", []), (L, "Michelwinnaden", []),
  (O, "Landratsamt Ravensburg", [])]),
 "697_de.txt": ("de", ["KZ"], [
  (L, "Regensburg", ["Autobahnkreuz Regensburg"]), (O, "dpa", ["dpa/lby", "Deutsche Presse-Agentur"]),
  (L, "A3", ["Autobahn 3"]), (L, "Nittendorf", ["Anschlussstelle Nittendorf"]), (L, "Regensburg-West", []),
  (O, "Polizeipräsidium Oberpfalz", []), (O, "Universitätsklinikum Regensburg", []),
  (O, "Aral Trans Logistics LLP", ["Aral Trans Logistics"]), (L, "Almaty", []), (L, "Nürnberg", []),
  (L, "Linz", []), (O, "Staatsanwaltschaft Regensburg", []), (L, "Passau", []), (L, "Naabtalbrücke", []),
  (L, "Pielenhofen", []), (P, "Markus Gmeinwieser", []), (P, "Aigerim Sarsenbayeva", []),
  (L, "Frankfurt am Main", []), (O, "Autobahn GmbH des Bundes", []), (L, "Donau", [])]),
 "698_pt.txt": ("pt", ["AO", "BR", "CN", "ES", "HK", "MO", "PT"], [
  LUSA, (O, "Feira Internacional de Macau", ["MIF"]),
  (L, "Grande Baía Guangdong-Hong Kong-Macau", ["Grande Baía"]),
  (O, "Agência para o Investimento e Comércio Externo de Portugal", ["AICEP"]), (O, "ViniPortugal", []),
  (P, "Frederico Sottomayor da Cunha", []),
  (O, "Instituto de Promoção do Comércio e do Investimento de Macau", ["IPIM"]), (L, "Douro", []),
  (L, "Alentejo", []), (O, "Casa Agrícola Soares Vilalva, Lda.", ["Casa Agrícola Soares Vilalva"]),
  (L, "Reguengos de Monsaraz", []), (O, "Guangdong Hengxin Trading Co.", ["Guangdong Hengxin Trading"]),
  (L, "Cantão", []), (P, "Mariana dos Reis Amaral", []), (P, "Inês Sarmento Botelho", ["Sarmento Botelho"]),
  (O, "Fórum para a Cooperação Económica e Comercial entre a China e os Países de Língua Portuguesa", ["Fórum Macau"]),
  (L, "Hengqin", ["ilha de Hengqin"]),
  (O, "Governo da Região Administrativa Especial de Macau", []), (P, "Leong Kam Fai", [])]),
 "699_pt.txt": ("pt", [], [
  (L, "Braga", []), LUSA, (O, "Tribunal de Braga", []), (O, "Junta de Freguesia de Prado", []),
  (L, "Vila Verde", ["concelho de Vila Verde"]), (O, "Juízo Central Criminal de Braga", []),
  (P, "José Carlos Magalhães Antunes", ["Magalhães Antunes"]),
  (O, "Cávado Obras - Construção Civil, Lda.", ["Cávado Obras - Construção Civil", "Cávado Obras"]),
  (P, "Teresa de Jesus Portela", []), (O, "Ministério Público", []),
  (O, "Polícia Judiciária", ["Polícia Judiciária de Braga"]), (O, "PS", []), (P, "Nuno Queirós dos Santos", []),
  (O, "Tribunal da Relação de Guimarães", []), (P, "Albino Fontes Barbosa", []), (L, "Cávado", ["rio Cávado"]),
  (O, "Câmara Municipal de Vila Verde", [])]),
 "700_pt.txt": ("pt", ["BR"], [
  (L, "BR-381", []), (L, "Minas Gerais", []), (P, "Léa Gondim Albuquerque", []), AB, (L, "Belo Horizonte", []),
  (L, "João Monlevade", []), (L, "Ipatinga", []), (L, "Vale do Aço", []),
  (L, "Santuário Nacional de Aparecida", []), (L, "São Paulo", []),
  (O, "Polícia Rodoviária Federal", ["PRF"]), (L, "Curva do Cotovelo", []), (P, "Ademar Lúcio de Paula Neto", []),
  (O, "Hospital Margarida", []), (O, "Hospital João XXIII", []),
  (O, "Corpo de Bombeiros Militar de Minas Gerais", []),
  (O, "Viação Serra do Cipó Ltda.", ["Viação Serra do Cipó"]),
  (O, "Agência Nacional de Transportes Terrestres", ["ANTT"]), (P, "Wanderson Calixto Fagundes", []),
  (O, "Defesa Civil", []), (L, "Governador Valadares", []), (O, "Nova 381", []),
  (O, "Departamento Nacional de Infraestrutura de Transportes", ["DNIT"])]),
 "701_pt.txt": ("pt", ["BR", "KZ"], [
  (O, "Embrapa", ["Empresa Brasileira de Pesquisa Agropecuária"]),
  (O, "Universidade Nacional Agrária do Cazaquistão", []), (P, "Rodrigo Tavares Pimentel", []), AB,
  (L, "Brasília", []), (O, "Ministério da Agricultura e Pecuária", []),
  (P, "Juliana Bettio Scheffer", ["Scheffer"]), (O, "Embrapa Trigo", []), (L, "Passo Fundo", []),
  (P, "Gulnara Zhaksylykova", []), (L, "Almaty", []), (L, "Cerrado", []), (L, "Planaltina", []),
  (L, "Kostanay", ["região de Kostanay"]),
  (O, "Fundação de Apoio à Pesquisa do Distrito Federal", ["FAPDF"]), (P, "Yerzhan Baimukhanov", []),
  (O, "Mercosul", []), (O, "Embrapa Cerrados", []), (P, "Márcio Tadeu Valadão", []),
  (O, "Organização das Nações Unidas para a Alimentação e a Agricultura", ["FAO"]),
  (O, "Ministério do Desenvolvimento, Indústria, Comércio e Serviços", [])]),
 "702_it.txt": ("it", ["CN", "KZ", "UZ"], [
  (O, "Officine Meccaniche Zanetti Franchi S.p.A.",
   ["Officine Meccaniche Zanetti Franchi", "Zanetti Franchi", "Officine Zanetti"]),
  (L, "Lumezzane", []), (L, "Brescia", ["BRESCIA"]), ANSA, (L, "Val Trompia", []), (L, "Astana", []),
  (O, "Qaraghandy Metall Zauyty", []), (L, "Temirtau", []), (P, "Pierluigi Bonometti", []),
  (P, "Dauren Kassymbekov", []), (O, "Sace", []), (O, "Agenzia ICE", []), (O, "Confindustria Brescia", []),
  (P, "Giacomo Pedrali Noy", []), (L, "Lombardia", []), (O, "Regione Lombardia", []),
  (L, "Villa Carcina", []), (P, "Battista Zanetti", []), (O, "Fiom-Cgil", [])]),
 "703_it.txt": ("it", ["CN", "VN"], [
  (L, "Lecce", ["LECCE"]), ANSA, (O, "Provincia di Lecce", []), (O, "Tribunale di Lecce", []),
  (P, "Annamaria Quarta Colosso", []), (O, "Procura di Lecce", []),
  (O, "Salento Ecoservizi S.r.l.", ["Salento Ecoservizi"]), (L, "Galatina", []),
  (L, "Taranto", ["porto di Taranto"]), (L, "Haiphong", []), (L, "Ningbo", []),
  (P, "Cosimo Damiano De Pascalis", ["De Pascalis"]), (P, "Vito Antonio Scarciglia", []),
  (P, "Ornella Dell'Anna", []), (P, "Michele Di Staso", []),
  (O, "Agenzia delle Dogane e dei Monopoli", []), (O, "Nucleo operativo ecologico", ["Noe"]),
  (P, "Luigi Rizzello Mangia", []), (O, "Regione Puglia", []), (O, "Comune di Galatina", []),
  (O, "Legambiente", []), (P, "Raffaella Guarini Spada", [])]),
 "704_it.txt": ("it", ["IT"], [
  (L, "Castelfranco Veneto", ["Castelfranco", "CASTELFRANCO VENETO"]), (L, "Musone", []),
  (P, "Giulia Benedetton", []), (O, "consiglio comunale di Castelfranco Veneto", []),
  (L, "Salvatronda", []), (O, "Regione Veneto", []),
  (P, "Alessandro Bortolato Zamprogna", ["Bortolato"]), (P, "Michela De Zen", []),
  (O, "Costruzioni Gazzola Bernardi S.r.l.", ["Costruzioni Gazzola Bernardi"]), (L, "Riese Pio X", []),
  (O, "Fratelli d'Italia", []), (O, "Castelfranco al Centro", []), (P, "Renato Pellizzari", []),
  (O, "Partito Democratico", []), (O, "Consorzio di bonifica Piave", []),
  (O, "Veneto Strade S.p.A.", ["Veneto Strade"]), (L, "Postumia", ["regionale 53 Postumia"]),
  (L, "Vedelago", []), (L, "Treviso", []), (O, "Provincia di Treviso", [])]),
 "705_it.txt": ("it", ["BY", "IT", "PL"], [
  (P, "Darya Kavalenka", ["Kavalenka", "Darya"]), (O, "Lagarina Volley", []), (L, "Rovereto", ["ROVERETO"]),
  (P, "Paolo Tomasoni", []), (O, "Budowlani Łódź", []), (O, "Minchanka Minsk", []), (L, "PalaMarchetti", []),
  (O, "Pallavolo Alta Valsugana", []), (L, "Trentino", []), (P, "Chiara Zeni Oberosler", []),
  (P, "Maurizio Dalbosco", []), (P, "Flavio Cont", []), (O, "Federazione Italiana Pallavolo", ["Fipav"]),
  (P, "Ermanno Vettori Broll", ["Vettori"]), (O, "Cassa Rurale Vallagarina", []),
  (P, "Giorgio Marzadro Prosser", []), (L, "Sacco", []), (L, "Adige", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout40", "holdout40-gold.json", G)
