"""What every make-gold*.py shares: turns a table of articles into a gold file in the
format of ../../shared/eval/seeds-gold.json (score.py reads it).

G maps a file name to (language, [country codes], [(type, canonical, [aliases...]), ...])."""
import json, os

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
