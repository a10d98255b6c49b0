#!/usr/bin/env bash
# Installs what kcreport needs on a fresh Debian 12 machine that has Swift.
# Safe to run again. Runs apt-get as root, or through sudo when not root.
set -euo pipefail

packages=(
  ca-certificates
  git
  pandoc         # tests: the Markdown one-pager renders as intended in a GFM renderer
  tidy           # tests: the HTML one-pager has no errors or warnings
  libcairo2-dev  # the PDF and PNG one-pager (Cairo 1.16)
  libpango1.0-dev  # text shaping and measuring (Pango on fontconfig)
  fonts-inter    # Fonts/: the one-pager's typeface
  fonts-droid-fallback  # Fonts/: the CJK fallback for the company's Chinese name
  poppler-utils  # tests: pdffonts, pdfinfo, pdftotext, pdftoppm
  qpdf           # tests: qpdf --check
  libcurl4-openssl-dev  # kcreport send: SMTP with TLS through libcurl (OpenSSL)
  openssl        # tests: a self-signed certificate for the STARTTLS test server
  python3-aiosmtpd  # tests: the SMTP server the send tests start on loopback (/usr/bin/python3)
)

if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

# Fonts/: the only fonts kcreport uses (registered with its own fontconfig configuration).
# Copied from the Debian packages above; not committed. Idempotent: copies only what differs.
root="$(cd "$(dirname "$0")/.." && pwd)"
fonts=(
  /usr/share/fonts/opentype/inter/Inter-Regular.otf
  /usr/share/fonts/opentype/inter/Inter-Italic.otf
  /usr/share/fonts/opentype/inter/Inter-Medium.otf
  /usr/share/fonts/opentype/inter/Inter-SemiBold.otf
  /usr/share/fonts/opentype/inter/Inter-Bold.otf
  /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf
)
mkdir -p "$root/Fonts"
for f in "${fonts[@]}"; do
  [ -f "$f" ] || { echo "setup.sh: $f is missing; is its package installed?" >&2; exit 1; }
  cmp -s "$f" "$root/Fonts/$(basename "$f")" || cp "$f" "$root/Fonts/"
done
