#!/usr/bin/env python3
"""shrink.py BIN FILE [SIG]: delta-debug FILE's text to a small text that still crashes (same crash site SIG if given)."""
import os, sys, subprocess, tempfile, shutil
WORK = os.environ.get("FUZZ_WORK", "/tmp/fuzz-extractor")
for _d in ("found", "cache", "tmp"): os.makedirs(os.path.join(WORK, _d), exist_ok=True)
BIN, F = sys.argv[1], sys.argv[2]
SIG = sys.argv[3] if len(sys.argv) > 3 else None
env = dict(os.environ, XDG_CACHE_HOME=os.path.join(WORK, "cache"), LC_ALL="C.UTF-8",
           SWIFT_BACKTRACE="enable=yes,color=no,symbolicate=fast" if SIG else "enable=no")
d = tempfile.mkdtemp(dir=os.path.join(WORK, "tmp"))
cache = {}
def crashes(text):
    if text in cache: return cache[text]
    if not text.strip(): return False
    p = os.path.join(d, "x.txt")
    open(p, "w", encoding="utf-8").write(text)
    r = subprocess.run([BIN, "list", "--json", "--no-index", d], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, timeout=300)
    ok = r.returncode < 0 or r.returncode >= 128
    if ok and SIG: ok = SIG in r.stderr.decode("utf-8", "replace")
    cache[text] = ok
    return ok

def ddmin(units, join):
    n = 2
    while len(units) >= 2:
        chunk = max(1, len(units) // n)
        reduced = False
        for i in range(0, len(units), chunk):
            cand = units[:i] + units[i + chunk:]
            if cand and crashes(join(cand)):
                units = cand; n = max(n - 1, 2); reduced = True; break
        if not reduced:
            if n >= len(units): break
            n = min(len(units), n * 2)
    return units

text = open(F, encoding="utf-8").read()
assert crashes(text), "does not crash"
lines = ddmin(text.split("\n"), "\n".join); text = "\n".join(lines)
import re
for _ in range(2):
    words = re.split(r"(?<= )", text)  # keep spaces attached
    words = ddmin(words, "".join); text = "".join(words)
    chars = ddmin(list(text), "".join); text = "".join(chars)
shutil.rmtree(d)
print(repr(text))
open(F + ".min", "w", encoding="utf-8").write(text)
