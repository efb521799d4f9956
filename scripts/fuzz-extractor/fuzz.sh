#!/usr/bin/env bash
# fuzz.sh BIN [BATCHES] [SEED]: BATCHES batches of 2,000 generated articles (taking the four generators in turn) run
# through `BIN list --json --no-index`; each crash is bisected to its file, kept in $FUZZ_WORK/found with its backtrace.
set -u
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
bin=$1; batches=${2:-10}; seed=${3:-1}
work=${FUZZ_WORK:-/tmp/fuzz-extractor}; mkdir -p "$work"
for ((i = 0; i < batches; i++)); do
  s=$((seed + i)); gens=(gen-mixed.py gen-keywords.py gen-cases.py gen-cuts.py); gen=${gens[$((i % 4))]}
  python3 "$here/$gen" "$root" "$work/b$s" 2000 $s > /dev/null
  FUZZ_WORK=$work python3 "$here/crashes.py" "$bin" "$work/b$s"
  rm -rf "$work/b$s"
done
