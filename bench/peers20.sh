#!/usr/bin/env bash
# docpipe PDF against Typst and LibreOffice, side by side in one run, on 20 Chinese files of
# 1-5 pages (the seed, the notice, and 18 pieces of ../shared/corpus/zh cut at a full stop
# after 2,500 characters). Not a test: prints wall and CPU time of three runs each.
# Typst (`cargo install typst-cli`) uses bench.py's GB/T template, two files at a time;
# LibreOffice makes one batch call with a profile warmed beforehand. Then DOCX: docpipe
# against pandoc (one process per file, as bench/bench.py runs it). A missing peer is skipped.
# Usage: [RUNS=3] bench/peers20.sh [WORK_DIR]   (RUNS runs of each, interleaved is not attempted)
set -u
RUNS=${RUNS:-3}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
WORK=${1:-$ROOT/target/peers20}
BIN=$ROOT/target/release/docpipe
TYPST=${TYPST:-$(command -v typst || echo "$HOME/.cargo/bin/typst")}
rm -rf "$WORK" && mkdir -p "$WORK/in" "$WORK/typ"
cp "$ROOT/samples/speech.txt" "$WORK/in/00_speech.txt"
cp "$ROOT/samples/notice.txt" "$WORK/in/01_notice.txt"
python3 - "$SHARED/corpus/zh" "$WORK" <<'PY'
import sys
zh, work = sys.argv[1], sys.argv[2]
srcs = [("gwr_2022年政府工作报告_utf8_crlf.txt", "utf-8"),
        ("official_中共中央国务院关于实施乡村振兴战略的意见_utf8_crlf.txt", "utf-8"),
        ("speech_习近平讲话汇编_gbk_crlf.txt", "gb18030")]
tpl = '''#set page(paper: "a4", margin: (top: 37mm, bottom: 35mm, left: 28mm, right: 26mm),
  footer: context align(center, text(font: "FandolSong", size: 14pt)[— #counter(page).display() —]))
#set text(font: ("Liberation Serif", "FandolFang R"), size: 16pt, lang: "zh")
#set par(first-line-indent: (amount: 2em, all: true), justify: true, leading: 12.99pt, spacing: 12.99pt)
#for line in read("SRC").split("\\n") {
  if line.trim() != "" [#line.trim() #parbreak()]
}
'''
chunks = []
for name, enc in srcs:
    t = open(f"{zh}/{name}", encoding=enc, errors="replace").read().replace("\r\n", "\n")
    t = "\n".join(l for l in t.split("\n") if l.strip())
    pos = 0
    while pos < len(t) and len(chunks) < 18:
        end = t.find("。", pos + 2500)
        end = len(t) if end < 0 else end
        chunks.append(t[pos:end + 1]); pos = end + 1
for i, c in enumerate(chunks[:18]):
    open(f"{work}/in/{i + 2:02d}_piece.txt", "w", encoding="utf-8").write(c.strip() + "\n")
import glob, os, shutil
for f in sorted(glob.glob(f"{work}/in/*.txt")):
    b = os.path.basename(f)[:-4]
    shutil.copy(f, f"{work}/typ/{b}.txt")
    open(f"{work}/typ/{b}.typ", "w").write(tpl.replace("SRC", b + ".txt"))
PY
cd "$WORK"
for r in $(seq $RUNS); do
  rm -rf out; /usr/bin/time -f "docpipe %e s wall, %U user %S sys" "$BIN" convert in -o out -t pdf -q
done
if [ -x "$TYPST" ]; then
  for r in $(seq $RUNS); do
    /usr/bin/time -f "typst %e s wall, %U user %S sys" bash -c "ls typ/*.typ | xargs -P 2 -n 1 sh -c '\"$TYPST\" compile --font-path \"$ROOT/fonts\" \"\$0\" >/dev/null 2>&1'"
  done
else
  echo "typst: not installed"
fi
if command -v soffice >/dev/null; then
  mkdir -p lo
  soffice -env:UserInstallation=file://$WORK/lo_prof --headless --convert-to pdf --outdir lo in/00_speech.txt >/dev/null 2>&1
  for r in $(seq $RUNS); do
    rm -rf lo; mkdir -p lo
    /usr/bin/time -o times.txt -f "libreoffice $(soffice --version | cut -d' ' -f2) %e s wall, %U user %S sys" \
      soffice -env:UserInstallation=file://$WORK/lo_prof --headless --convert-to pdf --outdir lo in/*.txt >/dev/null 2>&1
    cat times.txt
  done
else
  echo "libreoffice: not installed"
fi
for r in $(seq $RUNS); do
  rm -rf outx; /usr/bin/time -f "docpipe docx %e s wall, %U user %S sys" "$BIN" convert in -o outx -t docx -q
done
if command -v pandoc >/dev/null; then
  mkdir -p pd
  for r in $(seq $RUNS); do
    /usr/bin/time -f "pandoc $(pandoc --version | head -1 | cut -d' ' -f2) %e s wall, %U user %S sys" \
      sh -c 'for f in in/*.txt; do pandoc -f markdown -t docx "$f" -o "pd/$(basename "$f" .txt).docx"; done'
  done
else
  echo "pandoc: not installed"
fi
