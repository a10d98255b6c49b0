#!/usr/bin/env bash
# kcreport beside the anchors (../shared/bench/anchors.sh: the same one-pager made with
# Typst, ReportLab+matplotlib, WeasyPrint), in one run on this machine:
#   1. whole process, one report: `kcreport build --force` of the bundled example (import
#      of the model, checks, Markdown, HTML, chart SVGs, PDF, manifest) against the Typst
#      anchor making only the PDF — wall median (hyperfine) and peak RSS (GNU time);
#   2. a batch in one process: kcreport's per-report cost in a build of N reports against
#      each anchor's per-report cost in its own batch mode.
# Usage: bench/anchors.sh [RUNS] [N]      (defaults 30 and 100)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-30}"
count="${2:-100}"
anchors="$(cd ../shared/bench && pwd)/anchors.sh"
dir="${ANCHORS_DIR:-/tmp/kcreport-anchors}"
[ -x "$dir/.venv/bin/python" ] || "$anchors" setup >/dev/null
swift build -c release --static-swift-stdlib --product kcreport >/dev/null 2>&1
kcreport="$PWD/.build/release/kcreport"
work="$(mktemp -d /tmp/kcreport-anchors-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cp -R kcreport.yaml Examples Templates Fonts "$work/"
(cd "$work" && "$kcreport" build --quiet >/dev/null)   # first build: hashes the fonts once

echo "kcreport $(git describe --always --dirty 2>/dev/null || echo unknown) on $(nproc) cores, $(uname -m); $runs runs each"
echo "1. one report, whole process (wall median; peak RSS)"
hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/one.json" \
  -n "kcreport build (md, html, svg, pdf)" "$kcreport build --force --quiet --config $work/kcreport.yaml" \
  -n "typst anchor (pdf only)" "$dir/anchors/typst/run.sh" >/dev/null
rss() { /usr/bin/time -f "%M" -o "$work/rss" "$@" >/dev/null 2>&1; echo $(( $(tail -1 "$work/rss") / 1024 )); }
kc_rss=$(rss "$kcreport" build --force --quiet --config "$work/kcreport.yaml")
ty_rss=$(rss "$dir/anchors/typst/run.sh")
python3 - "$work/one.json" "$kc_rss" "$ty_rss" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
for r, rss in zip(results, sys.argv[2:]):
    print(f"  {r['command']:<38} {r['median']*1000:7.1f} ms  (min {r['min']*1000:.1f}, user+sys {1000*(r['user']+r['system']):.1f} ms)  peak RSS {rss} MiB")
kc, ty = results[0]["median"], results[1]["median"]
print(f"  kcreport / typst: {kc/ty:.2f} (goal: at most 0.50)")
PY

echo "2. a batch of $count reports in one process (per report)"
{
  echo "output: Output"; echo "templates: Templates"; echo "fonts: Fonts"; echo "reports:"
  for i in $(seq 1 "$count"); do
    echo "  - id: report-$i"; echo "    source: Examples/kc-2024q3.model.json"
    if [ $((i % 2)) -eq 0 ]; then echo "    display-currency: USD"; fi
    if [ $((i % 3)) -eq 0 ]; then echo "    page: Letter"; fi
  done
} > "$work/batch.yaml"
(cd "$work" && "$kcreport" build --quiet --config batch.yaml >/dev/null 2>&1)
start=$(date +%s%N)
(cd "$work" && "$kcreport" build --quiet --force --config batch.yaml >/dev/null 2>&1)
end=$(date +%s%N)
awk -v n="$count" -v ns="$((end - start))" -v cores="$(nproc)" 'BEGIN { printf "  %-38s %7.1f ms per report (%.0f reports/s, all formats, %d cores)\n", "kcreport build", ns / 1e6 / n, n * 1e9 / ns, cores }'
for anchor in typst reportlab_mpl weasyprint; do
  line=$("$dir/anchors/$anchor/run.sh" --batch "$count" 2>/dev/null | grep -o 'rest_median=[0-9.]*ms' || echo "rest_median=n/a")
  printf "  %-38s %s per report (median of reports 2..%d, one core, PDF only)\n" "$anchor anchor" "${line#rest_median=}" "$count"
done
