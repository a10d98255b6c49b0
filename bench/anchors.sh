#!/usr/bin/env bash
# kcreport beside the anchors (../shared/bench/anchors.sh: the same one-pager made with
# Typst, ReportLab+matplotlib, WeasyPrint), in one run on this machine:
#   1. whole process, one report: `kcreport build --force` of the bundled example (import
#      of the model, checks, Markdown, HTML, chart SVGs, PDF, manifest) against the Typst
#      anchor making only the PDF, their runs taking turns — wall and user+sys medians, and
#      the peak RSS of all runs;
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
echo "1. one report, whole process (wall median, user+sys median, peak RSS of all runs), the two taking turns"
# Interleaved rather than one command's runs after the other's: a shared machine's speed
# drifts by a third within a minute, which would otherwise fall on one side only.
python3 - "$runs" "$kcreport" "$work/kcreport.yaml" "$dir/anchors/typst/run.sh" <<'PY'
import os, statistics, sys, time
runs, kcreport, config, typst = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
commands = [("kcreport build (md, html, svg, pdf)", [kcreport, "build", "--force", "--quiet", "--config", config]),
            ("typst anchor (pdf only)", [typst])]
def once(argv):
    """Wall ms, user+sys ms and peak RSS MiB of one run, output discarded."""
    null = os.open(os.devnull, os.O_WRONLY)
    start = time.perf_counter_ns()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)])
    _, status, usage = os.wait4(pid, 0)
    wall = (time.perf_counter_ns() - start) / 1e6
    os.close(null)
    if status != 0:
        sys.exit(f"{argv[0]} failed (exit {os.waitstatus_to_exitcode(status)})")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_maxrss / 1024
samples = {name: [] for name, _ in commands}
for turn in range(3 + runs):  # three warm-up turns
    for name, argv in (commands if turn % 2 == 0 else commands[::-1]):
        sample = once(argv)
        if turn >= 3:
            samples[name].append(sample)
medians = {}
for name, _ in commands:
    walls = [s[0] for s in samples[name]]
    medians[name] = statistics.median(walls)
    print(f"  {name:<38} {medians[name]:7.1f} ms  (min {min(walls):.1f}, user+sys {statistics.median(s[1] for s in samples[name]):.1f} ms)"
          f"  peak RSS {max(s[2] for s in samples[name]):.0f} MiB")
kc, ty = (medians[name] for name, _ in commands)
print(f"  kcreport / typst: {kc / ty:.2f} (goal: at most 0.50)")
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
