#!/bin/sh
# Regenerates the screenshots in this folder from a real demo run (nothing made up):
#  1. three simulated nodes (the same profiles as the app's simulated lab) on 127.0.0.1;
#  2. tokscope-cli runs a 3 node x 2 mode x 3 run comparison and a benchmark run against them, into a
#     fresh history database;
#  3. tokscope --demo opens each page on that history at 1280x720 and 1920x1080 and saves a PNG.
# Usage: docs/screenshots/capture.sh [BUILD_DIR] [LANG]   (needs QT_QPA_PLATFORM=offscreen or a display)
# HISTORY=/path/history.sqlite keeps the demo history there and reuses it when it exists.
# ONLY_HISTORY=1 makes the history and stops.
set -eu
BUILD=${1:-build}
LANG_UI=${2:-en}
OUT=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
CLI="$BUILD/app/cli/tokscope-cli"
APP="$BUILD/app/tokscope"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
trap 'kill $SIMS 2>/dev/null || true; rm -rf "$WORK"' EXIT

DB=${HISTORY:-$WORK/history.sqlite}
SIMS=""
if [ ! -s "$DB" ]; then
"$CLI" sim --profile vllm-dgx --port 38001 >/dev/null 2>&1 & SIMS="$SIMS $!"
"$CLI" sim --profile vllm-dgx-thinking --port 38002 >/dev/null 2>&1 & SIMS="$SIMS $!"
"$CLI" sim --profile llamacpp-5090 --port 38003 >/dev/null 2>&1 & SIMS="$SIMS $!"
cat > "$WORK/nodes.json" <<JSON
{"version": 1, "nodes": [
 {"id": "sim-dgx1", "name": "DGX1 (simulated)", "url": "http://127.0.0.1:38001", "simulated": true, "thinking_default": true},
 {"id": "sim-dgx2", "name": "DGX2 (simulated)", "url": "http://127.0.0.1:38002", "simulated": true, "thinking_default": true},
 {"id": "sim-desktop5090", "name": "Desktop 5090 (simulated)", "url": "http://127.0.0.1:38003", "simulated": true, "thinking_default": false}
]}
JSON
sleep 2
echo "Explain what the KV cache of a transformer holds and why it speeds up decoding, in three sentences." > "$WORK/prompt.txt"
for i in 1 2; do
  "$CLI" bench --config "$WORK/nodes.json" --db "$DB" --node sim-dgx1 --node sim-dgx2 --node sim-desktop5090 --suite factual-en --runs 1 >/dev/null || true
done
"$CLI" compare --config "$WORK/nodes.json" --db "$DB" --node sim-dgx1 --node sim-dgx2 --node sim-desktop5090 --thinking on,off --runs 3 --parallel \
       --prompt-file "$WORK/prompt.txt" >/dev/null || true
kill $SIMS 2>/dev/null || true
fi
[ -n "${ONLY_HISTORY:-}" ] && exit 0

for size in 1280x720 1920x1080; do
  page=0
  for name in dashboard compare benchmarks history overview pair; do
    "$APP" --demo --lang "$LANG_UI" --db "$DB" --settings "$WORK/settings.ini" --page $page --size $size \
           --screenshot "$OUT/$name-$LANG_UI-$size.png" --screenshot-delay 15
    page=$((page + 1))
  done
done
echo "screenshots in $OUT"
