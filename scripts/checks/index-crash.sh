#!/usr/bin/env bash
# Crash test for the index: kill -9 a `bulletin list` while it builds the
# index of a generated corpus, then check that a clean start completes the
# index (every file indexed once), that search works, and that SQLite and
# FTS5 both find the database sound.
set -euo pipefail
cd "$(dirname "$0")/../.."
export LC_ALL=C.UTF-8
bin=.build/debug/bulletin
[ -x "$bin" ] || swift build --product bulletin >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
articles=4000
python3 scripts/gen-corpus --articles "$articles" --seed 3 --out "$work/corpus" 2>/dev/null
db="$work/index.sqlite"
export XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data"

count() {
  python3 - "$db" "$1" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], timeout=10)
print(con.execute(sys.argv[2]).fetchone()[0])
PY
}

"$bin" list "$work/corpus" --index "$db" >/dev/null 2>&1 &
pid=$!
# Wait until some batches are committed, then kill in the middle of the run.
for _ in $(seq 1 400); do
  if [ -s "$db" ] && [ "$(count 'SELECT count(*) FROM files' 2>/dev/null || echo 0)" -gt 300 ]; then break; fi
  sleep 0.05
done
if kill -9 "$pid" 2>/dev/null; then
  wait "$pid" 2>/dev/null || true
  echo "index-crash: killed after $(count 'SELECT count(*) FROM files') of $articles files"
else
  echo "index-crash: note: indexing finished before the kill"
fi

# A clean start: completes the index and searches it.
out=$("$bin" search Lukashenko "$work/corpus" --index "$db" --json --limit 5)
echo "$out" | python3 -c 'import json,sys; hits=json.load(sys.stdin); assert hits, "no hits"; print("index-crash: search ok,", len(hits), "hits")'
files=$(count 'SELECT count(*) FROM files')
[ "$files" -eq "$articles" ] || { echo "index-crash: FAIL: $files files indexed, expected $articles"; exit 1; }
dupes=$(count 'SELECT count(*) - count(DISTINCT file) FROM articles')
[ "$dupes" -eq 0 ] || { echo "index-crash: FAIL: $dupes duplicated articles"; exit 1; }
python3 - "$db" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
check = con.execute("PRAGMA integrity_check").fetchone()[0]
assert check == "ok", check
con.execute("INSERT INTO article_fts(article_fts, rank) VALUES('integrity-check', 0)")
print("index-crash: integrity ok")
PY
echo "index-crash: ok"
