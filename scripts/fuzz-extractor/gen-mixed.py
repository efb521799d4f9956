#!/usr/bin/env python3
"""gen-mixed.py ROOT OUTDIR N SEED: write N fuzz article files mixing real text from
ROOT/scripts/entity-unseen/*/ and ROOT/seeds/ with mutations that stress token-index arithmetic."""
import os, sys, random, re, glob, unicodedata, collections

root, out, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)
os.makedirs(out, exist_ok=True)

paths = sorted(glob.glob(os.path.join(root, "scripts/entity-unseen/*/*.txt")) + glob.glob(os.path.join(root, "seeds/*.txt")))
paras, sents = [], []
bylang = collections.defaultdict(list)
for p in paths:
    m = re.search(r"_([a-z]{2})\.txt$", p)
    lang = m.group(1) if m else "xx"
    try:
        t = open(p, encoding="utf-8").read()
    except Exception:
        continue
    for para in re.split(r"\n\s*\n", t):
        para = para.strip()
        if not para:
            continue
        paras.append(para)
        # sentences: split after . ! ? 。！？ followed by space or not (CJK)
        for s in re.split(r"(?<=[.!?])\s+|(?<=[。！？])", para):
            s = s.strip()
            if s:
                sents.append(s)
                bylang[lang].append(s)

TOK = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.U)
def toks(s):
    return TOK.findall(s)

# cue words (token before a capitalized word) and name runs (capitalized words)
cue = collections.Counter(); caps = collections.Counter()
for s in sents[::3]:
    ws = s.split()
    for i in range(len(ws) - 1):
        w, nx = ws[i].strip(",.;:«»\"()“”„"), ws[i + 1]
        if nx[:1].isupper() and w and w[:1].islower():
            cue[w] += 1
        if w[:1].isupper() and len(w) > 1:
            caps[w] += 1
cues = [w for w, _ in cue.most_common(3000)]
names = [w for w, _ in caps.most_common(8000)]

PUNCT = ["-", "—", "–", "«", "»", "„", "“", "”", "\"", "'", "(", ")", "[", "]", "·", "・", "、", "，", "。", ":", ";", ",", ".", "...", "…", "/", "&", "@", "#", "%", "‹", "›", "‘", "’", "<<", "--", "-«", "»-", "（", "）", "《", "》", "「", "」", "،", "؟", "‐", "‑"]
SEPS = [",", "-", "—", ".", ";", ":", "·", "、", " ", "\n", "  ", "\t", "/"]

def cut_tokens(s):
    ws = s.split()
    if len(ws) < 2:
        return s
    r = rng.random()
    i = rng.randrange(1, len(ws))
    if r < 0.5:
        return " ".join(ws[:i])
    if r < 0.8:
        return " ".join(ws[i:])
    j = rng.randrange(i, len(ws) + 1)
    return " ".join(ws[rng.randrange(0, i):j])

def cut_chars(s):
    if len(s) < 2:
        return s
    i = rng.randrange(1, len(s))
    return s[:i] if rng.random() < 0.6 else s[i:]

def cut_after_cap(s):
    """end a text right after a capitalized word (title word / name at the very end)"""
    ws = s.split()
    idx = [i for i, w in enumerate(ws) if w[:1].isupper()]
    if not idx:
        return s
    i = rng.choice(idx)
    w = ws[i].rstrip(",.;:!?»\")”")
    return " ".join(ws[:i] + [w])

def cut_after_cue(s):
    ws = s.split()
    idx = [i for i, w in enumerate(ws) if w.strip(",.;:") in cueset]
    if not idx:
        return s + " " + rng.choice(cues)
    i = rng.choice(idx)
    return " ".join(ws[:i + 1])

cueset = set(cues)
langs = sorted(bylang)
def pick():
    if rng.random() < 0.7:
        return rng.choice(bylang[rng.choice(langs)])
    return rng.choice(sents)

def flip_case(s):
    r = rng.random()
    if r < 0.25:
        return s.lower()
    if r < 0.45:
        return s.upper()
    ws = s.split()
    for _ in range(rng.randint(1, 3)):
        if not ws:
            break
        i = rng.randrange(len(ws))
        w = ws[i]
        ws[i] = (w[:1].swapcase() + w[1:]) if rng.random() < 0.7 else w.swapcase()
    return " ".join(ws)

def add_punct(s):
    p = rng.choice(PUNCT)
    r = rng.random()
    if r < 0.6:
        return s.rstrip() + rng.choice(["", " "]) + p
    if r < 0.8:
        return p + rng.choice(["", " "]) + s
    ws = s.split()
    if not ws:
        return p
    i = rng.randrange(len(ws) + 1)
    return " ".join(ws[:i] + [p] + ws[i:])

def glue_digits(s):
    ws = s.split()
    idx = [i for i, w in enumerate(ws) if w[:1].isupper()] or list(range(len(ws)))
    if not idx:
        return str(rng.randint(0, 3000))
    i = rng.choice(idx)
    d = str(rng.choice([1, 2, 19, 2024, 7, 100, 3000]))
    ws[i] = d + ws[i] if rng.random() < 0.5 else ws[i] + d
    return " ".join(ws)

def mix_script(s):
    ws = s.split()
    other = rng.choice(sents).split()
    if not other:
        return s
    k = rng.randint(1, min(4, len(other)))
    j = rng.randrange(0, len(other) - k + 1)
    i = rng.randrange(len(ws) + 1)
    return " ".join(ws[:i] + other[j:j + k] + ws[i:])

def insert_name(s):
    ws = s.split()
    name = " ".join(rng.choice(names) for _ in range(rng.randint(1, 3)))
    r = rng.random()
    if r < 0.4:
        return s.rstrip() + " " + name
    if r < 0.7:
        return name + " " + s
    i = rng.randrange(len(ws) + 1)
    return " ".join(ws[:i] + [rng.choice(cues), name] + ws[i:])

def repeat_sep(s):
    ws = s.split()
    if not ws:
        return rng.choice(SEPS) * rng.randint(2, 6)
    i = rng.randrange(len(ws) + 1)
    sep = rng.choice(SEPS) * rng.randint(2, 5)
    return " ".join(ws[:i]) + sep + " ".join(ws[i:])

def drop_tokens(s):
    ws = s.split()
    if len(ws) < 3:
        return s
    for _ in range(rng.randint(1, 3)):
        if len(ws) > 1:
            del ws[rng.randrange(len(ws))]
    return " ".join(ws)

def dup_tokens(s):
    ws = s.split()
    if not ws:
        return s
    i = rng.randrange(len(ws))
    return " ".join(ws[:i + 1] + ws[i:])

def nfd(s):
    return unicodedata.normalize("NFD", s)

def strip_spaces(s):
    return s.replace(" ", "") if rng.random() < 0.5 else re.sub(r"\s*([,.;:])\s*", r"\1", s)

MUT = [cut_tokens, cut_tokens, cut_chars, cut_after_cap, cut_after_cap, cut_after_cue, cut_after_cue, flip_case,
       add_punct, add_punct, glue_digits, mix_script, insert_name, insert_name, repeat_sep, drop_tokens,
       dup_tokens, nfd, strip_spaces]

def mutate(s, k=None):
    for _ in range(k if k is not None else rng.choice([0, 1, 1, 1, 2, 2, 3, 4])):
        s = rng.choice(MUT)(s)
    return s

def piece():
    r = rng.random()
    if r < 0.55:
        return mutate(pick())
    if r < 0.8:
        p = rng.choice(paras)
        ss = re.split(r"(?<=[.!?。])\s*", p)
        ss = [mutate(x) if rng.random() < 0.4 else x for x in ss if x]
        return " ".join(ss)
    if r < 0.85:
        return rng.choice(cues + names)
    if r < 0.9:
        return "".join(rng.choice(PUNCT) + rng.choice(["", " ", "\n"]) for _ in range(rng.randint(1, 8)))
    return mutate(pick(), 1)

def prefix_body():
    s = pick()
    if " " not in s.strip() or rng.random() < 0.3:
        s = s[:rng.randrange(1, len(s) + 1)]
    else:
        ws = s.split()
        s = " ".join(ws[:rng.randrange(1, len(ws) + 1)])
    if rng.random() < 0.3:
        s = rng.choice(MUT)(s)
    if rng.random() < 0.2:
        s = s + rng.choice(PUNCT)
    return s

def body():
    if rng.random() < 0.3:
        b = prefix_body()
        if rng.random() < 0.3:
            b = piece() + rng.choice(["\n\n", " "]) + b
        return b
    r = rng.random()
    if r < 0.03:
        return ""
    if r < 0.08:
        return rng.choice(cues + names + PUNCT)
    if r < 0.12:
        return "".join(rng.choice(PUNCT) for _ in range(rng.randint(1, 10)))
    if r < 0.45:
        return piece()
    parts = [piece() for _ in range(rng.randint(1, 6))]
    out = ""
    for p in parts:
        out += p + rng.choice(["\n\n", "\n\n", " ", "\n", "\n\n\n"])
    return out.rstrip() if rng.random() < 0.7 else out

def title():
    r = rng.random()
    if r < 0.3:
        return ""
    if r < 0.4:
        return rng.choice(cues + names)
    return mutate(pick(), rng.choice([0, 1, 2]))[:200]

for i in range(n):
    t, b = title(), body()
    r = rng.random()
    if r < 0.5 and t:
        text = t.replace("\n", " ") + "\n\n" + b
    elif r < 0.6:
        text = " date 2025-0%d-1%d " % (rng.randint(1, 9), rng.randint(0, 9)) + b
    else:
        text = b
    if rng.random() < 0.05:
        text = nfd(text)
    with open(os.path.join(out, "f%05d_%d.txt" % (i, seed)), "w", encoding="utf-8") as f:
        f.write(text)
print(len(paths), "source files,", len(sents), "sentences,", len(paras), "paragraphs")
