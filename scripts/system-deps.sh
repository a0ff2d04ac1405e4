#!/usr/bin/env bash
# Install the Debian packages the full test suite needs, if missing:
# PostgreSQL (server and client) for the PostgreSQL half of the suite,
# Chromium and a CJK font for the browser tests, Tesseract's language packs for OCR,
# openssl for the local time-stamping authority.
# Needs root or passwordless sudo; without them it says so and returns 0,
# and the tests that need these packages skip with a reason (outside CI).
set -uo pipefail
wanted=(postgresql postgresql-client chromium fonts-wqy-microhei libicu-dev pkg-config openssl
        tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim tesseract-ocr-chi-tra tesseract-ocr-ita
        tesseract-ocr-deu tesseract-ocr-spa tesseract-ocr-fra tesseract-ocr-nld tesseract-ocr-por)
missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  sudo_cmd=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo_cmd=(sudo -n)
else
  echo "note: not root; cannot install ${missing[*]} (the tests that need them will skip)" >&2
  exit 0
fi
echo "installing Debian packages: ${missing[*]}" >&2
"${sudo_cmd[@]}" apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
