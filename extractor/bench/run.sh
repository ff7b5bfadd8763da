#!/usr/bin/env bash
# Speed bar of the extractor: Java CLI with --threads 2 against Readability.js (@mozilla/readability on
# linkedom, Node, one core) on the same pages, both timed from the first page to the last after loading.
# usage: extractor/bench/run.sh [PAGES_DIR]   (default: ../shared/datasets/extraction/aeb/html)
# Then a steady-state comparison, one thread each (SteadyState.java against readability-bench.mjs in its warm mode).
# Also extracts one ~5 MB page with -Xmx64m to show the memory bar.
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
MODULE="$(dirname "$BENCH")"
REPO="$(dirname "$MODULE")"
PAGES="${1:-$REPO/../shared/datasets/extraction/aeb/html}"
[ -d "$PAGES" ] || PAGES="$REPO/shared/datasets/extraction/aeb/html"
JAR="$MODULE/target/newsflow-extractor.jar"

if [ ! -d "$BENCH/node_modules/@mozilla/readability" ] || [ ! -d "$BENCH/node_modules/linkedom" ]; then
  (cd "$BENCH" && npm install --no-audit --no-fund --silent)
fi
if [ ! -f "$JAR" ]; then
  (cd "$REPO" && mvn -q -pl extractor -am package -DskipTests)
fi

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

rate() { sed -n 's/.*(\([0-9.]*\) pages\/s).*/\1/p' | tail -1; }

compare() { # $1 = pages dir, $2 = label
  local java_line node_line
  java_line="$(java -jar "$JAR" --in "$1" --out "$OUT/json-$2" --threads 2 | tail -1)"
  node_line="$(node "$BENCH/readability-bench.mjs" "$1" | tail -1)"
  echo "[$2] newsflow extractor (--threads 2): $java_line"
  echo "[$2] Readability.js + linkedom:        $node_line"
  awk -v j="$(echo "$java_line" | rate)" -v n="$(echo "$node_line" | rate)" -v l="$2" \
    'BEGIN { printf "[%s] speed ratio: %.1fx (bar: 6x)\n", l, j / n }'
}

# 1. One pass over the pages, as the acceptance check runs it: includes the JVM's JIT warm-up.
compare "$PAGES" "single pass"
# 2. The same files repeated ROUNDS times in one batch: throughput once both runtimes are warm.
ROUNDS="${ROUNDS:-5}"
mkdir -p "$OUT/batch"
for r in $(seq 1 "$ROUNDS"); do
  for f in "$PAGES"/*.html "$PAGES"/*.html.gz; do
    [ -e "$f" ] && ln -s "$f" "$OUT/batch/r$r-$(basename "$f")"
  done
done
compare "$OUT/batch" "${ROUNDS}x batch"

# 3. Steady state, one thread, per page: both runtimes warm (the Java side until its JIT has stopped compiling),
#    the same pages in memory, the median of timed rounds. This is the per-core cost the Readability.js figure of
#    the issue (~45 pages/s on one core) describes. Besides wall clock, the process CPU time of both (GC and JIT
#    threads included) is compared: on a shared machine it does not count the time spent waiting for a core.
WARMUP="${WARMUP:-20}"
STEADY_ROUNDS="${STEADY_ROUNDS:-15}"
java_steady="$(java -cp "$JAR" "$BENCH/SteadyState.java" "$PAGES" "$WARMUP" "$STEADY_ROUNDS" | tail -1)"
node_steady="$(node "$BENCH/readability-bench.mjs" "$PAGES" 5 "$STEADY_ROUNDS" | tail -1)"
echo "[steady state] newsflow extractor: $java_steady"
echo "[steady state] Readability.js + linkedom: $node_steady"
awk -v jw="$(echo "$java_steady" | sed -n 's/.*median \([0-9.]*\) pages\/s.*/\1/p')" \
    -v nw="$(echo "$node_steady" | sed -n 's/.*median \([0-9.]*\) pages\/s.*/\1/p')" \
    -v jc="$(echo "$java_steady" | sed -n 's/.*process (with GC and JIT threads) \([0-9.]*\) pages\/s.*/\1/p')" \
    -v nc="$(echo "$node_steady" | sed -n 's/.*by process CPU time \([0-9.]*\) pages\/s.*/\1/p')" \
    'BEGIN { printf "[steady state] speed ratio, one thread each: %.1fx by wall clock, %.1fx by process CPU time (bar: 6x)\n", jw / nw, jc / nc }'

# Memory bar: a ~5 MB page (the pages above concatenated into one body) within 64 MB of heap.
BIG="$OUT/big"
mkdir -p "$BIG"
python3 - "$PAGES" "$BIG/big.html" <<'PY'
import gzip, os, re, sys
src, dst = sys.argv[1], sys.argv[2]
parts, size = [], 0
for name in sorted(os.listdir(src)):
    raw = open(os.path.join(src, name), 'rb').read()
    html = (gzip.decompress(raw) if name.endswith('.gz') else raw).decode('utf-8', 'replace')
    body = re.search(r'(?is)<body[^>]*>(.*)</body>', html)
    parts.append(body.group(1) if body else html)
    size += len(parts[-1].encode())
    if size > 5_000_000:
        break
with open(dst, 'w', encoding='utf-8') as f:
    f.write('<html><head><title>Big page</title></head><body>' + ''.join(parts) + '</body></html>')
print(f"5 MB page: {os.path.getsize(dst) / 1e6:.1f} MB", file=sys.stderr)
PY
java -Xmx64m -jar "$JAR" --in "$BIG" --out "$OUT/big-json" --threads 1 | tail -1 | sed 's/^/5 MB page with -Xmx64m: /'
