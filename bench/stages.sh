#!/usr/bin/env bash
# Times each stage of `kcreport build` in process on the bundled example (release build):
# loading the model file, checks, view, templates, Markdown, HTML, chart SVGs, PDF, then
# whole in-process builds. KCREPORT_BENCH_ONLY=PDF times only the stages named so.
# Usage: bench/stages.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-100}"
swift build -c release --static-swift-stdlib --product kcreport-bench >/dev/null
work="$(mktemp -d /tmp/kcreport-stages.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cp -R kcreport.yaml Examples Templates Fonts "$work/"
echo "kcreport $(git describe --always --dirty 2>/dev/null || echo unknown) on $(nproc) cores, $(uname -m)"
.build/release/kcreport-bench stages "$work/Examples/kc-2024q3.model.json" "$work" "$runs"
