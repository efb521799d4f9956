#!/usr/bin/env python3
"""Writes holdout22-gold.json for the articles in holdout22/ (same format and conventions as make-gold-holdout17.py).
A SENTINEL set: ordinary news in Spanish and German (5 es, 5 de; sport, courts, company results, health, floods in
Chile, Spain, Argentina, Colombia and Peru; company results, a fraud trial, an exhibition, a medical study and a storm
in Austria, Bavaria, Switzerland and Lower Saxony), written by the lead in session 14 and committed with its gold
before the extractor ran on it. No rule is ever fitted to it: it is scored each session, untouched, to measure how
the rules fitted to the other sets carry over to text nobody tuned on.
People, companies and small institutions are mostly invented; some real ones (EFE, dpa, APA, sda, Télam, ANFP and its
president, Colombia's health minister, Mazars, Uría Menéndez, Raiffeisen Bank International, AOK Bayern, the DFG, the
DZNE, the Senamhi, Petroperú).
Entities are (type, canonical, [aliases...]) as in the earlier sets: titles are not part of a name; generic words before
a place (río, puente, avenida de, polígono, asentamiento humano, Landkreis, Bundesstraße) are aliases; stadiums, roads,
bridges, squares and industrial estates are places; clubs, courts, prosecutors' offices, agencies, companies, banks,
stock exchanges, museums, hospitals, foundations, universities and institutes are organizations. Leagues, journals,
diseases and exhibitions are not entities. A place named only inside an organization's name (Rosario in the Bolsa de
Comercio de Rosario, Gotemburgo, Antioquia, Biobío) is not counted. Countries: every country named or described by an
adjective, also inside an organization's name (Deutsche Forschungsgemeinschaft, Fotostiftung Schweiz); not a state's
or a region's adjective (oberösterreichisch, bayerisch)."""
import os
from goldlib import P, O, L, write_gold
G = {
 "300_es.txt": ("es", ["CL", "UY", "AR"], [
  (O, "Deportes Concepción", []), (O, "Rangers de Talca", ["Rangers"]), (L, "Talca", []), (O, "EFE", []),
  (L, "estadio Fiscal", ["Fiscal"]), (P, "Matías Olivera Suárez", []), (P, "Bastián Riquelme", []),
  (P, "Franco Desábato", []), (P, "Rodrigo Sepúlveda Aránguiz", []), (O, "Coquimbo Unido", []),
  (O, "Asociación Nacional de Fútbol Profesional", ["ANFP"]), (P, "Pablo Milad", []),
  (L, "plaza de la Independencia", ["Independencia"]), (L, "Concepción", []), (P, "Héctor Muñoz Uribe", []),
  (O, "Gobierno Regional del Biobío", ["Gobierno Regional"]), (L, "estadio Ester Roa Rebolledo", ["Ester Roa Rebolledo"])]),
 "301_es.txt": ("es", [], [
  (L, "Valencia", []), (O, "EFE", []), (O, "Audiencia Provincial de Valencia", ["Audiencia Provincial"]),
  (P, "Vicente Ferrer Climent", ["Ferrer Climent"]),
  (O, "Cooperativa Agrícola San Bernardo de Alzira", ["Cooperativa Agrícola San Bernardo"]), (L, "Alzira", []),
  (O, "Citrics Ribera Alta SL", ["Citrics Ribera Alta"]), (P, "Amparo Bellver", []), (O, "Fiscalía", []),
  (O, "Mazars", []), (P, "Joaquín Sanchis Roig", []), (L, "Ribera", ["la Ribera"]), (O, "Guardia Civil", []),
  (L, "avenida de Luis Suñer", ["Luis Suñer"]), (L, "El Pla", ["polígono El Pla"]), (L, "Carcaixent", []),
  (O, "Uría Menéndez", []), (O, "Tribunal Supremo", []), (O, "Conselleria de Agricultura", [])]),
 "302_es.txt": ("es", ["AR", "UY", "IN", "CN"], [
  (L, "Buenos Aires", []), (O, "Télam", []), (O, "Molinos del Paraná", ["Molinos del Paraná S.A."]),
  (O, "Bolsa de Comercio de Rosario", []), (P, "Esteban Giménez Larrea", []), (O, "Agrosoja Oriental", []),
  (L, "Nueva Palmira", []), (L, "Colonia", ["departamento de Colonia"]),
  (O, "Comisión de Promoción y Defensa de la Competencia", []), (O, "Ferreres y Asociados", []),
  (O, "Bolsa y Mercados Argentinos", ["BYMA"]), (L, "San Lorenzo", []), (L, "Santa Fe", ["provincia de Santa Fe"]),
  (O, "Cámara de la Industria Aceitera de la República Argentina", ["CIARA"])]),
 "303_es.txt": ("es", ["CO", "SE"], [
  (L, "Medellín", []), (O, "EFE", []), (O, "Hospital Pablo Tobón Uribe", []), (L, "Rionegro", []),
  (P, "María Camila Restrepo Ochoa", []), (P, "Andrés Felipe Zuluaga", ["Zuluaga"]),
  (O, "Hospital Universitario de Gotemburgo", []), (O, "Instituto Nacional de Salud", ["INS"]),
  (O, "Universidad de Antioquia", []), (P, "Guillermo Jaramillo", []),
  (O, "Secretaría de Salud de Antioquia", ["Secretaría de Salud"])]),
 "304_es.txt": ("es", ["PE"], [
  (L, "Piura", []), (O, "EFE", []), (L, "Tumbes", []), (O, "Instituto Nacional de Defensa Civil", ["Indeci"]),
  (L, "Chira", ["río Chira"]), (L, "Sullana", []), (L, "Nueva Esperanza", ["asentamiento humano Nueva Esperanza"]),
  (L, "Zarumilla", ["río Zarumilla"]), (L, "puente Bolsico", ["Bolsico"]),
  (O, "Servicio Nacional de Meteorología e Hidrología", ["Senamhi"]), (P, "Karina Alvarado Nizama", []),
  (P, "Luz Gálvez Chumacero", []), (L, "Panamericana Norte", []), (L, "Máncora", []), (O, "Petroperú", []),
  (L, "Talara", ["refinería de Talara"])]),
 "305_de.txt": ("de", ["SI", "DE"], [
  (L, "Linz", []), (O, "APA", []), (O, "Hollerer Hebetechnik AG", ["Hollerer Hebetechnik", "Hollerer"]),
  (P, "Gernot Pichlmayr", ["Pichlmayr"]), (O, "Hidromat d.o.o.", ["Hidromat"]), (L, "Celje", []), (L, "Ljubljana", []),
  (O, "Wiener Börse", []), (P, "Sabine Unterberger", []), (O, "Raiffeisen Bank International", []),
  (L, "Pasching", []), (P, "Andreas Steinkogler", []), (L, "Oberösterreich", [])]),
 "306_de.txt": ("de", [], [
  (L, "Augsburg", []), (O, "dpa", []), (O, "Landgericht Augsburg", []), (P, "Walter Brandl", ["Brandl", "Brandls"]),
  (P, "Markus Eibl", []), (O, "AOK Bayern", []), (O, "Pflegeteam Lechfeld GmbH", ["Pflegeteam Lechfeld"]),
  (L, "Königsbrunn", []), (O, "Staatsanwaltschaft Augsburg", []), (P, "Claudia Fendt", []),
  (P, "Thomas Ziegelmeier", []), (O, "Bundesgerichtshof", []), (L, "Karlsruhe", []),
  (O, "Bayerisches Landeskriminalamt", ["Bayerischen Landeskriminalamts", "Bayerischen Landeskriminalamt"]),
  (L, "Bobingen", [])]),
 "307_de.txt": ("de", ["CH"], [
  (L, "Winterthur", []), (O, "sda", []), (O, "Kunstmuseum Winterthur", []), (P, "Elsa Rüegg", ["Rüegg"]),
  (L, "Ostschweiz", []), (L, "Tessin", []), (L, "Frauenfeld", []), (P, "Livia Bachmann-Zürcher", []),
  (O, "Fotostiftung Schweiz", []),
  (O, "Schweizerisches Institut für Kunstwissenschaft", ["Schweizerischen Institut für Kunstwissenschaft", "SIK-ISEA"]),
  (L, "Zürich", []), (O, "Stiftung Volkart", []), (O, "Ernst Göhner Stiftung", []), (P, "Konrad Bitterli", []),
  (O, "Museo d'arte della Svizzera italiana", []), (L, "Lugano", [])]),
 "308_de.txt": ("de", ["DE"], [
  (L, "Göttingen", []), (O, "dpa", []), (O, "Universitätsmedizin Göttingen", []), (P, "Katrin Oberländer", []),
  (O, "Klinik für Neurologie", []), (L, "Niedersachsen", []), (L, "Hessen", []),
  (O, "Max-Planck-Institut für Multidisziplinäre Naturwissenschaften", []),
  (O, "Deutsches Zentrum für Neurodegenerative Erkrankungen", ["Deutsche Zentrum für Neurodegenerative Erkrankungen", "DZNE"]),
  (L, "Bonn", []), (P, "Jürgen Hesselbach", []), (O, "Deutsche Forschungsgemeinschaft", ["DFG"]),
  (O, "Synuclea Diagnostics GmbH", ["Synuclea Diagnostics"])]),
 "309_de.txt": ("de", ["DE"], [
  (L, "Niederbayern", []), (L, "Passau", []), (O, "dpa", []), (L, "B 20", ["Bundesstraße 20"]),
  (L, "Rottal-Inn", ["Landkreis Rottal-Inn"]), (L, "Dingolfing-Landau", []),
  (O, "Polizeipräsidium Niederbayern", []), (L, "Straubing", []), (L, "Eggenfelden", []), (L, "Rott", []),
  (L, "Marklkofen", []), (L, "Landau an der Isar", []),
  (O, "Technisches Hilfswerk", ["Technische Hilfswerk", "THW"]), (P, "Florian Haslbeck", []),
  (O, "Deutscher Wetterdienst", ["Deutsche Wetterdienst", "DWD"]), (L, "Bayerischer Wald", ["Bayerischen Wald"]),
  (P, "Michael Fahmüller", []), (L, "Pfarrkirchen", [])]),
}
write_gold(os.path.dirname(os.path.abspath(__file__)), "holdout22", "holdout22-gold.json", G)
