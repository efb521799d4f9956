#!/usr/bin/env python3
"""gen-cases.py ROOT OUT N SEED: whole articles of scripts/entity-unseen/*/ and seeds/ rewritten in one way each: title case
(every word capitalized), upper case, lower case, NFD, or NFD and title case. Per-word mutations (gen-mixed.py) rarely make
every word of a sentence capitalized, which is what found the l30aTurkicInnerCases trap (Azerbaijani news, title-cased)."""
import os, sys, random, glob, unicodedata, re
root, out, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)
os.makedirs(out, exist_ok=True)
paths = sorted(glob.glob(os.path.join(root, "scripts/entity-unseen/*/*.txt")) + glob.glob(os.path.join(root, "seeds/*.txt")))
modes = ["title", "upper", "lower", "nfd", "nfd-title"]
for i in range(n):
    p = rng.choice(paths); mode = rng.choice(modes)
    t = open(p, encoding="utf-8").read()
    if mode.startswith("nfd"): t = unicodedata.normalize("NFD", t)
    if mode.endswith("title"): t = t.title()
    elif mode == "upper": t = t.upper()
    elif mode == "lower": t = t.lower()
    m = re.search(r"_([a-z]{2})\.txt$", p); lang = m.group(1) if m else "xx"
    with open(os.path.join(out, "c%05d_%d_%s.txt" % (i, seed, lang)), "w", encoding="utf-8") as f: f.write(t)
print(n)
