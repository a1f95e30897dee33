#!/usr/bin/env bash
# An edit for the benchmark: toggles a comment line at the top of FILE, so
# each run compiles a changed source whose every span has moved (as any edit
# above the code does), and the two variants alternate.
set -e
f=$1
if head -n 1 "$f" | grep -q '^// bench edit$'; then
  sed -i '1d' "$f"
else
  sed -i '1i // bench edit' "$f"
fi
