#!/usr/bin/env python3
"""Writes holdout5-gold.json for the articles in holdout5/ (same format and conventions as make-gold.py).
holdout5 was written in session 5 for the Latin-script and Vietnamese rules, and scored once before any change
for it: Angola and Portugal (Portuguese), Italy and Albania (Italian), Canada and Japan, a German economics story,
a Vietnamese provincial story (Nghệ An, NFC), Vietnam and Australia (Vietnamese in NFD), Cameroon and Chad,
Colombia and Ecuador. Entities are (type, canonical, [aliases...]): inflected forms seen in the text and the
spellings a careful reader would accept; titles are not part of a name, generic words before a place are aliases;
a place inside a longer name (Afrique centrale, América Latina y el Caribe, Cần Thơ) is not an entity of its own."""
import os
from goldlib import P, O, L, write_gold
G = {
 "61_pt.txt": ("pt", ["AO", "PT", "CD", "ZM"], [
  (L, "Luanda", []), (O, "Lusa", ["agência Lusa"]), (L, "Lobito", ["porto do Lobito"]),
  (O, "Caminhos de Ferro de Benguela", ["CFB", "Benguela Railway"]), (L, "Luau", []),
  (L, "Moxico", ["província do Moxico"]), (P, "Joaquim Sebastião Kapinga", []),
  (O, "Banco Europeu de Investimento", ["BEI", "European Investment Bank", "EIB"]),
  (P, "Maria Teresa Vaz de Carvalho", []), (O, "Mota-Engil", []),
  (O, "Agência para o Investimento e Comércio Externo de Portugal", ["AICEP"]),
  (P, "J. A. Fernandes", ["J.A. Fernandes"]), (O, "Universidade Católica de Angola", ["Catholic University of Angola"]),
  (L, "Benguela", []), (L, "Huambo", []), (L, "Cuíto", ["Kuito"])]),
 "62_it.txt": ("it", ["IT", "AL", "ME"], [
  (L, "Tirana", []), (L, "Brindisi", []), (L, "Valona", ["Vlorë", "Vlora"]), (P, "Lorenzo Dal Monte", []),
  (O, "Terna", []), (O, "Cassa depositi e prestiti", ["CDP"]),
  (O, "Banca europea per la ricostruzione e lo sviluppo", ["BERS", "EBRD", "European Bank for Reconstruction and Development"]),
  (P, "Elira Hoxha-Kola", []), (L, "Drin", ["fiume Drin"]), (P, "Giulia De Santis", []), (L, "Puglia", ["Apulia"]),
  (O, "OST", []), (L, "Durazzo", ["Durrës", "Durres"])]),
 "63_en.txt": ("en", ["CA", "JP", "MY", "US"], [
  (L, "Vancouver", []), (O, "LNG Canada", []), (L, "Kitimat", []), (L, "British Columbia", ["B.C.", "BC"]),
  (P, "Catherine McKenzie-Leblanc", []), (O, "Shell", ["Shell plc"]), (O, "Petronas", []),
  (O, "Mitsubishi Corp", ["Mitsubishi", "Mitsubishi Corporation"]),
  (O, "Japan Bank for International Cooperation", ["JBIC"]), (P, "Sean P. Donnelly", ["Sean Donnelly"]),
  (P, "Martha O'Neill", []), (O, "RBC Capital Markets", []), (L, "Calgary", []), (L, "Tokyo Bay", []),
  (L, "Gulf Coast", ["U.S. Gulf Coast"]), (O, "Canada Energy Regulator", [])]),
 "64_de.txt": ("de", ["DE", "US", "CN", "FR", "IT"], [
  (L, "Frankfurt am Main", ["Frankfurt"]), (O, "Deutsche Bundesbank", ["Bundesbank"]), (P, "Matthias Overbeck", []),
  (L, "Baden-Württemberg", []), (O, "Verband der Automobilindustrie", ["VDA"]), (P, "Hildegard Sommer-Brandt", []),
  (L, "Stuttgart", []), (L, "Ingolstadt", []), (O, "BASF", []), (L, "Ludwigshafen", []),
  (P, "Klaus-Peter Wendt", []), (O, "ifo Institut", ["ifo", "Ifo-Institut", "ifo Institute"]), (L, "München", ["Munich"]),
  (O, "Kreditanstalt für Wiederaufbau", ["KfW"]),
  (O, "Bundesministerium für Wirtschaft und Energie", ["Bundesministeriums für Wirtschaft und Energie",
                                                       "Federal Ministry for Economic Affairs and Energy"]),
  (L, "Berlin", [])]),
 "65_vi.txt": ("vi", ["VN", "KR"], [
  (L, "Nghệ An", ["tỉnh Nghệ An"]),
  (O, "Ủy ban nhân dân tỉnh Nghệ An", ["UBND tỉnh Nghệ An", "Ủy ban nhân dân tỉnh", "UBND tỉnh", "UBND"]),
  (L, "Quỳnh Lưu", ["huyện Quỳnh Lưu"]), (O, "Doosan Enerbility", ["Tập đoàn Doosan Enerbility", "Doosan"]),
  (O, "Công ty cổ phần Năng lượng Bắc Trung Bộ", ["Năng lượng Bắc Trung Bộ"]), (L, "Vinh", ["thành phố Vinh"]),
  (P, "Hồ Sỹ Phong", []), (L, "Hoàng Mai", ["thị xã Hoàng Mai"]), (P, "Park Ji-hoon", []), (L, "Changwon", []),
  (L, "Cửa Lò", ["cảng Cửa Lò"]), (O, "Tập đoàn Điện lực Việt Nam", ["EVN", "Điện lực Việt Nam"]),
  (P, "Lê Thị Thu Hà", []), (O, "Sở Công Thương Nghệ An", ["Sở Công Thương"]),
  (O, "Bộ Quốc phòng", ["Ministry of National Defence"])]),
 "66_vi.txt": ("vi", ["VN", "AU"], [
  (L, "Hà Nội", ["Hanoi"]),
  (O, "Bộ Lao động - Thương binh và Xã hội", ["Bộ Lao động, Thương binh và Xã hội", "Bộ Lao động-Thương binh và Xã hội",
                                               "Ministry of Labour, Invalids and Social Affairs", "MOLISA"]),
  (O, "Bộ Ngoại giao và Thương mại Australia", ["DFAT", "Department of Foreign Affairs and Trade"]),
  (P, "Vũ Trọng Khải", []), (L, "Đồng bằng sông Cửu Long", ["Mekong Delta"]), (P, "Rebecca Whitfield", []),
  (O, "Đại học RMIT Việt Nam", ["Đại học RMIT", "RMIT", "RMIT University Vietnam"]),
  (O, "Trường Cao đẳng Kỹ thuật Cao Thắng", ["Cao đẳng Kỹ thuật Cao Thắng"]),
  (L, "TP.HCM", ["TP HCM", "Thành phố Hồ Chí Minh", "Ho Chi Minh City"]), (P, "Phạm Minh Quân", []),
  (O, "Trường Đại học Cần Thơ", ["Đại học Cần Thơ", "Can Tho University"]), (L, "Victoria", ["bang Victoria"]),
  (L, "Adelaide", ["thành phố Adelaide"])]),
 "67_fr.txt": ("fr", ["CM", "TD", "CF"], [
  (L, "Yaoundé", []), (L, "Douala", ["port de Douala"]), (L, "N'Djamena", ["Ndjamena"]),
  (P, "Jean-Baptiste Ngoumou Ebanda", []), (L, "Ngaoundéré", []), (L, "Adamaoua", ["région de l'Adamaoua"]),
  (O, "Banque africaine de développement", ["BAD", "African Development Bank", "AfDB"]),
  (P, "Mahamat Abakar Djibrine", []), (O, "Port autonome de Douala", ["PAD"]), (P, "Alain-Michel Essomba", []),
  (O, "Communauté économique et monétaire de l'Afrique centrale", ["CEMAC", "Economic and Monetary Community of Central Africa"]),
  (L, "Bangui", []), (O, "Camrail", [])]),
 "68_es.txt": ("es", ["CO", "EC"], [
  (L, "Bogotá", []), (L, "Ipiales", []), (L, "Tulcán", []), (P, "María del Pilar Restrepo Uribe", []),
  (O, "Corporación Eléctrica del Ecuador", ["Celec EP", "Celec", "CELEC"]), (L, "Quito", []),
  (L, "Carchi", ["provincia de Carchi"]), (O, "Interconexión Eléctrica S.A.", ["ISA", "Interconexión Eléctrica"]),
  (P, "Jorge Iván Londoño", []),
  (O, "Banco de Desarrollo de América Latina y el Caribe", ["CAF", "Development Bank of Latin America and the Caribbean"]),
  (O, "Agencia de Regulación y Control de Energía y Recursos Naturales no Renovables", ["ARCERNNR"]),
  (L, "Nariño", ["departamento de Nariño"])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout5", "holdout5-gold.json", G)
