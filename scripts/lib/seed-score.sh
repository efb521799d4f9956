#!/usr/bin/env bash
# Shared by the seed score gates in scripts/checks/: scores `bulletin list --json seeds`
# (debug build, fresh index cache) against shared/eval and prints the scorer's report.
# Usage: seed-score.sh NAME   (NAME is the calling gate, for messages)
# Exit 0 with the report on stdout; exit 3 when shared/eval is not found (caller skips).
set -euo pipefail
name="$1"
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
# The gold file and scorer live in shared/eval beside the clone (CI), or beside
# the folder holding a worktree; BULLETIN_EVAL_DIR overrides both.
eval_dir=""
for candidate in "${BULLETIN_EVAL_DIR:-}" "$root/../shared/eval" "$root/../../shared/eval"; do
  if [ -n "$candidate" ] && [ -f "$candidate/score.py" ] && [ -f "$candidate/seeds-gold.json" ]; then
    eval_dir="$candidate"; break
  fi
done
[ -n "$eval_dir" ] || exit 3
bin="$root/.build/debug/bulletin"
[ -x "$bin" ] || { echo "$name: $bin missing; run swift build first" >&2; exit 1; }
out="$(mktemp "${TMPDIR:-/tmp}/bulletin-$name.XXXXXX.json")"
cache="$(mktemp -d "${TMPDIR:-/tmp}/bulletin-$name-cache.XXXXXX")"
trap 'rm -rf "$out" "$cache"' EXIT
# A fresh cache folder: the gate scores what this build extracts on a first run,
# not an older index, and leaves the user's cache alone.
XDG_CACHE_HOME="$cache" LC_ALL=C.UTF-8 "$bin" list --json "$root/seeds" > "$out"
python3 "$eval_dir/score.py" "$eval_dir/seeds-gold.json" "$out" --verbose
