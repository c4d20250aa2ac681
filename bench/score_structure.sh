#!/usr/bin/env bash
# Scores docpipe's structure rules against the hand-labelled corpus (tests/labelled) and
# prints the table (also left in target/labelled-scores.txt).
# LABELLED_DIFF=1 bench/score_structure.sh also prints each dev/shared document's mismatches.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --release --test tests labelled -- --nocapture
