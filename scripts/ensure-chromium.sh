#!/usr/bin/env bash
# Makes sure a Chromium for the browser tests is there: CHROMIUM_PATH, else
# /usr/bin/chromium, else Debian's package when we can install it (root + apt-get).
set -euo pipefail
if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  if [[ -x "$CHROMIUM_PATH" ]]; then echo "Chromium: $CHROMIUM_PATH"; exit 0; fi
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2; exit 1
fi
if [[ -x /usr/bin/chromium ]]; then echo "Chromium: /usr/bin/chromium"; exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == "0" ]]; then
  echo "Installing Debian's chromium for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  if [[ -x /usr/bin/chromium ]]; then echo "Chromium: /usr/bin/chromium"; exit 0; fi
fi
cat >&2 <<'MSG'
The browser tests need Chromium and none was found.
Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH
to a Chromium or Chrome executable, then run `npm test` again.
MSG
exit 1
