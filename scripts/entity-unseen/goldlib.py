"""What every make-gold*.py shares: turns a table of articles into a gold file in the
format of ../../shared/eval/seeds-gold.json (score.py reads it).

G maps a file name to (language, [country codes], [(type, canonical, [aliases...]), ...])."""
import json, os, unicodedata

P, O, L = "person", "organization", "place"


def write_gold(here, folder, out_name, G):
    """Reads each article of `folder` (beside the script) for its headline and first words, and
    writes `out_name` with the gold countries and entities; the canonical name is an alias too."""
    arts = []
    for f, (lang, ctry, ents) in sorted(G.items()):
        text = open(os.path.join(here, folder, f), encoding="utf-8").read()
        head, _, body = text.partition("\n\n")
        arts.append({"file": f, "segment": 1, "headline": head.strip(), "starts_with": body.strip()[:40], "language": lang,
                     "date": None, "countries": ctry,
                     "entities": [{"type": t, "canonical": c, "aliases": [c] + a} for t, c, a in ents]})
    json.dump({"articles": arts}, open(os.path.join(here, out_name), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(arts), "articles,", sum(len(a["entities"]) for a in arts), "entities")


def check_gold(here, folder_name, G):
    """Every article has an entry and every entry a file; every alias occurs verbatim in its article (after NFC, so
    that an article in NFD is read as the gold is written), and so does the canonical name unless it is the
    dictionary form of an inflected alias (Russian nominatives, Arabic without its clitic, 'Manila' for 'MANILA');
    no alias is listed twice in one article."""
    folder = os.path.join(here, folder_name)
    files = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
    assert files == sorted(G), (files, sorted(G))
    bad, lemmas = [], []
    for f, (lang, ctry, ents) in G.items():
        assert f.split("_")[1] == lang + ".txt", f
        assert ctry == sorted(ctry) and all(len(c) == 2 and c.isupper() for c in ctry), (f, ctry)
        text = unicodedata.normalize("NFC", open(os.path.join(folder, f), encoding="utf-8").read())
        seen = set()
        for t, c, aliases in ents:
            assert t in (P, O, L), (f, t)
            found = [a for a in [c] + aliases if unicodedata.normalize("NFC", a) in text]
            if not found or any(a not in found for a in aliases):
                bad.append((f, c, [a for a in [c] + aliases if a not in found]))
            if c not in found:
                lemmas.append((f, c))
            for a in [c] + aliases:
                assert a not in seen, (f, "alias twice", a)
                seen.add(a)
    for b in bad:
        print("NOT IN ARTICLE:", *b)
    assert not bad
    print(len(lemmas), "canonical names not verbatim (dictionary forms):", ", ".join(c for _, c in lemmas))

