#!/usr/bin/env bash
# PDF benchmark (not a test): the seed speech and a ~1,000-page novel through the release
# binary, `convert -t pdf`. Prints the median wall time of RUNS runs and the peak RSS.
# Targets: seed <= 50 ms; novel <= 3 s and <= 300 MB.
#
#   bench/pdf_bench.sh                 # 5 runs each
#   RUNS=3 CORPUS=/work/shared/corpus bench/pdf_bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
CORPUS=${CORPUS:-../shared/corpus}
SEED=samples/speech.txt
NOVEL="$CORPUS/zh/novel_三国演义_gb18030_crlf.txt"
BIN=target/release/docpipe
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

cargo build --release --quiet
if [ ! -x /usr/bin/time ]; then
    echo "note: /usr/bin/time missing (apt-get install time); no peak RSS" >&2
fi

# bench NAME INPUT TARGET_MS TARGET_MB
bench() {
    local name=$1 input=$2 target_ms=$3 target_mb=$4
    if [ ! -f "$input" ]; then
        echo "$name: $input not found, skipped"
        return
    fi
    "$BIN" convert "$input" -t pdf --force -o "$OUT" >/dev/null 2>&1 # warm the page cache
    local times=()
    for _ in $(seq "$RUNS"); do
        local t0 t1
        t0=$(date +%s%N)
        "$BIN" convert "$input" -t pdf --force -o "$OUT" >/dev/null 2>&1
        t1=$(date +%s%N)
        times+=($(((t1 - t0) / 1000000)))
    done
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
    # Peak RSS and CPU time (user + sys: less disturbed than wall time on a busy machine).
    local rss_mb="?" cpu_ms="?"
    if [ -x /usr/bin/time ]; then
        local kb user sys
        read -r kb user sys < <(/usr/bin/time -f '%M %U %S' "$BIN" convert "$input" -t pdf --force \
            -o "$OUT" 2>&1 >/dev/null | tail -1)
        rss_mb=$((kb / 1024))
        cpu_ms=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')
    fi
    local pdf
    pdf="$OUT/$(basename "${input%.*}").pdf"
    local pages size
    pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
    size=$(($(stat -c %s "$pdf") / 1024))
    printf '%-6s %6s ms median of %s (target <= %s ms), CPU %s ms, peak RSS %s MB (target <= %s MB); %s pages, %s KB [runs: %s]\n' \
        "$name" "$median" "$RUNS" "$target_ms" "$cpu_ms" "$rss_mb" "$target_mb" "${pages:-?}" "$size" "${times[*]}"
    echo "       load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}

bench seed "$SEED" 50 300
bench novel "$NOVEL" 3000 300
