#!/usr/bin/env bash
# End-to-end test of the full-screen reader in a real terminal (tmux):
# starts .build/debug/bulletin on the seeds plus a Vietnamese and a Chinese
# article, sends keys, captures the pane, and checks that
#  - pane borders stand in the same columns on every row with Arabic,
#    Vietnamese and CJK text on screen;
#  - emoji sequences (ZWJ family, flags, skin tone, ❤️) are drawn, not "?";
#  - the country filter changes the list;
#  - side by side shows both articles (Arabic beside French);
#  - a mouse click selects a list row and the wheel moves the selection;
#  - Ctrl-C exits with status 130;
#  - after `q`, Ctrl-Z, and `kill -TERM` (also HUP, SEGV) the terminal is back
#    (`stty -a` shows icanon echo);
#  - a big generated corpus shows a progress bar while it is first indexed,
#    q then exits promptly, and the next start resumes and shows the articles;
#  - a warm start with new files shows the stored list at once (no loading
#    screen), notes the rescan in the title bar, then swaps in the new articles
#    keeping the selection; q during the rescan exits promptly;
#  - a flag, a read mark and a reading position (the window closed: SIGHUP)
#    are kept across runs, and after the archive folder is renamed;
#  - a filter set a moment before kill -TERM (sooner than the idle save) is
#    saved at the signal and restored at the next start.
# Uses its own tmux server (-L bulletin-e2e-$$), always killed on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BIN="$ROOT/.build/debug/bulletin"
command -v tmux >/dev/null || { echo "e2e-tmux: tmux is not installed (scripts/setup installs it)"; exit 1; }
[ -x "$BIN" ] || swift build --product bulletin >/dev/null
export LC_ALL=C.UTF-8 LANG=C.UTF-8

SOCKET="bulletin-e2e-$$"
TMP=$(mktemp -d)
tm() { tmux -L "$SOCKET" "$@"; }
cleanup() { tm kill-server >/dev/null 2>&1 || true; rm -rf "$TMP"; }
trap cleanup EXIT

WIDTH=120
HEIGHT=40
CORPUS="$TMP/corpus"
mkdir -p "$CORPUS"
cp "$ROOT"/seeds/*.txt "$CORPUS/"
cat > "$CORPUS/vi_hanoi.txt" <<'TXT'
Tổng Bí thư Tô Lâm tiếp Đại sứ Kazakhstan tại Hà Nội

Chiều 5/5, tại Hà Nội, Tổng Bí thư Tô Lâm đã tiếp Đại sứ Kazakhstan tại Việt Nam. Hai bên nhất trí đẩy mạnh hợp tác kinh tế, thương mại, giáo dục và du lịch giữa Việt Nam và Kazakhstan, đồng thời tăng cường trao đổi đoàn các cấp.

Đại sứ khẳng định Kazakhstan coi trọng quan hệ đối tác chiến lược với Việt Nam.
TXT
cat > "$CORPUS/zh_minsk.txt" <<'TXT'
白俄罗斯总统卢卡申科会见中国驻白俄罗斯大使谢小用

白俄罗斯总统卢卡申科在明斯克会见了即将离任的中国驻白俄罗斯大使谢小用。双方讨论了贸易、投资和教育合作。卢卡申科表示，白俄罗斯愿与中国深化全面战略伙伴关系，欢迎更多中国企业到白俄罗斯投资。

谢小用表示，中白关系保持高水平发展，两国务实合作成果丰硕。
TXT
cat > "$CORPUS/emoji.txt" <<'TXT'
Emoji 👨‍👩‍👧‍👦 family 🇻🇳🇫🇷 flags 👍🏽 tone ❤️ heart

Hanoi - A family 👨‍👩‍👧‍👦 waved flags 🇺🇦 🇻🇳 and hearts ❤️ with a thumbs up 👍🏽 and stacked marks é̂̃̄̅̆ in Vietnam.
TXT

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

capture() { tm capture-pane -p -t e2e; }
# Waits until the pane shows $1 (a fixed string), up to 20 s.
wait_for() {
  for _ in $(seq 1 200); do
    if capture | grep -qF -- "$1"; then return 0; fi
    sleep 0.1
  done
  echo "timed out waiting for '$1'; the pane shows:"; capture
  return 1
}
# Waits until the list is shown: the title bar counts the articles (the
# loading screen, shown when the corpus takes over 100 ms to read, does not).
wait_list() {
  for _ in $(seq 1 300); do
    if capture | head -1 | grep -qE -- '[0-9]+ (of [0-9]+ )?articles'; then return 0; fi
    sleep 0.1
  done
  echo "timed out waiting for the article list; the pane shows:"; capture
  return 1
}
# Waits until the pane stops changing (the app has painted).
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
# Presses q until the shell prints the exit status, one q at a time: the next
# only once the screen shows what the last one did. (A q sent while the app is
# still exiting lands in the shell and garbles the next command line; on a
# loaded machine one still can, so C-u clears the shell's line once the status
# is shown: the keys reach the shell in order, the stray q first.)
quit_app() {
  local before
  for _ in 1 2 3 4 5 6; do
    if capture | grep -qE 'EXIT=\[[0-9]+\]'; then tm send-keys -t e2e C-u; return 0; fi
    before=$(capture)
    tm send-keys -t e2e q
    for _ in $(seq 1 150); do [ "$(capture)" != "$before" ] && break; sleep 0.02; done
    settle
  done
}

# Checks that every row between the title and status bars has its "│" borders
# in the same display columns as the pane header row (wide characters count 2).
check_borders() {
  local label=$1
  capture > "$TMP/screen.txt"
  if python3 - "$TMP/screen.txt" "$HEIGHT" <<'PY'
import sys, unicodedata
def width(ch, prev=""):
    # An emoji after a ZWJ joins the one before it: tmux draws a ZWJ sequence in the first emoji's two
    # columns, as the reader writes it where the terminal joins ZWJ sequences (EmojiSequences).
    wide = unicodedata.east_asian_width(ch) in ("W", "F")
    if (prev == "\u200d" and wide) or unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if wide else 1
def borders(line):
    col, out, prev = 0, [], ""
    for ch in line:
        if ch == "│":
            out.append(col)
        col += width(ch, prev)
        prev = ch
    return out
rows = open(sys.argv[1], encoding="utf-8").read().split("\n")
height = int(sys.argv[2])
expected = borders(rows[1])
bad = [(i, borders(rows[i])) for i in range(1, height - 1) if borders(rows[i]) != expected]
if not expected:
    print("  no pane borders on the header row"); sys.exit(1)
for i, b in bad[:5]:
    print(f"  row {i}: borders at {b}, expected {expected}: {rows[i]!r}")
sys.exit(1 if bad else 0)
PY
  then pass "$label: borders in the same columns on every row"; else fail "$label: borders drift"; cat "$TMP/screen.txt"; fi
}

has_script() {  # $1 label, $2 python regex of the script's characters
  if capture | python3 -c "import re,sys; sys.exit(0 if re.search(sys.argv[1], sys.stdin.read()) else 1)" "$2"; then
    pass "$1 text on screen"
  else
    fail "$1 text not on screen"
  fi
}

# Terminal state in the pane's shell: icanon and echo on (not -icanon, -echo).
check_stty() {
  local label=$1 file="$TMP/stty-$2.txt"
  tm send-keys -t e2e "stty -a > $file; echo STTY-DONE" Enter
  wait_for "STTY-DONE" >/dev/null || true
  sleep 0.2
  if [ -s "$file" ] && grep -qE '(^|[ ;])icanon' "$file" && ! grep -qE -- '-icanon' "$file" \
     && grep -qE '(^|[ ;])echo([ ;]|$)' "$file" && ! grep -qE -- '(^|[ ;])-echo([ ;]|$)' "$file"; then
    pass "$label: terminal restored (icanon echo)"
  else
    fail "$label: terminal not restored"; cat "$file" 2>/dev/null || true
  fi
}

START="env LC_ALL=C.UTF-8 LANG=C.UTF-8 TERM=xterm-256color XDG_CACHE_HOME=$TMP/cache XDG_DATA_HOME=$TMP/data XDG_STATE_HOME=$TMP/state $BIN --no-index $CORPUS"

tm -f /dev/null new-session -d -s e2e -x "$WIDTH" -y "$HEIGHT" "env PS1='e2e\$ ' bash --norc --noprofile"
tm set-option -t e2e status off >/dev/null
wait_for 'e2e$' >/dev/null
tm send-keys -t e2e "$START" Enter
wait_list >/dev/null
settle

# 1. Borders with Arabic, Vietnamese and CJK titles in the list.
has_script "Arabic" '[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]'
has_script "Vietnamese" '[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐ]'
has_script "CJK" '[\u4E00-\u9FFF]'
check_borders "list"

# Open each of the Arabic, Vietnamese and Chinese articles in the reader.
row_of() {  # list row (0-based) whose title matches a python regex
  capture | python3 -c "
import re, sys
rows = sys.stdin.read().split('\n')[2:$((HEIGHT - 1))]
for i, r in enumerate(rows):
    left = r.split('│')[0]
    if re.search(sys.argv[1], left):
        print(i); break
" "$1"
}
open_row() {
  keys g
  local n=$1
  while [ "$n" -gt 0 ]; do tm send-keys -t e2e j; n=$((n - 1)); done
  settle
}
for script in '[\u0600-\u06FF\uFE70-\uFEFF]' 'Tổng Bí thư' '[\u4E00-\u9FFF]'; do
  r=$(row_of "$script")
  if [ -z "$r" ]; then fail "no list row for $script"; continue; fi
  open_row "$r"
  keys Enter
  check_borders "reader on row $r"
  keys q
done

# Emoji sequences: curses keeps one spacing character per cell, so the painter
# draws the leading emoji of a sequence and a flag over two cells, never "?";
# and, past curses, the kinds of sequence the terminal joins (it asks at start):
# tmux 3.3 joins the ZWJ family (its cell keeps the first three people) but
# not the skin tone, which stays the bare thumb (drawn whole it took 4 columns).
r=$(row_of 'Emoji')
if [ -z "$r" ]; then fail "no list row for the emoji article"; else
  open_row "$r"
  keys Enter
  screen=$(capture)
  reader=$(echo "$screen" | sed -n 3p | awk -F'│' '{print $2}')
  if echo "$reader" | grep -qE "Emoji 👨(‍👩‍👧‍?(👦)?)? family 🇻🇳🇫🇷 flags 👍 tone ❤" && ! echo "$screen" | grep -qF "Emoji ?"; then
    pass "emoji sequences drawn ($reader)"
  else
    fail "emoji sequences not drawn: $reader"
  fi
  check_borders "reader with emoji"
  keys q
fi

# 2. Country filter: pick the last country in the picker (fewest articles).
before=$(capture | head -1)
keys c
if capture | grep -q "No countries"; then
  fail "country picker: no countries found in the corpus"
else
  hotkey=$(capture | python3 -c "
import re, sys
keys = [m.group(1) for m in re.finditer(r'\[[ x]\] (\S)  ', sys.stdin.read())]
print(keys[-1] if keys else '')")
  if [ -z "$hotkey" ]; then fail "country picker shows no rows"; capture; else
    keys "$hotkey"
    keys Escape
    after=$(capture | head -1)
    if [ "$before" != "$after" ] && echo "$after" | grep -q "countries:" && echo "$after" | grep -qE "[0-9]+ of [0-9]+ articles"; then
      pass "country filter changes the list ($after)"
    else
      fail "country filter did not change the list: '$before' -> '$after'"
    fi
    check_borders "filtered list"
    keys C
  fi
fi

# 3. Side by side: Arabic pinned left, French on the right.
ar=$(row_of '[\u0600-\u06FF\uFE70-\uFEFF]')
fr=$(row_of ' fr ')
if [ -n "$ar" ] && [ -n "$fr" ]; then
  open_row "$ar"
  keys s
  keys g
  n=$fr; while [ "$n" -gt 0 ]; do tm send-keys -t e2e j; n=$((n - 1)); done; settle
  keys Enter
  screen=$(capture)
  left_ar=$(echo "$screen" | python3 -c "
import re, sys
rows = sys.stdin.read().split('\n')[2:$((HEIGHT - 1))]
print(sum(1 for r in rows if '│' in r and re.search(r'[\u0600-\u06FF\uFE70-\uFEFF]', r.split('│')[0])))")
  right_fr=$(echo "$screen" | python3 -c "
import sys
rows = sys.stdin.read().split('\n')[2:$((HEIGHT - 1))]
print(sum(1 for r in rows if '│' in r and any(w in r.split('│', 1)[1] for w in ('le ', 'la ', 'les ', 'des '))))")
  if echo "$screen" | grep -q " Left" && echo "$screen" | grep -q "Right" && [ "$left_ar" -gt 2 ] && [ "$right_fr" -gt 2 ]; then
    pass "side by side shows both articles ($left_ar Arabic rows left, $right_fr French rows right)"
  else
    fail "side by side: left Arabic rows $left_ar, right French rows $right_fr"; echo "$screen"
  fi
  check_borders "side by side"
  keys Escape
else
  fail "could not find the Arabic ($ar) and French ($fr) rows"
fi

# Resize (SIGWINCH / KEY_RESIZE): the reader relayouts at once for the new size.
tm resize-window -t e2e -x 80 -y 24
settle
WIDTH=80 HEIGHT=24
# At 80 columns (no layout chosen yet) the list takes the whole width: no border.
if capture | head -1 | grep -q "Bulletin" && [ "$(capture | sed -n 2p | grep -o "│" | wc -l)" -eq 0 ] \
   && [ "$(capture | wc -l)" -eq 24 ]; then
  pass "resize to 80x24 relayouts (the list alone)"
else
  fail "resize to 80x24 did not relayout to the list alone"; capture
fi
# One pane: no border on any row below the title bar.
if [ "$(capture | sed -n '2,23p' | grep -c "│")" -eq 0 ]; then pass "after resize: no border"; else fail "after resize: a border in the list alone"; capture; fi
# v: the list beside the reader, one border (kept in the state database: the later runs here have it).
keys v
if [ "$(capture | sed -n 2p | grep -o "│" | wc -l)" -eq 1 ] && capture | tail -1 | grep -qF "List beside the reader"; then
  pass "v at 80 columns puts the reader beside the list"
else
  fail "v at 80 columns:"; capture
fi
check_borders "after v"
keys Escape
# The status bar at 80 columns: key hints that do not fit are dropped whole
# (no hint cut with "…"), and "? help" stays.
status=$(capture | tail -1)
if echo "$status" | grep -qF "? help" && ! echo "$status" | grep -qF "…"; then
  pass "80-column status bar keeps whole hints and ? help"
else
  fail "80-column status bar: '$status'"
fi
tm resize-window -t e2e -x 120 -y 40
settle
WIDTH=120 HEIGHT=40

# Mouse: the terminal sends SGR reports (xterm-256color's kmous is \E[<); tmux
# passes the bytes typed with send-keys to the app as they are. A click on the
# fourth list row selects it; the wheel over the list moves 3 rows.
position() { capture | tail -1 | grep -oE "[0-9]+/[0-9]+ *$" | tr -d ' '; }
keys Escape
keys g
total=$(position | cut -d/ -f2)
tm send-keys -t e2e -l $'\e[<0;12;6M'; tm send-keys -t e2e -l $'\e[<0;12;6m'; settle
if [ "$(position)" = "4/$total" ]; then pass "mouse click selects the fourth row"; else fail "mouse click: position $(position), expected 4/$total"; fi
tm send-keys -t e2e -l $'\e[<65;12;6M'; settle
if [ "$(position)" = "7/$total" ]; then pass "mouse wheel down moves 3 rows"; else fail "mouse wheel: position $(position), expected 7/$total"; fi
tm send-keys -t e2e -l $'\e[<64;12;6M'; settle
if [ "$(position)" = "4/$total" ]; then pass "mouse wheel up moves back"; else fail "mouse wheel up: position $(position), expected 4/$total"; fi

# 4. q quits and the terminal is back.
# q goes back (reader → list) and quits from the list: press it until the shell is back.
for _ in 1 2 3 4; do
  capture | grep -qF 'e2e$' && break
  keys q
done
wait_for 'e2e$' >/dev/null || fail "bulletin did not quit on q"
check_stty "after q" q

# Ctrl-C (a key in raw mode) quits from anywhere with status 130, like SIGINT.
# This run starts at 80x24 and the window grows while it runs: on exit the
# shell's screen comes back, not our last frame (tmux 3.3 pulled the frame out
# of its history when the cursor was left on the last row).
tm resize-window -t e2e -x 80 -y 24
tm send-keys -t e2e "clear; echo BEFORE-CTRLC; $START; echo CTRLC=[\$?]" Enter
wait_list >/dev/null
tm resize-window -t e2e -x 120 -y 40
settle
keys Enter
tm send-keys -t e2e C-c
if wait_for "CTRLC=[130]" >/dev/null; then pass "Ctrl-C exits with status 130"; else fail "Ctrl-C exit status: $(capture | grep CTRLC= || echo none)"; fi
if capture | grep -qF "BEFORE-CTRLC" && ! capture | grep -qF "│"; then
  pass "after growing the window, the exit gives back the shell's screen"
else
  fail "after growing the window and Ctrl-C, the pane shows:"; capture
fi
check_stty "after Ctrl-C" ctrlc

# Warnings from reading the corpus are counted in the status bar (not written
# over the screen) and printed on stderr once the terminal is restored.
WARN="$TMP/warn"
mkdir -p "$WARN"
cp "$ROOT"/seeds/*.txt "$WARN/"
: > "$WARN/empty.txt"
tm send-keys -t e2e "clear; ${START/$CORPUS/$WARN}" Enter
wait_list >/dev/null
settle
if capture | tail -1 | grep -qF "1 warning while reading the corpus (W lists them" && ! capture | grep -qF "bulletin: warning"; then
  pass "a load warning is counted in the status bar"
else
  fail "load warning not in the status bar"; capture
fi
# W lists it on the screen; any other key closes the list.
keys W
if capture | grep -qF "Warnings (1)" && capture | grep -qF "$WARN/empty.txt: empty file"; then
  pass "W lists the warning"
else
  fail "W does not list the warning"; capture
fi
keys Escape
keys q
wait_for 'e2e$' >/dev/null
if capture | grep -qF "bulletin: warning: $WARN/empty.txt: empty file"; then pass "the warning is printed after exit"; else fail "warning not printed after exit"; capture; fi

# 5. Ctrl-Z suspends (terminal restored), fg resumes with a full repaint; then kill -TERM restores it too.
tm send-keys -t e2e "$START" Enter
wait_list >/dev/null
settle
keys C-z
if wait_for "Stopped" >/dev/null; then
  check_stty "after Ctrl-Z" tstp
  tm send-keys -t e2e "fg" Enter
  if wait_for "Articles" >/dev/null && settle && capture | head -1 | grep -q "Bulletin"; then
    pass "fg repaints the reader"
  else
    fail "fg did not repaint the reader"
  fi
else
  fail "Ctrl-Z did not suspend"
fi
shell_pid=$(tm display-message -p -t e2e '#{pane_pid}')
# SIGTERM, then SIGHUP and SIGSEGV (as a crash would) restore the terminal too.
for sig in TERM HUP SEGV; do
  if [ "$sig" != TERM ]; then
    tm send-keys -t e2e "clear; ulimit -c 0; $START" Enter
    wait_list >/dev/null
    settle
  fi
  app_pid=$(pgrep -P "$shell_pid" -f "$BIN" | head -1 || true)
  if [ -z "$app_pid" ]; then fail "cannot find the bulletin process"; continue; fi
  kill -"$sig" "$app_pid"
  wait_for 'e2e$' >/dev/null || fail "bulletin did not exit on SIG$sig"
  check_stty "after kill -$sig" "$sig"
done

# 6. First indexing in the background: a generated corpus big enough to index
# for a few seconds shows a progress bar at once; keys that need articles say
# to wait; q during indexing restores the terminal and exits promptly; the next
# start resumes the index (fewer files to go) and then shows the articles.
BIG="$TMP/big"
BIG_READY=0
BIG_ARTICLES=${E2E_BIG_ARTICLES:-3000}
# Counts as the title bar and the loading screen write them: grouped by thousands ("3,000").
grouped() { echo "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta'; }
BIG_SHOWN=$(grouped "$BIG_ARTICLES")
scripts/gen-corpus --articles "$BIG_ARTICLES" --seed 3 --out "$BIG" >/dev/null
BIG_START="env LC_ALL=C.UTF-8 LANG=C.UTF-8 TERM=xterm-256color XDG_CACHE_HOME=$TMP/cache XDG_DATA_HOME=$TMP/data XDG_STATE_HOME=$TMP/state $BIN --index $TMP/big-index.db $BIG"
# Waits until the shell prints the exit status (`EXIT=[N]`), up to 10 s.
# Waits until the shell prints the exit status $1=[N] (default EXIT=[N]).
wait_exit() {
  local marker=${1:-EXIT}
  for _ in $(seq 1 200); do
    capture | grep -qE "$marker=\\[[0-9]+\\]" && return 0
    sleep 0.05
  done
  return 1
}
# Waits until the pane shows $1, up to $2 seconds.
wait_long() {
  local deadline=$((SECONDS + $2))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if capture | grep -qF -- "$1"; then return 0; fi
    sleep 0.2
  done
  echo "timed out after $2 s waiting for '$1'; the pane shows:"; capture
  return 1
}
tm send-keys -t e2e "clear; $BIG_START; echo EXIT=[\$?]" Enter
if wait_for "q quits; indexing resumes next time" >/dev/null && wait_for "of $BIG_SHOWN files" >/dev/null; then
  screen=$(capture)
  if echo "$screen" | grep -qF "[" && echo "$screen" | grep -qE "[0-9]+%" && echo "$screen" | grep -qF "indexing "; then
    pass "first indexing shows a progress bar ($(echo "$screen" | grep -F "files ·" | sed 's/^ *//'))"
  else
    fail "no progress bar while indexing"; echo "$screen"
  fi
  # The key loop answers while the indexer works on the other core.
  # Bound generous enough for a loaded 2-core CI machine (debug build, indexer on both cores): it catches a blocked key loop, not jitter.
  start_ns=$(date +%s%N)
  tm send-keys -t e2e "/"
  if wait_for "Still reading the corpus" >/dev/null; then
    ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
    if [ "$ms" -lt 2500 ]; then pass "/ while indexing says to wait ($ms ms)"; else fail "/ while indexing answered after $ms ms"; fi
  else
    fail "/ while indexing"
  fi
  start_ns=$(date +%s%N)
  tm send-keys -t e2e "?"
  if wait_for "any other key closes" >/dev/null; then
    ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
    if [ "$ms" -lt 2500 ]; then pass "help opens while indexing ($ms ms)"; else fail "help while indexing opened after $ms ms"; fi
    tm send-keys -t e2e Escape
  else
    fail "help while indexing"
  fi
  # Quit once some files are indexed, so the next start has less to do (q
  # writes every file already processed). On the way, the count must move by
  # files, not only by whole 1,024-file batches (it sat at 0 % for a long time).
  counts=""
  for _ in $(seq 1 600); do
    now=$(capture | grep -oE "[0-9,]+ of $BIG_SHOWN files" | cut -d' ' -f1 | tr -d , || true)
    [ -n "$now" ] && counts="$counts $now"
    capture | grep -qE "EXIT=\[" && break
    echo "$now" | grep -qE '^[1-9]' && [ "$((now % 1024))" -ne 0 ] && break
    sleep 0.1
  done
  if echo "$counts" | tr ' ' '\n' | grep -E '^[1-9]' | awk '$1 % 1024 != 0 { found = 1 } END { exit !found }'; then
    pass "indexing progress moves per file (counts seen:$(echo "$counts" | tr ' ' '\n' | sort -nu | tr '\n' ' ' | sed 's/ $//'))"
  else
    fail "indexing progress moves only by batches (counts seen:$counts)"
  fi
  if capture | grep -qE 'EXIT=\[[0-9]+\]'; then
    fail "indexing finished before q could be tested (make E2E_BIG_ARTICLES larger)"
  else
    done_before=$(capture | grep -oE "[0-9,]+ of $BIG_SHOWN files" | cut -d' ' -f1 | tr -d ,)
    start_ns=$(date +%s%N)
    tm send-keys -t e2e q
    if wait_exit; then
      ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
      if [ "$ms" -lt 3000 ]; then pass "q during indexing exits in $ms ms"; else fail "q during indexing took $ms ms"; fi
      if capture | grep -qF "EXIT=[0]"; then pass "q during indexing exits with status 0"; else fail "exit status after q: $(capture | grep EXIT=)"; fi
    else
      fail "q during indexing did not exit"
    fi
    check_stty "after q during indexing" index-q
    # The next start resumes: fewer files left than the corpus has (the
    # batches written before q are kept), then the articles appear.
    tm send-keys -t e2e "clear; $BIG_START; echo EXIT=[\$?]" Enter
    # Either the loading screen counts the files left, or (the index was
    # finished over what q left) the stored articles are listed at once while
    # the rest is indexed in the background.
    left=""
    for _ in $(seq 1 300); do
      left=$(capture | head -1 | grep -oE "indexing [0-9,]+/[0-9,]+ files" | cut -d/ -f2 | cut -d' ' -f1 | tr -d , || true)
      [ -n "$left" ] && break
      shown=$(capture | head -1 | grep -oE "[0-9,]+ articles" | cut -d' ' -f1 | tr -d , || true)
      [ -n "$shown" ] && { left=$((BIG_ARTICLES - shown)); [ "$left" -eq 0 ] && left=0; pass "second start lists the $shown articles indexed before q at once"; break; }
      sleep 0.1
    done
    if [ -n "$left" ]; then
      if [ "$left" -lt "$BIG_ARTICLES" ] && [ "$left" -ge 0 ]; then
        pass "second start resumes the index ($done_before+ files indexed before q, $left left)"
      else
        fail "second start indexes all $BIG_ARTICLES files again ($done_before were done before q)"
      fi
      if wait_long "$BIG_SHOWN articles" 300 >/dev/null; then
        pass "second start shows the $BIG_ARTICLES articles"
        BIG_READY=1
        if capture | grep -qF "1/$BIG_SHOWN"; then pass "list ready after the swap"; else fail "list not shown after loading"; capture; fi
        keys Enter
        if capture | grep -qE "line [0-9]+/|all "; then pass "an article opens after loading"; else fail "no article after loading"; capture; fi
      else
        fail "second start did not show the articles"
      fi
      quit_app
      wait_for "EXIT=[0]" >/dev/null || fail "did not quit after loading"
    else
      fail "second start shows neither progress nor articles"; capture
    fi
    # Ctrl-C during a first indexing (a fresh index file): prompt exit with status 130.
    # Its own status marker: an older EXIT=[0] left on the screen must not pass for this run's.
    tm send-keys -t e2e "clear; ${BIG_START/big-index.db/big-index2.db}; echo INDEXCTRLC=[\$?]" Enter
    if wait_for "of $BIG_SHOWN files" >/dev/null; then
      start_ns=$(date +%s%N)
      tm send-keys -t e2e C-c
      if wait_exit INDEXCTRLC; then
        ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
        if capture | grep -qF "INDEXCTRLC=[130]" && [ "$ms" -lt 3000 ]; then pass "Ctrl-C during indexing exits with 130 in $ms ms"
        else fail "Ctrl-C during indexing: $(capture | grep INDEXCTRLC=) after $ms ms"; fi
      else
        fail "Ctrl-C during indexing did not exit"
      fi
      check_stty "after Ctrl-C during indexing" index-ctrlc
    else
      fail "no progress for a fresh index"
    fi
  fi
else
  fail "no loading screen for a big corpus"
fi

# 7. Warm start: the index holds the big corpus; new files are added. The
# stored list is shown at once (the title counts the stored articles, never the
# loading screen), the title bar notes the rescan, and the new articles are
# swapped in with the selection kept. Then q during a rescan exits promptly.
if [ "$BIG_READY" = 1 ]; then
  add_files() {  # $1 how many, $2 seed, $3 name prefix
    scripts/gen-corpus --articles "$1" --seed "$2" --out "$TMP/more-$2" >/dev/null
    # Renamed: a file name the corpus already has would change both files' IDs.
    mkdir -p "$BIG/$3"
    find "$TMP/more-$2" -type f | while read -r f; do cp "$f" "$BIG/$3/$3-$(basename "$f")"; done
  }
  NEW=${E2E_WARM_NEW:-200}
  add_files "$NEW" 4 warm
  total=$((BIG_ARTICLES + NEW))
  tm send-keys -t e2e "clear; $BIG_START; echo EXIT=[\$?]" Enter
  start_ns=$(date +%s%N)
  first=""
  for _ in $(seq 1 400); do
    first=$(capture | head -1)
    echo "$first" | grep -qF "Bulletin" && break
    sleep 0.025
  done
  ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
  if echo "$first" | grep -qF "$BIG_SHOWN articles"; then
    pass "warm start shows the $BIG_ARTICLES stored articles at once (first frame seen after $ms ms: $first)"
  else
    fail "warm start did not open on the stored list: $first"; capture
  fi
  # Open the fourth article, so the swap has a selection and a reader to keep.
  tm send-keys -t e2e j j j Enter
  # Wait until the reader is open on the fourth row (a loaded machine may be slow to take the keys).
  for _ in $(seq 1 50); do
    capture | tail -1 | grep -qE "line [0-9]+/[0-9]+|all *$" && capture | sed -n 2p | grep -qE "4/[0-9]+" && break
    sleep 0.1
  done
  reading=$(capture | sed -n 3p | awk -F'│' '{print $2}' | sed 's/^ *//; s/ *$//')
  saw_note=0 saw_loading=0
  for _ in $(seq 1 1200); do
    title=$(capture | head -1)
    echo "$title" | grep -qE "checking [0-9,]+ files…|indexing [0-9,]+/[0-9,]+ new files…" && saw_note=1
    echo "$title" | grep -qE "opening…|indexing [0-9,]+/[0-9,]+ files$" && saw_loading=1
    echo "$title" | grep -qF "$(grouped "$total") articles" && break
    sleep 0.1
  done
  screen=$(capture)
  if echo "$screen" | head -1 | grep -qF "$(grouped "$total") articles"; then
    pass "the $NEW new articles are swapped in ($(echo "$screen" | tail -1 | sed 's/  */ /g'))"
    if echo "$screen" | tail -1 | grep -qF "$NEW new articles"; then pass "the status bar says $NEW new articles"; else fail "no note of the new articles"; echo "$screen" | tail -1; fi
    if [ "$saw_note" = 1 ]; then pass "the title bar noted the rescan"; else fail "no rescan note seen in the title bar"; fi
    if [ "$saw_loading" = 0 ]; then pass "no loading screen on a warm start"; else fail "the loading screen was shown on a warm start"; fi
    # The reader stays open on the same article (its list row may move).
    after=$(echo "$screen" | sed -n 3p | awk -F'│' '{print $2}' | sed 's/^ *//; s/ *$//')
    if [ -n "$reading" ] && [ "$reading" = "$after" ]; then
      pass "the open article stays open across the swap ($after)"
    else
      fail "the reader changed across the swap: '$reading' -> '$after'"
    fi
  else
    fail "the new articles were not swapped in"; echo "$screen"
  fi
  quit_app
  wait_for "EXIT=[0]" >/dev/null || fail "did not quit after the warm start"

  # q during the rescan (more new files to index): prompt exit, terminal restored.
  add_files 600 5 quit
  tm send-keys -t e2e "clear; $BIG_START; echo EXIT=[\$?]" Enter
  if wait_for "files…" >/dev/null; then
    start_ns=$(date +%s%N)
    tm send-keys -t e2e q
    if wait_exit; then
      ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
      if capture | grep -qF "EXIT=[0]" && [ "$ms" -lt 3000 ]; then pass "q during the rescan exits in $ms ms"
      else fail "q during the rescan: $(capture | grep EXIT=) after $ms ms"; fi
    else
      fail "q during the rescan did not exit"
    fi
    check_stty "after q during the rescan" rescan-q
  else
    fail "no rescan note on the second warm start"
  fi
fi

# 8. Reading marks: a flag and a read article are kept across runs, and
# follow the archive when its folder is renamed (matched by file name,
# segment and content; the old path is gone).
MARKS="$TMP/marks"
mkdir -p "$MARKS/news/2026-07"
cp "$ROOT"/seeds/*.txt "$MARKS/news/2026-07/"
marks_start() {  # $1: the corpus folder
  tm send-keys -t e2e "clear; env LC_ALL=C.UTF-8 LANG=C.UTF-8 TERM=xterm-256color XDG_CACHE_HOME=$MARKS/cache XDG_DATA_HOME=$MARKS/data $BIN $1; echo EXIT=[\$?]" Enter
  wait_list >/dev/null
  settle
}
marks_quit() {
  quit_app
  wait_for "EXIT=[0]" >/dev/null || fail "bulletin did not quit ($1)"
}
# The digest seed holds several articles: its first one is the flagged one,
# so the check covers a segment other than 1 too (the second, opened: read).
tm resize-window -t e2e -x 120 -y 40
marks_start "$MARKS/news"
MARKS_N=$(capture | head -1 | grep -oE '[0-9]+ articles' | cut -d' ' -f1)
keys '*'
keys j Enter
keys Space
read_at=$(capture | tail -1 | grep -oE 'line [0-9]+/' || true)
# The terminal window is closed (SIGHUP) a moment after the last key: the
# position was saved once the keys stopped (TerminalApp.idleSave, 1 s).
sleep 1.6
marks_shell=$(tm display-message -p -t e2e '#{pane_pid}')
marks_pid=$(pgrep -P "$marks_shell" -f "$BIN" | head -1 || true)
if [ -n "$marks_pid" ]; then kill -HUP "$marks_pid"; else fail "cannot find the bulletin process"; fi
wait_for "EXIT=[" >/dev/null || fail "bulletin did not exit on SIGHUP"
for folder in news moved; do
  if [ "$folder" = moved ]; then mv "$MARKS/news" "$MARKS/moved"; fi
  marks_start "$MARKS/$folder"
  keys F
  # (A warm start may still note its rescan between the count and the filter.)
  if capture | head -1 | grep -qE "1 of $MARKS_N articles │ .*flagged"; then
    pass "the flag is kept ($folder: $(capture | head -1 | sed 's/  */ /g'))"
  else
    fail "the flag is lost ($folder): $(capture | head -1)"
  fi
  keys F U
  if capture | head -1 | grep -qE "$((MARKS_N - 1)) of $MARKS_N articles │ .*unread"; then
    pass "the read mark is kept ($folder)"
  else
    fail "the read mark is lost ($folder): $(capture | head -1)"
  fi
  keys U
  keys g j Enter
  now_at=$(capture | tail -1 | grep -oE 'line [0-9]+/' || true)
  if [ -n "$read_at" ] && [ "$now_at" = "$read_at" ]; then
    pass "the reading position survives SIGHUP ($folder: $now_at)"
  else
    fail "the reading position is lost ($folder): '$read_at' before SIGHUP, '$now_at' now"
  fi
  keys q
  marks_quit "$folder"
done

# A filter set, and the cursor moved, a moment before SIGTERM (sooner than the
# idle save, TerminalApp.idleSave): saved when the signal comes, back next time.
marks_start "$MARKS/moved"
tm send-keys -t e2e ']'
sleep 0.3
term_shell=$(tm display-message -p -t e2e '#{pane_pid}')
term_pid=$(pgrep -P "$term_shell" -f "$BIN" | head -1 || true)
if [ -n "$term_pid" ]; then kill -TERM "$term_pid"; else fail "cannot find the bulletin process"; fi
wait_for "EXIT=[143]" >/dev/null || fail "bulletin did not exit on SIGTERM as killed by it: $(capture | tail -2)"
marks_start "$MARKS/moved"
if capture | tail -1 | grep -qF "Filters restored: country"; then
  pass "a filter set just before SIGTERM is kept ($(capture | tail -1 | sed 's/  */ /g'))"
else
  fail "a filter set just before SIGTERM is lost: $(capture | head -1)"
fi
keys C
keys q
marks_quit "after SIGTERM"

# A state database that cannot be opened: said in the status bar at once
# (the reason on exit), not only after the session whose marks were lost.
tm send-keys -t e2e "clear; env LC_ALL=C.UTF-8 LANG=C.UTF-8 TERM=xterm-256color XDG_CACHE_HOME=$MARKS/cache XDG_DATA_HOME=/proc/bulletin-e2e $BIN $MARKS/moved; echo EXIT=[\$?]" Enter
wait_list >/dev/null
settle
if capture | tail -1 | grep -qF "Read marks will not be kept"; then
  pass "an unavailable reading state is said at once ($(capture | tail -1 | sed 's/  */ /g'))"
else
  fail "no word of the unavailable reading state: $(capture | tail -1)"
fi
quit_app
if capture | grep -qF "reading state unavailable"; then pass "and why, on exit"; else fail "no reason on exit"; capture; fi

# A UTF-8 locale the machine does not have (LANG=en_US.UTF-8 forwarded by ssh
# to a server without it): the reader starts in C.UTF-8 instead of telling the
# user to set the UTF-8 locale they did set. (xx_YY is installed nowhere.)
tm send-keys -t e2e "clear; env -u LC_ALL -u LC_CTYPE LANG=xx_YY.UTF-8 TERM=xterm-256color XDG_CACHE_HOME=$MARKS/cache XDG_DATA_HOME=$MARKS/data $BIN $MARKS/moved; echo EXIT=[\$?]" Enter
if wait_list >/dev/null; then
  pass "a missing UTF-8 locale falls back to C.UTF-8 ($(capture | head -1 | sed 's/  */ /g'))"
else
  fail "a missing UTF-8 locale stops the reader"; capture
fi
quit_app

# `bulletin search` on a terminal: the match in reverse video, the snippet the
# article's own text (no «…» marks, which French quotation marks made ambiguous).
# Only a real terminal shows this: in a pipe the output is plain (CLI tests).
tm send-keys -t e2e "clear; env LC_ALL=C.UTF-8 LANG=C.UTF-8 TERM=xterm-256color XDG_CACHE_HOME=$TMP/cache XDG_DATA_HOME=$TMP/data $BIN search Minsk $CORPUS --no-index --limit 3; echo SEARCH=[\$?]" Enter
if wait_exit SEARCH; then
  styled=$(tm capture-pane -p -e -t e2e)
  if printf '%s' "$styled" | grep -qF $'\e[7mMinsk'; then
    pass "search on a terminal shows the match in reverse video"
  else
    fail "no reverse-video match in the search output:"; printf '%s\n' "$styled" | cat -v | head -12
  fi
  if capture | grep -qF "«Minsk»"; then fail "search still marks matches «…»"; else pass "search snippets carry no «…» marks"; fi
else
  fail "bulletin search did not finish"; capture
fi

# --ascii on (for terminals that draw ambiguous-width characters wide): the
# borders are "|" in the same columns on every row and no box drawing or "…" is left.
tm send-keys -t e2e "clear; $START --ascii on; echo EXIT=[\$?]" Enter
if wait_list >/dev/null; then
  settle
  capture > "$TMP/ascii.txt"
  if python3 - "$TMP/ascii.txt" "$HEIGHT" <<'PY'
import sys, unicodedata
rows = open(sys.argv[1], encoding="utf-8").read().split("\n")
height = int(sys.argv[2])
def width(ch, prev=""):
    # An emoji after a ZWJ joins the one before it: tmux draws a ZWJ sequence in the first emoji's two
    # columns, as the reader writes it where the terminal joins ZWJ sequences (EmojiSequences).
    wide = unicodedata.east_asian_width(ch) in ("W", "F")
    if (prev == "\u200d" and wide) or unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if wide else 1
def bars(line):
    col, out, prev = 0, [], ""
    for ch in line:
        if ch == "|":
            out.append(col)
        col += width(ch, prev)
        prev = ch
    return out
left = [c for r in rows for c in r if 0x2500 <= ord(c) <= 0x257F or c == "\u2026"]
if left:
    print(f"  box drawing or ellipsis left: {sorted(set(left))}"); sys.exit(1)
# The pane border is the "|" column every body row shares (titles may hold "|" too).
common = set(bars(rows[1]))
for i in range(2, height - 1):
    common &= set(bars(rows[i]))
sys.exit(0 if common else 1)
PY
  then pass "--ascii on: ASCII borders in the same column on every row, no box drawing"
  else fail "--ascii on: borders not ASCII or drifting"; cat "$TMP/ascii.txt"; fi
else
  fail "--ascii on: the reader did not start"; capture
fi
quit_app

if [ "$failures" -gt 0 ]; then echo "e2e-tmux: $failures failure(s)"; exit 1; fi
echo "e2e-tmux: all checks passed"
