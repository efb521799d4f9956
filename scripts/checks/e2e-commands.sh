#!/usr/bin/env bash
# End-to-end test of | (pipe), O (open the URL) and of the marks of another
# instance, in a real terminal (tmux), on .build/debug/bulletin with its
# index and state database in a temporary folder. Checks that
#  - O runs $BROWSER with the article's URL (a script that writes it to a
#    file), and the reader comes back with "Opened … with …";
#  - | with `cat > FILE` gives the command the article (title, blank line,
#    details, text), and the reader comes back after a key with
#    "Piped to … (exit 0)"; | again offers the same command; a command that
#    does not exist says "Command not found: … (exit 127)" and the reader still comes back;
#  - O on an article without a URL says so;
#  - a second instance's read mark and flag show in the first within a few
#    seconds, without a key; the first one's mark shows in the second.
# Uses its own tmux server (-L bulletin-commands-$$), always killed on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BIN="$ROOT/.build/debug/bulletin"
command -v tmux >/dev/null || { echo "e2e-commands: tmux is not installed (scripts/setup installs it)"; exit 1; }
[ -x "$BIN" ] || swift build --product bulletin >/dev/null
export LC_ALL=C.UTF-8 LANG=C.UTF-8

SOCKET="bulletin-commands-$$"
TMP=$(mktemp -d)
tm() { tmux -L "$SOCKET" "$@"; }
cleanup() { tm kill-server >/dev/null 2>&1 || true; rm -rf "$TMP"; }
trap cleanup EXIT

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
# Every helper takes the tmux session first: a (the first instance) or b (the second).
capture() { tm capture-pane -p -t "$1"; }
status_line() { capture "$1" | tail -1 | sed 's/  */ /g'; }
title_line() { capture "$1" | head -1 | sed 's/  */ /g'; }
wait_for() {
  local deadline=$((SECONDS + ${3:-20}))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if capture "$1" | grep -qF -- "$2"; then return 0; fi
    sleep 0.05
  done
  echo "timed out waiting for '$2' in $1; the pane shows:"; capture "$1"
  return 1
}
settle() {
  local prev="" cur
  for _ in $(seq 1 50); do
    sleep 0.1
    cur=$(capture "$1")
    [ "$cur" = "$prev" ] && return 0
    prev=$cur
  done
}
keys() { local s=$1; shift; tm send-keys -t "$s" "$@"; settle "$s"; }
typed() { tm send-keys -t "$1" -l "$2"; settle "$1"; }
wait_ready() {
  for _ in $(seq 1 600); do
    if title_line "$1" | grep -qE '[0-9]+ (of [0-9]+ )?articles' && ! title_line "$1" | grep -qE 'files…'; then settle "$1"; return 0; fi
    sleep 0.1
  done
  echo "timed out waiting for the list in $1; the pane shows:"; capture "$1"
  return 1
}

CORPUS="$TMP/news"
mkdir -p "$CORPUS"
cp "$ROOT"/seeds/*.txt "$CORPUS/"
# The browser: writes the URL it was given to a file.
cat > "$TMP/browser" <<SH
#!/bin/sh
printf '%s\n' "\$1" > "$TMP/opened.txt"
SH
chmod +x "$TMP/browser"
ENVS="env LC_ALL=C.UTF-8 LANG=C.UTF-8 TERM=xterm-256color XDG_CACHE_HOME=$TMP/cache XDG_DATA_HOME=$TMP/data BROWSER=$TMP/browser"

for s in a b; do
  tm -f /dev/null new-session -d -s "$s" -x 120 -y 40 "env PS1='e2e\$ ' bash --norc --noprofile"
  tm set-option -t "$s" status off >/dev/null
  wait_for "$s" 'e2e$' >/dev/null
done
tm send-keys -t a "clear; $ENVS $BIN $CORPUS; echo EXIT=[\$?]" Enter
wait_ready a

# 1. O on the last article (the Arabic one, whose source line has a URL).
keys a G
keys a O
if wait_for a "Opened https://www.vietnamplus.vn/" 10 >/dev/null && grep -qF "https://www.vietnamplus.vn/tong-bi-thu" "$TMP/opened.txt" 2>/dev/null; then
  pass "O runs \$BROWSER with the URL ($(status_line a | cut -c1-70)…)"
else
  fail "O: status '$(status_line a)', file '$(cat "$TMP/opened.txt" 2>/dev/null)'"
fi
total=$(title_line a | grep -oE '[0-9]+ articles' | cut -d' ' -f1)
if [ -n "$total" ]; then pass "the reader is back after the browser ($total articles)"; else fail "no list after O"; capture a; fi

# 2. | cat > FILE on the first article.
keys a g
first_title=$("$BIN" list "$CORPUS" --no-index --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["title"])')
keys a '|'
if status_line a | grep -qF "Pipe to: _"; then pass "| opens the prompt"; else fail "no prompt: $(status_line a)"; fi
typed a "cat > $TMP/piped.txt"
keys a Enter
if wait_for a "[exit 0] Press any key to return to Bulletin" 10 >/dev/null; then pass "the command ran with the terminal"; else fail "no key prompt after the command"; fi
keys a Space
if wait_for a "Piped to cat > $TMP/piped.txt (exit 0)" 10 >/dev/null; then pass "the status line says Piped to … (exit 0)"
else fail "status after the pipe: $(status_line a)"; fi
# The title as the list cuts it ("…") is sent whole: the piped first line is it, or starts with it less the "…".
piped_title=$(sed -n 1p "$TMP/piped.txt")
if { [ "$piped_title" = "$first_title" ] || { [ "${first_title%…}" != "$first_title" ] && [ "${piped_title#"${first_title%…}"}" != "$piped_title" ] \
       && [ ${#piped_title} -gt ${#first_title} ]; }; } && [ -z "$(sed -n 2p "$TMP/piped.txt")" ] \
   && grep -q '^Language: ' "$TMP/piped.txt" && [ "$(wc -l < "$TMP/piped.txt")" -gt 6 ]; then
  pass "the command got the article: title, blank line, details, text ($(wc -l < "$TMP/piped.txt") lines)"
else
  fail "the piped text:"; head -8 "$TMP/piped.txt" || true
fi
if title_line a | grep -qE "$total articles"; then pass "the screen is redrawn after the pipe"; else fail "no list after |"; capture a; fi

# 3. | again offers the last command; one that does not exist still gives the terminal back.
keys a '|'
if status_line a | grep -qF "Pipe to: cat > $TMP/piped.txt_"; then pass "| offers the last command again"; else fail "not offered again: $(status_line a)"; fi
keys a C-u
typed a "no-such-command-e2e"
keys a Enter
wait_for a "[exit 127] Press any key to return to Bulletin" 10 >/dev/null || true
keys a Space
if wait_for a "Command not found: no-such-command-e2e (exit 127)" 10 >/dev/null; then pass "a missing command says it was not found (exit 127)"; else fail "status: $(status_line a)"; fi
keys a '|'
keys a C-u
typed a 'kill -9 $$'
keys a Enter
wait_for a "[killed by signal 9] Press any key to return to Bulletin" 10 >/dev/null || true
keys a Space
if wait_for a 'kill -9 $$: killed by signal 9' 10 >/dev/null && title_line a | grep -qE "$total articles"; then
  pass "a command killed by a signal gives the terminal back and says so"
else fail "after a killed command: $(status_line a)"; fi
keys a '|'
keys a Escape
if ! status_line a | grep -qF "Pipe to"; then pass "Esc cancels the prompt"; else fail "Esc left the prompt open"; fi

# 4. O on an article without a URL.
keys a O
if status_line a | grep -qF "No URL in this article"; then pass "O without a URL says so"; else fail "O without URL: $(status_line a)"; fi

# 5. A second instance marks the second article read and flags it: the first shows it without a key.
tm send-keys -t b "clear; $ENVS $BIN $CORPUS; echo EXIT=[\$?]" Enter
wait_ready b
keys a j k  # no message left on the first one's status line (a message of the user's own is not replaced)
keys b j u '*'
if wait_for a "Marked in another Bulletin" 5 >/dev/null; then pass "the first instance says another one marked ($(status_line a | cut -c1-60))"
else fail "the other instance's marks did not show"; fi
sleep 1.5  # both marks, if they came in two polls
keys a U
if title_line a | grep -qE "$((total - 1)) of $total articles"; then pass "its read mark counts in the first instance (U: $((total - 1)) of $total)"; else fail "U after the other's read: $(title_line a)"; fi
keys a U F
if title_line a | grep -qE "1 of $total articles"; then pass "its flag counts in the first instance (F: 1 of $total)"; else fail "F after the other's flag: $(title_line a)"; fi
keys a F
# And back: the first one's mark shows in the second.
keys b k j  # the same for the second one
keys a G u
if wait_for b "Marked in another Bulletin: 1 read" 5 >/dev/null; then pass "the second instance sees the first one's mark"
else fail "the first one's mark did not show in the second"; fi
keys b U
if title_line b | grep -qE "$((total - 2)) of $total articles"; then pass "both marks count in the second (U: $((total - 2)) of $total)"; else fail "U in the second: $(title_line b)"; fi

for s in a b; do
  keys "$s" Q
  if wait_for "$s" "EXIT=[0]" 10 >/dev/null; then pass "instance $s quits with status 0"; else fail "instance $s did not quit cleanly"; fi
done
# The commands' output and key prompts were erased from the shell's screen when Bulletin came back: the screen
# after quitting shows no "Press any key" (it stayed under the cursor, and the shell wrote over it).
if ! capture a | grep -qF "Press any key"; then pass "no command prompt left on the shell's screen after quitting"
else fail "the shell's screen after quitting:"; capture a; fi
tm send-keys -t a "stty -a > $TMP/stty.txt; echo STTY-DONE" Enter
wait_for a "STTY-DONE" >/dev/null || true
sleep 0.2
if grep -qE '(^|[ ;])icanon' "$TMP/stty.txt" && ! grep -qE -- '-icanon' "$TMP/stty.txt" \
   && grep -qE '(^|[ ;])echo([ ;]|$)' "$TMP/stty.txt" && ! grep -qE -- '(^|[ ;])-echo([ ;]|$)' "$TMP/stty.txt"; then
  pass "the terminal is back in its ordinary mode (icanon echo)"
else fail "the terminal is not restored:"; cat "$TMP/stty.txt" 2>/dev/null || true; fi

if [ "$failures" -gt 0 ]; then echo "e2e-commands: $failures failure(s)"; exit 1; fi
echo "e2e-commands: all passed"
