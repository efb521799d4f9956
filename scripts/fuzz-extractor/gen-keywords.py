#!/usr/bin/env python3
"""gen-keywords.py ROOT OUTDIR N SEED: texts ending right at (or one token after) a word the rules look for."""
import os, sys, random, re, glob
root, out, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)
os.makedirs(out, exist_ok=True)
# The words the rules look for: keys asked by keyIs & co., and every short string literal of the rule files.
src = ""
for f in sorted(glob.glob(os.path.join(root, "Sources/BulletinKit/Entities/*.swift"))):
    src += "".join(l for l in open(f, encoding="utf-8") if not l.lstrip().startswith("///"))
kw = sorted({m for m in re.findall(r'(?:keyIs|keyStarts|isWord|isMark|textIsMark|at|atScalars|keyEquals)\([^,()]*,? ?"([^"]+)"', src)})
lit = sorted({m for m in re.findall(r'"([^"\\]{1,30})"', src) if m.strip()})
bylang = {}
for p in glob.glob(os.path.join(root, "scripts/entity-unseen/*/*.txt")) + glob.glob(os.path.join(root, "seeds/*.txt")):
    m = re.search(r"_([a-z]{2})\.txt$", p); lang = m.group(1) if m else "xx"
    for s in re.split(r"(?<=[.!?])\s+|(?<=[。！？])|\n+", open(p, encoding="utf-8").read()):
        if s.strip(): bylang.setdefault(lang, []).append(s.strip())
langs = sorted(bylang)
caps = [w for ss in bylang.values() for s in ss[::7] for w in s.split() if w[:1].isupper() and len(w) > 1][:20000]
def words(): return rng.choice(lit) if rng.random() < 0.6 else rng.choice(kw)
def prefix():
    s = rng.choice(bylang[rng.choice(langs)])
    if " " in s:
        ws = s.split(); return " ".join(ws[:rng.randrange(0, len(ws) + 1)])
    return s[:rng.randrange(0, len(s) + 1)]
def cap(w): return w[:1].upper() + w[1:]
for i in range(n):
    parts = [prefix()]
    for _ in range(rng.randint(1, 4)):
        r = rng.random()
        if r < 0.35: parts.append(words())
        elif r < 0.5: parts.append(cap(words()))
        elif r < 0.75: parts.append(rng.choice(caps))
        elif r < 0.85: parts.append(words().upper())
        else: parts.append(rng.choice(["-", "«", "(", "「", "،", ",", "—", "de", "of", "и", "và", "و", "的"]))
    sep = "" if rng.random() < 0.2 else " "
    text = sep.join(p for p in parts if p)
    if rng.random() < 0.15: text = text + rng.choice(["-", "–", "«", "„", "(", "「", "«", ",", "'", "’"])
    open(os.path.join(out, "g%05d_%d.txt" % (i, seed)), "w", encoding="utf-8").write(text)
