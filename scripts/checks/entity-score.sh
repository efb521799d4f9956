#!/usr/bin/env bash
# Entity quality gate: `bulletin list --json seeds` scored against the gold
# annotations; fails when entities F1 < 0.90 or countries F1 < 0.95.
# Builds nothing: scripts/test has already built the debug products.
set -euo pipefail
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
cd "$root"
status=0
report="$(bash "$root/scripts/lib/seed-score.sh" entity-score.sh)" || status=$?
if [ "$status" -eq 3 ]; then
  echo "entity-score.sh: no shared/eval beside the clone; skipping the entity score gate"
  exit 0
fi
[ "$status" -eq 0 ] || exit "$status"
echo "$report"
summary="$(printf '%s\n' "$report" | grep '^summary:' | tail -1)"
python3 - "$summary" <<'PY'
import re, sys
s = sys.argv[1]
ents = re.search(r"entities_f1=([0-9.]+)", s)
ctry = re.search(r"countries_f1=([0-9.]+)", s)
if not ents or not ctry:
    sys.exit(f"entity-score.sh: no F1 in summary: {s!r}")
e, c = float(ents.group(1)), float(ctry.group(1))
problems = []
if e < 0.90: problems.append(f"entities F1 {e:.3f} < 0.90")
if c < 0.95: problems.append(f"countries F1 {c:.3f} < 0.95")
if problems:
    sys.exit("entity-score.sh: FAILED: " + ", ".join(problems))
print(f"entity-score.sh: ok (entities F1 {e:.3f}, countries F1 {c:.3f})")
PY
