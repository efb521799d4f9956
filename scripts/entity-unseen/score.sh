#!/usr/bin/env bash
# Scores discovery on the articles written for the entity work (none is a seed):
# `bulletin list --json scripts/entity-unseen/articles` against gold.json with shared/eval/score.py.
# Usage: scripts/entity-unseen/score.sh [BIN] [SET]   (default .build/debug/bulletin; SET articles (default), holdout, holdout2, holdout3, holdout4, holdout5, holdout6, holdout7, holdout8, holdout9, holdout10, holdout11, holdout12, holdout13, holdout14, holdout15, holdout16, holdout17, holdout18, holdout19 or holdout21;
# each SET other than articles is scored against SET-gold.json)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(git -C "$here" rev-parse --show-toplevel)"
bin="${1:-$root/.build/debug/bulletin}"
eval_dir="${BULLETIN_EVAL_DIR:-$root/../shared/eval}"
[ -f "$eval_dir/score.py" ] || eval_dir="$root/../../shared/eval"
out="$(mktemp)"; cache="$(mktemp -d)"
trap 'rm -rf "$out" "$cache"' EXIT
set_name="${2:-articles}"
gold="$here/gold.json"; [ "$set_name" = articles ] || gold="$here/$set_name-gold.json"
XDG_CACHE_HOME="$cache" LC_ALL=C.UTF-8 "$bin" list --json "$here/$set_name" > "$out"
python3 "$eval_dir/score.py" "$gold" "$out" --verbose
