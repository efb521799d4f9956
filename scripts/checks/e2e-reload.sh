#!/usr/bin/env bash
# End-to-end test of R (reload) and of the filters kept across restarts, in a
# real terminal (tmux), on .build/debug/bulletin with its index and state
# database in a temporary folder. Checks that
#  - R after files were added, edited, deleted and made binary swaps in the
#    new list on the same article with the same filter, and the status line
#    says what changed and counts the new warning; W lists it;
#  - R with nothing changed says "Reloaded: no changes";
#  - during a reload that indexes a few hundred new files, keys are answered
#    at once (the list moves) and a second R is ignored with a message;
#  - the filters left on a corpus come back at the next start, said once in the
#    status line, and a kept language the corpus lost is dropped with a message;
#  - o sorts the list newest first (the title bar says so), and the order comes
#    back at the next start, said in the status line;
#  - R that leaves the filtered list empty says so, and that C clears the filters.
# Uses its own tmux server (-L bulletin-reload-$$), always killed on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BIN="$ROOT/.build/debug/bulletin"
command -v tmux >/dev/null || { echo "e2e-reload: tmux is not installed (scripts/setup installs it)"; exit 1; }
[ -x "$BIN" ] || swift build --product bulletin >/dev/null
export LC_ALL=C.UTF-8 LANG=C.UTF-8

SOCKET="bulletin-reload-$$"
TMP=$(mktemp -d)
tm() { tmux -L "$SOCKET" "$@"; }
cleanup() { tm kill-server >/dev/null 2>&1 || true; rm -rf "$TMP"; }
trap cleanup EXIT

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
capture() { tm capture-pane -p -t e2e; }
status_line() { capture | tail -1 | sed 's/  */ /g'; }
title_line() { capture | head -1 | sed 's/  */ /g'; }
# Waits until the pane shows $1 (a fixed string), up to $2 seconds (default 20).
wait_for() {
  local deadline=$((SECONDS + ${2:-20}))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if capture | grep -qF -- "$1"; then return 0; fi
    sleep 0.05
  done
  echo "timed out waiting for '$1'; the pane shows:"; capture
  return 1
}
settle() {
  local prev="" cur
  for _ in $(seq 1 50); do
    sleep 0.1
    cur=$(capture)
    [ "$cur" = "$prev" ] && return 0
    prev=$cur
  done
}
keys() { tm send-keys -t e2e "$@"; settle; }
# Waits until the list is shown and the start's own check of the files is done.
wait_ready() {
  for _ in $(seq 1 600); do
    if title_line | grep -qE '[0-9]+ (of [0-9]+ )?articles' && ! title_line | grep -qE 'files…'; then settle; return 0; fi
    sleep 0.1
  done
  echo "timed out waiting for the list; the pane shows:"; capture
  return 1
}
quit_app() {
  for _ in 1 2 3 4 5 6; do
    if capture | grep -qE 'EXIT=\[[0-9]+\]'; then tm send-keys -t e2e C-u; return 0; fi
    tm send-keys -t e2e q
    settle
  done
}
# The title of the article in the reader (the reader pane's first text row).
reader_title() { capture | sed -n 3p | awk -F'│' '{print $2}' | sed 's/^ *//; s/ *$//'; }

CORPUS="$TMP/news"
mkdir -p "$CORPUS"
cp "$ROOT"/seeds/*.txt "$CORPUS/"
ENVS="env LC_ALL=C.UTF-8 LANG=C.UTF-8 TERM=xterm-256color XDG_CACHE_HOME=$TMP/cache XDG_DATA_HOME=$TMP/data"
start() { tm send-keys -t e2e "clear; $ENVS $BIN $1; echo EXIT=[\$?]" Enter; wait_ready; }

tm -f /dev/null new-session -d -s e2e -x 120 -y 40 "env PS1='e2e\$ ' bash --norc --noprofile"
tm set-option -t e2e status off >/dev/null
wait_for 'e2e$' >/dev/null

# 1. R after changes: the English filter (the first language), the third English article open.
start "$CORPUS"
total=$(title_line | grep -oE '[0-9]+ articles' | cut -d' ' -f1)
keys '}'
keys j j Enter
before_title=$(reader_title)
filter_before=$(title_line | grep -oE 'languages: [a-z]+')
# Meanwhile: one new English file, one edited, one deleted (before the open article), one made binary.
cat > "$CORPUS/zz_new.txt" <<'TXT'
Belarus and Vietnam open a new trade office in Minsk

Minsk - Belarus and Vietnam opened a joint trade office in Minsk on Monday, the ministry said, to help exporters of tractors and coffee.
TXT
printf '\nThe delegation also visited a tractor plant.\n' >> "$CORPUS/003_b7bc8d34644398eb.txt"
rm "$CORPUS/000_5982e8899487c96f.txt"
printf 'PK\x03\x04\x00\x00binary\x00\x01' > "$CORPUS/004_b089efda03bc9828.txt"
keys R
if wait_for "Reloaded:" 60 >/dev/null; then
  line=$(status_line)
  if echo "$line" | grep -qF "Reloaded: 1 new article, 1 changed, 2 removed; 1 new warning (W lists it)"; then
    pass "R says what changed ($line)"
  else
    fail "R's status line: $line"
  fi
  after_title=$(reader_title)
  if [ -n "$before_title" ] && [ "$before_title" = "$after_title" ]; then pass "the same article stays open ($after_title)"
  else fail "the article changed across R: '$before_title' -> '$after_title'"; fi
  if title_line | grep -qF "$filter_before" && title_line | grep -qE "of $((total - 1)) articles"; then
    pass "the filter stays ($(title_line))"
  else
    fail "the filter or the count is wrong after R: $(title_line)"
  fi
  keys q W
  if capture | grep -qF "004_b089efda03bc9828.txt"; then pass "W lists the file made binary"; else fail "W does not list the binary file"; capture; fi
  keys q
else
  fail "R did not finish"
fi
# 2. Nothing changed: said too.
keys R
if wait_for "Reloaded: no changes" 60 >/dev/null; then pass "R with no change says so"; else fail "R with no change: $(status_line)"; fi
quit_app

# 3. Filters kept across restarts: the English filter comes back, said once.
start "$CORPUS"
if status_line | grep -qF "Filters restored: language en — C clears"; then pass "the filter comes back ($(status_line))"
else fail "no restored filter at the start: $(status_line)"; fi
if title_line | grep -qF "languages: en"; then pass "the title bar shows the restored filter"; else fail "title: $(title_line)"; fi
keys j
if status_line | grep -qF "Filters restored"; then fail "the restore message stays after a key"; else pass "the restore message is said once"; fi
# The order: newest first, kept across the restart, then back to the corpus's.
keys o
if title_line | grep -qF "newest first" && status_line | grep -qF "Newest first (o: oldest first)"; then
  pass "o sorts newest first ($(title_line))"
else
  fail "o: $(title_line) / $(status_line)"
fi
quit_app
start "$CORPUS"
if status_line | grep -qF "Newest first, as last time" && title_line | grep -qF "newest first"; then
  pass "the order comes back ($(status_line))"
else
  fail "no restored order at the start: $(title_line) / $(status_line)"
fi
keys o o
if title_line | grep -qF "first"; then fail "corpus order again: $(title_line)"; else pass "o o goes back to the corpus order"; fi
# The French article only, then its file goes: R says the filtered list is empty and how to
# clear it; the next start drops the filter with a message.
keys C '{'
if title_line | grep -qF "languages: fr"; then pass "French only ($(title_line))"; else fail "no French filter: $(title_line)"; fi
rm "$CORPUS/001_e52cb4cd3b8fc08c.txt"
keys R
if wait_for "Reloaded:" 60 >/dev/null && status_line | grep -qF "Reloaded: 1 article removed — no article matches the filters (C clears them)"; then
  pass "R says the filters leave the list empty ($(status_line))"
else
  fail "R emptying the filtered list: $(status_line)"
fi
quit_app
start "$CORPUS"
# The kept French filter matches nothing the index holds now: not restored, with a word.
if status_line | grep -qE "(Restored filters dropped|Filters not restored): language fr"; then
  pass "a language the corpus lost is dropped ($(status_line))"
else
  fail "the lost language: $(status_line)"
fi
if title_line | grep -qF "languages:"; then fail "an empty filter was restored: $(title_line)"; else pass "the whole list is shown ($(title_line))"; fi
quit_app

# 4. A reload that indexes a few hundred new files: keys are answered meanwhile, a second R is ignored.
BIG="$TMP/big"
scripts/gen-corpus --articles "${E2E_RELOAD_ARTICLES:-400}" --seed 7 --out "$BIG" >/dev/null
$ENVS "$BIN" list "$BIG" >/dev/null 2>&1  # the first indexing, outside the reader
start "$BIG"
scripts/gen-corpus --articles "${E2E_RELOAD_NEW:-300}" --seed 8 --out "$TMP/more" >/dev/null
mkdir -p "$BIG/more"
find "$TMP/more" -type f | while read -r f; do cp "$f" "$BIG/more/more-$(basename "$f")"; done
tm send-keys -t e2e R
if wait_for "new files…" 60 >/dev/null; then
  pos_before=$(capture | tail -1 | grep -oE '[0-9]+/[0-9]+ *$' | tr -d ' ')
  start_ns=$(date +%s%N)
  tm send-keys -t e2e j
  moved=0
  for _ in $(seq 1 400); do
    pos=$(capture | tail -1 | grep -oE '[0-9]+/[0-9]+ *$' | tr -d ' ' || true)
    [ -n "$pos" ] && [ "$pos" != "$pos_before" ] && { moved=1; break; }
    sleep 0.01
  done
  ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
  still=$(title_line | grep -oE 'indexing [0-9,]+/[0-9,]+ new files…' || true)
  if [ "$moved" = 1 ] && [ "$ms" -lt 1000 ]; then pass "j during the reload answered in $ms ms ($pos_before -> $pos; ${still:-reload done by then})"
  else fail "j during the reload: moved=$moved after $ms ms"; fi
  tm send-keys -t e2e R
  if wait_for "Already reloading" 5 >/dev/null; then pass "a second R is ignored with a message"
  elif capture | grep -qF "Reloaded:"; then pass "(the reload ended before the second R could be tested)"
  else fail "no message for a second R: $(status_line)"; fi
  if wait_for "Reloaded: ${E2E_RELOAD_NEW:-300} new articles" 300 >/dev/null; then pass "the new articles are swapped in ($(title_line))"
  else fail "the reload of new files did not end as expected: $(status_line)"; fi
else
  fail "no reload note in the title bar: $(title_line)"
fi
quit_app

if [ "$failures" -gt 0 ]; then echo "e2e-reload: $failures failure(s)"; exit 1; fi
echo "e2e-reload: all checks passed"
