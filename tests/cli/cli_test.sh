#!/usr/bin/env bash
# Tests that run the real marsad binary: exit codes, messages and output for good and bad inputs.
# Usage: cli_test.sh PATH/TO/marsad SOURCE_DIR
set -u
MARSAD=$1
SRC=$2
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
passed=0
failed=0

check() {  # check NAME EXPECTED_EXIT ACTUAL_EXIT [CONDITION_RESULT]
  local name=$1 want=$2 got=$3 cond=${4:-0}
  if [ "$got" = "$want" ] && [ "$cond" = 0 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name (exit $got, wanted $want; condition $cond)"
    [ -s "$TMP/err" ] && sed 's/^/  stderr: /' "$TMP/err" | head -5
  fi
}

run() { "$MARSAD" "$@" >"$TMP/out" 2>"$TMP/err"; echo $?; }

# Help and version.
check "--version" 0 "$(run --version)" "$(grep -q 'marsad 0' "$TMP/out"; echo $?)"
check "--help" 0 "$(run --help)" "$(grep -q analyze "$TMP/out"; echo $?)"
check "analyze --help" 0 "$(run analyze --help)" "$(grep -q -- --date "$TMP/out"; echo $?)"
check "no command" 2 "$(run)"
check "unknown flag" 2 "$(run analyze --no-such-flag x)"

# The example articles: every span cuts back to its text; the dateline gives 11 September.
for f in "$SRC"/examples/*.txt; do
  code=$(run analyze --date 2021-10-19 "$f")
  python3 - "$f" "$TMP/out" >"$TMP/py" 2>&1 <<'PY'
import json, sys
raw = open(sys.argv[1], 'rb').read()
n = 0
for line in open(sys.argv[2], encoding='utf-8'):
    s = json.loads(line)
    assert raw[s['start']:s['end']].decode() == s['text'], s['text']
    for t in s['tokens']:
        assert raw[t['start']:t['end']].decode() == t['text'], t
        assert t['kind'] in ('word', 'latin', 'foreign', 'number', 'punct', 'url', 'email', 'hashtag', 'mention')
        if t['kind'] == 'word':
            assert t['seg'] and all('stem' in a for a in t['seg'])
    for d in s['dates']:
        assert raw[d['start']:d['end']].decode() == d['text']
    n += 1
assert n > 10
PY
  check "analyze $(basename "$f")" 0 "$code" "$?"
done
run analyze "$SRC/examples/irna-baqeri-beijing.txt" >/dev/null
check "dateline date" 0 0 "$(grep -q '"text":"11 ايلول/ سبتمبر","start":[0-9]*,"end":[0-9]*,"kind":"absolute","granularity":"day","value":"--09-11"' "$TMP/out"; echo $?)"
check "stdin" 0 "$(printf 'زار الوزير بكين أمس.' | "$MARSAD" analyze --date 2021-09-12 - 2>"$TMP/err" >"$TMP/out"; echo $?)" \
  "$(grep -q '"value":"2021-09-11"' "$TMP/out"; echo $?)"

# Bad inputs.
check "missing file" 2 "$(run analyze "$TMP/nope.txt")" "$(grep -q "nope.txt: no such file" "$TMP/err"; echo $?)"
: >"$TMP/empty.txt"
check "empty file" 0 "$(run analyze "$TMP/empty.txt")" "$(grep -q "empty input" "$TMP/err" && [ ! -s "$TMP/out" ]; echo $?)"
printf 'زار الوزير\xff\xfe بكين.\n' >"$TMP/bad-utf8.txt"
check "invalid UTF-8" 1 "$(run analyze "$TMP/bad-utf8.txt")" \
  "$(grep -q "invalid UTF-8 byte(s), first at byte offset 19" "$TMP/err" && python3 -c "import json,sys; [json.loads(l) for l in open(sys.argv[1])]" "$TMP/out"; echo $?)"
head -c 4096 /dev/urandom >"$TMP/random.bin"
printf '\x00\x01\x02' >>"$TMP/random.bin"
cp "$SRC/examples/irna-baqeri-beijing.txt" "$TMP/good.txt"
check "binary file" 2 "$(run analyze "$TMP/random.bin")" "$(grep -q "random.bin" "$TMP/err"; echo $?)"
check "binary among good" 1 "$(run analyze "$TMP/random.bin" "$TMP/good.txt")" "$( [ -s "$TMP/out" ]; echo $?)"
printf '\xe3\xd1\xcd\xc8\xc7 \xc8\xc7\xe1\xda\xc7\xe1\xe3 %.0s' $(seq 1 30) >"$TMP/cp1256.txt"
check "windows-1256" 2 "$(run analyze "$TMP/cp1256.txt")" "$(grep -q "Windows-1256" "$TMP/err"; echo $?)"
check "bad --date" 2 "$(run analyze --date 2021-13-01 "$TMP/good.txt")" "$(grep -q "YYYY-MM-DD" "$TMP/err"; echo $?)"
check "bad --keep" 2 "$(run analyze --keep nonsense "$TMP/good.txt")" "$(grep -q "nonsense" "$TMP/err"; echo $?)"
check "directory" 2 "$(run analyze "$TMP")"

# A huge single line (no line breaks) streams in bounded memory: 60 MB here (the limit is the same for 200 MB).
python3 -c "
import sys
w = 'زار الوزير الإيراني العاصمة الصينية بكين لبحث التعاون العسكري '.encode()
sys.stdout.buffer.write(w * (60_000_000 // len(w)))" >"$TMP/huge.txt"
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f '%M' -o "$TMP/rss" "$MARSAD" analyze "$TMP/huge.txt" 2>"$TMP/err" | tail -c 300 >"$TMP/tail"
  code=${PIPESTATUS[0]}
  rss_kb=$(tail -n 1 "$TMP/rss")
  check "huge single line (max RSS ${rss_kb} KB)" 0 "$code" "$( [ "$rss_kb" -lt 400000 ] && grep -q 'over-long sentence' "$TMP/err"; echo $?)"
else
  code=$("$MARSAD" analyze "$TMP/huge.txt" 2>"$TMP/err" >/dev/null; echo $?)
  check "huge single line" 0 "$code"
fi

# clean: chrome removed, datelines reported, bad JSONL lines reported with file:line, the rest kept.
check "clean examples" 0 "$(run clean "$SRC"/examples/*.txt)" \
  "$(python3 -c "
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1])]
assert len(docs) == 2
for d in docs:
    assert d['dateline'] and d['removed'] and 'تعليقك' not in d['text'] and 'time reading icon' not in d['text']
" "$TMP/out"; echo $?)"
printf '{"id":"x1","text":"قال الوزير إن المحادثات مستمرة."}\n{"id":"x2","text":\n{"id":"x3","text":"زار الرئيس بكين."}\n' >"$TMP/docs.jsonl"
check "clean bad JSONL line" 1 "$(run clean "$TMP/docs.jsonl")" \
  "$(grep -q 'docs.jsonl:2' "$TMP/err" && [ "$(wc -l <"$TMP/out")" = 2 ]; echo $?)"
check "clean clusters file" 0 "$(run clean --clusters "$TMP/clusters.jsonl" "$SRC/examples/irna-baqeri-beijing.txt" "$SRC/examples/irna-baqeri-beijing.txt")" \
  "$(grep -q '"size":2' "$TMP/clusters.jsonl"; echo $?)"
check "clean missing" 2 "$(run clean "$TMP/nope.jsonl")" "$(grep -q 'nope.jsonl' "$TMP/err"; echo $?)"

# dict: the shipped dictionaries lint clean; lookup explains a seed phrase with file:line.
check "dict check" 0 "$(run dict check)" "$(grep -q '0 error(s)' "$TMP/err"; echo $?)"
check "dict stats" 0 "$(run dict stats)" "$(grep -q 'event roots: 01=' "$TMP/out"; echo $?)"
check "dict lookup" 0 "$(run dict lookup --date 2021-10-18 'وزير الدفاع الروسي سيرغي شويغو')" \
  "$(grep -q '"resolves_to":"RUSGOV (person' "$TMP/out" && grep -q 'actors.tsv:[0-9]' "$TMP/out"; echo $?)"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
