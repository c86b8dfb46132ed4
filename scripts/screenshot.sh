#!/usr/bin/env bash
# Takes the console screenshot for the docs from a real window under Xvfb and writes
# docs/images/console.png (or the file given as $1). docs/screenshots.sh does the work (and takes
# the other screens of the user guide too).
set -euo pipefail

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -eq 0 ]; then
    exec "$ROOT_DIR/docs/screenshots.sh" --only console
fi
OUT="$1"
TMP_OUT="$(mktemp -d)"
trap 'rm -rf "$TMP_OUT"' EXIT
"$ROOT_DIR/docs/screenshots.sh" --only console --out-dir "$TMP_OUT"
mkdir -p "$(dirname "$OUT")"
mv "$TMP_OUT/console.png" "$OUT"
echo "Wrote $OUT"
