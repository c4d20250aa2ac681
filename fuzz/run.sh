#!/usr/bin/env bash
# Runs every fuzz target for a number of executions (default 10 million) or seconds,
# seeded from ../shared/corpus (or $SHARED/corpus) and samples/. Not part of CI: it takes hours.
# Usage: fuzz/run.sh [--sanitizer address|none|...] [--no-trace-compares] [RUNS] [MAX_SECONDS_PER_TARGET] [TARGET...]
# Without a sanitizer a run is several times faster (memory errors are not looked for, but
# the library is safe Rust: what we want found is panics, failed checks, hangs).
# --no-trace-compares leaves out the hooks on every comparison (30-60 % of a run's time),
# still guided by edge coverage. Build and run must use the same flags, or `cargo fuzz run`
# rebuilds everything first.
# Each target's libFuzzer output goes to fuzz/fuzz-<target>.log, with the wall time at the end.
# Crashes land in fuzz/artifacts/<target>/; copy each into tests/fuzz_regressions/ and
# add it to tests/regressions.rs.
set -euo pipefail
cd "$(dirname "$0")"
shared=${SHARED:-../../shared}
[ -d "$shared/corpus" ] || echo "note: no $shared/corpus: seeding from samples/ only (set SHARED)" >&2
sanitizer=address
build_flags=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sanitizer) sanitizer=$2; shift 2 ;;
    --no-trace-compares) build_flags+=("$1"); shift ;;
    *) break ;;
  esac
done
runs=${1:-10000000}
seconds=${2:-3600}
shift 2 || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(ingest structure markdown export_docx export_pdf)
for t in "${targets[@]}"; do
  seeds=corpus/$t
  mkdir -p "$seeds"
  if [ -z "$(ls -A "$seeds")" ]; then
    # Seed with small pieces of real documents (libFuzzer's default max_len is 4 KB).
    for f in ../samples/* "$shared"/corpus/*/*; do
      [ -f "$f" ] && head -c 4096 "$f" > "$seeds/$(basename "$f" | tr -c 'A-Za-z0-9._-' _)"
    done
    for f in "$shared"/corpus/encodings/*/*; do
      [ -f "$f" ] && head -c 4096 "$f" > "$seeds/enc_$(basename "$(dirname "$f")")_$(basename "$f" | tr -c 'A-Za-z0-9._-' _)"
    done
  fi
  echo "== $t: up to $runs runs or $seconds s, sanitizer $sanitizer ${build_flags[*]:-}"
  start=$(date +%s)
  # -timeout: an input that takes 20 s is a hang, reported like a crash.
  cargo +nightly fuzz run --sanitizer "$sanitizer" ${build_flags[@]+"${build_flags[@]}"} "$t" "$seeds" -- -runs="$runs" \
    -max_total_time="$seconds" -timeout=20 -print_final_stats=1 2>&1 | tee "fuzz-$t.log" |
    grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==.*ERROR|SUMMARY)" || true
  echo "wall_seconds: $(($(date +%s) - start)) corpus_files: $(ls "$seeds" | wc -l)" | tee -a "fuzz-$t.log"
done
