#!/usr/bin/env bash
# Measures `kcreport build` on a batch: a generated project of N reports (default 200)
# over the bundled example and its variants (reporting currency and US$, A4 and Letter).
# Prints reports per second and peak memory of the full build, then the time of a
# no-op build (everything up to date). Release build; nothing here is a test.
# Usage: bench/build-batch.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-200}"
swift build -c release --static-swift-stdlib --product kcreport >/dev/null
kcreport="$PWD/.build/release/kcreport"
work="$(mktemp -d /tmp/kcreport-batch.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cp Examples/kc-2024q3.model.json "$work/kc.model.json"
cp -R Templates "$work/Templates"
[ -d Fonts ] && cp -R Fonts "$work/Fonts" || mkdir -p "$work/Fonts"
formats="${KCREPORT_BENCH_FORMATS:-}"
{
  echo "output: Output"
  echo "templates: Templates"
  echo "fonts: Fonts"
  if [ -n "$formats" ]; then echo "defaults:"; echo "  formats: [$formats]"; fi
  echo "reports:"
  for i in $(seq 1 "$count"); do
    echo "  - id: report-$i"
    echo "    source: kc.model.json"
    if [ $((i % 2)) -eq 0 ]; then echo "    display-currency: USD"; fi
    if [ $((i % 3)) -eq 0 ]; then echo "    page: Letter"; fi
  done
} > "$work/kcreport.yaml"

measure() {  # label, then the command; prints wall seconds and peak RSS
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  read -r seconds kilobytes < "$work/time"
  echo "$label: ${seconds} s wall, peak RSS $((kilobytes / 1024)) MiB"
  echo "$seconds"
}

echo "kcreport $(git describe --always --dirty 2>/dev/null || echo unknown), $count reports, $(nproc) cores"
full=$(cd "$work" && measure "full build" "$kcreport" build --quiet | tee /dev/stderr | tail -1)
awk -v n="$count" -v s="$full" 'BEGIN { printf "  %.0f reports/s, %.1f ms per report\n", n / s, 1000 * s / n }'
(cd "$work" && measure "no-op build (all up to date)" "$kcreport" build --quiet) | head -1
small=$((count / 4))
(cd "$work" && "$kcreport" build --quiet --force report-1 >/dev/null 2>&1)
one=$(cd "$work" && measure "memory check: full build of $small reports" "$kcreport" build --quiet --force $(seq -f "report-%g" 1 "$small") | head -1)
echo "$one"
