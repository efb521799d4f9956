#!/usr/bin/env bash
# Seed score gate: `bulletin list --json seeds` must match every gold article,
# with no extra ones, and get every language and date right.
# Builds nothing: scripts/test has already built the debug products.
set -euo pipefail
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
cd "$root"
status=0
report="$(bash "$root/scripts/lib/seed-score.sh" score.sh)" || status=$?
if [ "$status" -eq 3 ]; then
  echo "score.sh: no shared/eval beside the clone; skipping the seed score gate"
  exit 0
fi
[ "$status" -eq 0 ] || exit "$status"
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
