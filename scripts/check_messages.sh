#!/usr/bin/env bash
# Check that every .po catalogue under locale/ compiles and that each committed
# .mo file is exactly what msgfmt makes of its .po file.
#
# Django's compilemessages skips a .po file whose .mo file looks newer, and a
# fresh clone gives both the same age, so this compiles each one itself.
set -euo pipefail

cd "$(dirname "$0")/.."
scratch="$(mktemp)"
trap 'rm -f "$scratch"' EXIT

status=0
while IFS= read -r po; do
  mo="${po%.po}.mo"
  if ! msgfmt --check-format -o "$scratch" "$po"; then
    echo "Invalid catalogue: $po (see the msgfmt errors above)." >&2
    status=1
    continue
  fi
  if git ls-files --error-unmatch "$mo" >/dev/null 2>&1 && ! cmp -s "$scratch" "$mo"; then
    echo "Stale catalogue: $mo differs from its .po file. Run 'make messages' and commit $mo." >&2
    status=1
  fi
done < <(git ls-files 'locale/*.po')
exit $status
