#!/usr/bin/env bash
# An edit for the benchmark: puts a fresh comment on the first line of FILE
# (`// bench edit <nanoseconds>`) and adds or removes a second comment line,
# so every compile sees a source no command has compiled before, with the
# spans below moved, as after a real edit. (Toggling between two fixed
# versions would let one command's compile warm the incremental cache for
# another's.)
set -e
f=$1
stamp="// bench edit $(date +%s%N)"
if head -n 1 "$f" | grep -q '^// bench edit '; then
  sed -i "1s|.*|$stamp|" "$f"
  if sed -n 2p "$f" | grep -q '^// bench$'; then sed -i '2d' "$f"; else sed -i '1a // bench' "$f"; fi
else
  sed -i "1i $stamp" "$f"
fi
