#!/usr/bin/env bash
# Installs what kcreport needs on a fresh Debian 12 machine that has Swift.
# Safe to run again. Runs apt-get as root, or through sudo when not root.
set -euo pipefail

packages=(
  ca-certificates
  git
  pandoc         # tests: the Markdown one-pager renders as intended in a GFM renderer
  tidy           # tests: the HTML one-pager has no errors or warnings
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
