#!/usr/bin/env bash
# Converts every file of ../shared/corpus (zh, en, md) to PDF, DOCX and Markdown with the
# release binary and runs the independent checkers on what it wrote. Not a test: it needs
# LibreOffice for --render and takes minutes. Prints one line per file and checker.
# Usage: bench/check_corpus.sh [OUT_DIR]
set -uo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/corpus-check}
tools=../shared/tools
rm -rf "$out" && mkdir -p "$out/src"
cargo build --release --quiet
target/release/docpipe convert ../shared/corpus/zh ../shared/corpus/en ../shared/corpus/md \
  -o "$out" -t pdf,docx,md,json --report "$out/report.json" -q
echo "convert exit code: $?"
for f in ../shared/corpus/zh/*.txt ../shared/corpus/en/*.txt ../shared/corpus/md/*.md; do
  stem=$(basename "${f%.*}")
  enc=$(python3 -c "import json,sys; print(json.load(open('$out/$stem.json'))['encoding'])")
  # The checkers want the source as UTF-8: decode it with the encoding docpipe reported.
  python3 - "$f" "$enc" "$out/src/$stem.txt" <<'PY'
import sys, codecs
data = open(sys.argv[1], "rb").read()
enc = {"GBK": "gb18030", "gb18030": "gb18030", "windows-1252": "cp1252"}.get(sys.argv[2], sys.argv[2])
open(sys.argv[3], "w", encoding="utf-8").write(data.decode(enc, errors="replace").lstrip("\ufeff"))
PY
  src="$out/src/$stem.txt"
  pdf=$(python3 "$tools/check_pdf.py" "$out/$stem.pdf" --source "$src" --page-numbers center 2>&1 \
        | grep -E "^(PASS|FAIL) (text-fidelity|type-area|line-pitch-22|kinsoku|justified|fonts-embedded-subset)" \
        | awk '{printf "%s:%s ", $2, $1}')
  docx=$(python3 "$tools/check_docx.py" "$out/$stem.docx" --source "$src" --render 2>&1 \
        | grep -E "^(PASS|FAIL) (opens|ooxml-schema|libreoffice-renders|text-fidelity)" \
        | awk '{printf "%s:%s ", $2, $1}')
  qpdf=$(qpdf --check "$out/$stem.pdf" >/dev/null 2>&1 && echo clean || echo ERRORS)
  echo "$stem | qpdf $qpdf | $pdf| $docx"
done
