#!/usr/bin/env bash
# Scores discovery on the articles written for the entity work (none is a seed):
# `bulletin list --json scripts/entity-unseen/articles` against gold.json with shared/eval/score.py.
# Usage: scripts/entity-unseen/score.sh [BIN]   (default .build/debug/bulletin)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(git -C "$here" rev-parse --show-toplevel)"
bin="${1:-$root/.build/debug/bulletin}"
eval_dir="${BULLETIN_EVAL_DIR:-$root/../shared/eval}"
[ -f "$eval_dir/score.py" ] || eval_dir="$root/../../shared/eval"
out="$(mktemp)"; cache="$(mktemp -d)"
trap 'rm -rf "$out" "$cache"' EXIT
XDG_CACHE_HOME="$cache" LC_ALL=C.UTF-8 "$bin" list --json "$here/articles" > "$out"
python3 "$eval_dir/score.py" "$here/gold.json" "$out" --verbose
