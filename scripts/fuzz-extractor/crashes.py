#!/usr/bin/env python3
"""crashes.py BIN DIR: run BIN list on DIR; if it crashes, bisect to one file, print it, move it to found/, repeat."""
import os, sys, subprocess, shutil, tempfile
WORK = os.environ.get("FUZZ_WORK", "/tmp/fuzz-extractor")
for _d in ("found", "cache", "tmp"): os.makedirs(os.path.join(WORK, _d), exist_ok=True)
BIN, DIR = sys.argv[1], sys.argv[2]
FOUND = os.path.join(WORK, "found"); os.makedirs(FOUND, exist_ok=True)
env = dict(os.environ, XDG_CACHE_HOME=os.path.join(WORK, "cache"), LC_ALL="C.UTF-8", SWIFT_BACKTRACE="enable=no")

def run(files, backtrace=False):
    d = tempfile.mkdtemp(dir=os.path.join(WORK, "tmp"))
    for f in files:
        os.link(f, os.path.join(d, os.path.basename(f)))
    e = dict(env)
    if backtrace: e["SWIFT_BACKTRACE"] = "enable=yes,color=no"
    try:
        p = subprocess.run([BIN, "list", "--json", "--no-index", d], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=e, timeout=900)
        rc, err = p.returncode, p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        rc, err = "timeout", ""
    shutil.rmtree(d)
    bad = rc == "timeout" or (isinstance(rc, int) and (rc < 0 or rc >= 128))
    return bad, rc, err

def bisect(files):
    while len(files) > 1:
        half = files[:len(files) // 2]
        bad, _, _ = run(half)
        if bad:
            files = half
        else:
            rest = files[len(files) // 2:]
            bad2, _, _ = run(rest)
            if not bad2:
                return None
            files = rest
    return files[0]

files = sorted(os.path.join(DIR, f) for f in os.listdir(DIR))
while True:
    bad, rc, err = run(files)
    if not bad:
        print(f"{DIR}: ok ({len(files)} files)", flush=True); break
    f = bisect(files)
    if f is None:
        print(f"{DIR}: crash rc={rc} but bisect failed", flush=True); break
    _, rc1, err1 = run([f], backtrace=True)
    where = [l.strip() for l in err1.splitlines() if "NameFinder" in l or "runtime failure" in l or "Fatal" in l or "Entities/" in l][:4]
    print(f"CRASH {f} rc={rc1}: " + " | ".join(where), flush=True)
    shutil.move(f, os.path.join(FOUND, os.path.basename(f)))
    open(os.path.join(FOUND, os.path.basename(f) + ".err"), "w").write(err1)
    files.remove(f)
