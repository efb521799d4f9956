#!/usr/bin/env bash
# Seed score gate: `bulletin list --json seeds` must match every gold article,
# with no extra ones, and get every language and date right.
# Builds nothing: scripts/test has already built the debug products.
set -euo pipefail
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
cd "$root"
# The gold file and scorer live in shared/eval beside the clone (CI), or beside
# the folder holding a worktree; BULLETIN_EVAL_DIR overrides both.
eval_dir=""
for candidate in "${BULLETIN_EVAL_DIR:-}" "$root/../shared/eval" "$root/../../shared/eval"; do
  if [ -n "$candidate" ] && [ -f "$candidate/score.py" ] && [ -f "$candidate/seeds-gold.json" ]; then
    eval_dir="$candidate"; break
  fi
done
if [ -z "$eval_dir" ]; then
  echo "score.sh: no shared/eval beside the clone; skipping the seed score gate"
  exit 0
fi
bin="$root/.build/debug/bulletin"
[ -x "$bin" ] || { echo "score.sh: $bin missing; run swift build first" >&2; exit 1; }
out="$(mktemp "${TMPDIR:-/tmp}/bulletin-score.XXXXXX.json")"
cache="$(mktemp -d "${TMPDIR:-/tmp}/bulletin-score-cache.XXXXXX")"
trap 'rm -rf "$out" "$cache"' EXIT
# A fresh cache folder: the gate scores what a first run produces, and leaves the user's cache alone.
XDG_CACHE_HOME="$cache" LC_ALL=C.UTF-8 "$bin" list --json "$root/seeds" > "$out"
report="$(python3 "$eval_dir/score.py" "$eval_dir/seeds-gold.json" "$out" --verbose)"
echo "$report"
summary="$(printf '%s\n' "$report" | grep '^summary:' | tail -1)"
python3 - "$summary" <<'PY'
import re, sys
s = sys.argv[1]
def frac(key):
    m = re.search(key + r"=(\d+)/(\d+)", s)
    if not m:
        sys.exit(f"score.sh: no {key} in summary: {s!r}")
    return int(m.group(1)), int(m.group(2))
extra = re.search(r"extra=(\d+)", s)
problems = []
for key in ("articles", "language", "date"):
    got, total = frac(key)
    if got != total or total == 0:
        problems.append(f"{key} {got}/{total}")
if not extra or int(extra.group(1)) != 0:
    problems.append(f"extra={extra.group(1) if extra else '?'}")
if problems:
    sys.exit("score.sh: FAILED: " + ", ".join(problems))
print("score.sh: ok (all articles matched, no extra, every language and date right)")
PY
