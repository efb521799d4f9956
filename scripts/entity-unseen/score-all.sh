#!/usr/bin/env bash
# Scores every evaluation set here with one binary and sums them:
#   scripts/entity-unseen/score-all.sh [BIN] [OUTDIR] [SET...]
# Writes OUTDIR/SET.json (`bulletin list --json`) and OUTDIR/SET.txt (score.py --verbose: misses and extras per article),
# then prints one line per set and the micro-averaged entity F1 over all sets (ALL) and over the three sentinels (SENT:
# holdout22, holdout24, holdout28, which no rule is ever fitted to). Compare two OUTDIRs' lines to see what a change moved.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$(git -C "$here" rev-parse --show-toplevel)"
bin="${1:-$root/.build/debug/bulletin}"; out="${2:-$(mktemp -d)}"; shift 2 2>/dev/null || shift $#
eval_dir="${BULLETIN_EVAL_DIR:-$root/../shared/eval}"
[ -f "$eval_dir/score.py" ] || eval_dir="$root/../../shared/eval"
mkdir -p "$out"
sets="$*"
[ -z "$sets" ] && sets=$(cd "$here" && ls -d articles holdout* | grep -v '\.' | grep -v -- '-gold')
cache=$(mktemp -d); trap 'rm -rf "$cache"' EXIT
for s in $sets; do
  [ -d "$here/$s" ] || continue
  gold="$here/$s-gold.json"; [ "$s" = articles ] && gold="$here/gold.json"
  [ -f "$gold" ] || continue
  XDG_CACHE_HOME="$cache" LC_ALL=C.UTF-8 "$bin" list --json "$here/$s" > "$out/$s.json" 2>/dev/null
  python3 "$eval_dir/score.py" "$gold" "$out/$s.json" --verbose > "$out/$s.txt"
done
python3 - "$out" $sets <<'PY'
import os, re, sys
out, sets = sys.argv[1], sys.argv[2:]
sentinels = {"holdout22", "holdout24", "holdout28"}
tot = {"ALL": [0, 0, 0], "SENT": [0, 0, 0]}
for s in sets:
    p = os.path.join(out, s + ".txt")
    if not os.path.exists(p): continue
    t = open(p).read()
    m = re.search(r"^entities\s+\S+\s+\S+\s+\S+\s+(\d+)\s+(\d+)\s+(\d+)", t, re.M)
    if not m: continue
    tp, fp, fn = map(int, m.groups())
    print(f"{s:<12} {re.search(r'summary: (.*)', t).group(1)[:60]}  tp={tp} fp={fp} fn={fn}")
    for k in ["ALL"] + (["SENT"] if s in sentinels else []):
        for i, v in enumerate((tp, fp, fn)): tot[k][i] += v
for k, (tp, fp, fn) in tot.items():
    if tp: print(k, "micro F1 %.4f" % (2 * tp / (2 * tp + fp + fn)), tp, fp, fn)
PY
