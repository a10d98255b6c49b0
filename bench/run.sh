#!/usr/bin/env bash
# Measures kcreport's stages in process on the seed release (release build).
# Usage: bench/run.sh [RELEASE.txt] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
release="${1:-../shared/seeds/kingsoft-cloud-2024q3-earnings-release.txt}"
runs="${2:-200}"
swift build -c release --static-swift-stdlib --product kcreport-bench >/dev/null
echo "kcreport $(git describe --always --dirty 2>/dev/null || echo unknown) on $(nproc) cores, $(uname -m)"
.build/release/kcreport-bench "$release" "$runs"
