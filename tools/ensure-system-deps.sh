#!/usr/bin/env bash
# Install the Debian packages magpipe needs when they are missing.
# Usage: tools/ensure-system-deps.sh [--browser]
#   always: tesseract-ocr with its eng, vie and osd data; poppler-utils (pdftoppm for checks);
#           the typefaces of the held-out layout families (fixtures/heldout_kit.py: Liberation,
#           FreeFont, Noto, Carlito; without them DejaVu stands in)
#   --browser: chromium, for the review-page browser test
set -euo pipefail

missing=()
have_lang() { tesseract --list-langs 2>/dev/null | grep -qx "$1"; }
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
have_lang eng || missing+=(tesseract-ocr-eng)
have_lang vie || missing+=(tesseract-ocr-vie)
have_lang osd || missing+=(tesseract-ocr-osd)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || missing+=(fonts-dejavu-core)
fonts=/usr/share/fonts/truetype
[ -e $fonts/liberation2/LiberationSerif-Regular.ttf ] || missing+=(fonts-liberation2)
[ -e $fonts/freefont/FreeSerif.ttf ] || missing+=(fonts-freefont-ttf)
[ -e $fonts/noto/NotoSerif-Regular.ttf ] || missing+=(fonts-noto-core)
[ -e $fonts/crosextra/Carlito-Regular.ttf ] || missing+=(fonts-crosextra-carlito)
if [ "${1:-}" = "--browser" ]; then
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fi

[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
    echo "magpipe: missing system packages: ${missing[*]}; run: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
