#!/usr/bin/env python3
"""gen-cuts.py ROOT OUT N SEED: whole articles of scripts/entity-unseen/*/ and seeds/ cut short: the text ends right after a
random word (half the time with the title and a blank line kept above it), or starts right before one. A rule that reads
the token after its cue word traps when the cue is the text's last word; whole articles end in a full stop, which hides
such reads (the h18French trap, session 34: an institution's field list cut at "et")."""
import os, sys, random, glob, re
root, out, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)
os.makedirs(out, exist_ok=True)
paths = sorted(glob.glob(os.path.join(root, "scripts/entity-unseen/*/*.txt")) + glob.glob(os.path.join(root, "seeds/*.txt")))
for i in range(n):
    p = rng.choice(paths)
    t = open(p, encoding="utf-8").read()
    title, _, body = t.partition("\n\n")
    # Word ends (Latin, Cyrillic, Arabic…: after a letter before a space or mark; Han: after any character).
    ends = [m.end() for m in re.finditer(r"\w+", body)]
    if not ends: continue
    if rng.random() < 0.75:
        cut = body[:rng.choice(ends)]
    else:
        starts = [m.start() for m in re.finditer(r"\w+", body)]
        cut = body[rng.choice(starts):]
    text = title + "\n\n" + cut if rng.random() < 0.5 else cut
    m = re.search(r"_([a-z]{2})\.txt$", p); lang = m.group(1) if m else "xx"
    with open(os.path.join(out, "k%05d_%d_%s.txt" % (i, seed, lang)), "w", encoding="utf-8") as f: f.write(text)
print(n)
