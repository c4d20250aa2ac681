#!/usr/bin/env python3
"""Builds the benchmark corpus: >= 1,000 documents of 1-10 pages from ../shared/corpus and samples/.

Chinese and English texts are cut at paragraph boundaries into pieces of 600-6,000
characters (a GB/T 9704 page holds 22 x 28 = 616), written as UTF-8 .txt files; the
samples are added as they are. Deterministic: the same inputs give the same corpus.

Usage: make_corpus.py OUT_DIR [--count N]
"""
import argparse
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(ROOT, "..", "shared", "corpus")

SOURCES = [  # (file, encoding)
    ("zh/gwr_2022年政府工作报告_utf8_crlf.txt", "utf-8"),
    ("zh/law_中华人民共和国宪法_utf8_crlf.txt", "utf-8"),
    ("zh/official_中共中央国务院关于实施乡村振兴战略的意见_utf8_crlf.txt", "utf-8"),
    ("zh/speech_习近平讲话汇编_gbk_crlf.txt", "gbk"),
    ("zh/novel_三国演义_gb18030_crlf.txt", "gb18030"),
    ("zh/essay_共产党宣言_hardwrapped_utf8_crlf.txt", "utf-8"),
    ("en/pg1342_pride_and_prejudice_cp1252_crlf.txt", "cp1252"),
    ("en/gutenberg_11-0_alice_utf8_lf.txt", "utf-8"),
]


def paragraphs(text):
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    blocks = [b for b in text.split("\n\n") if b.strip()]
    if len(blocks) < 20:  # one paragraph per line
        blocks = [l for l in text.split("\n") if l.strip()]
    return blocks


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=1000)
    args = ap.parse_args()
    rng = random.Random(9704)
    if os.path.isdir(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    pools = []
    for name, enc in SOURCES:
        with open(os.path.join(SHARED, name), encoding=enc, errors="replace") as f:
            pools.append((os.path.basename(name).split("_")[0], paragraphs(f.read())))
    n = 0
    for sample in sorted(os.listdir(os.path.join(ROOT, "samples"))):
        if sample.endswith((".txt", ".md")):
            shutil.copy(os.path.join(ROOT, "samples", sample), os.path.join(args.out, f"{n:04d}-{sample}"))
            n += 1
    while n < args.count:
        tag, paras = pools[n % len(pools)]
        target = rng.randint(600, 6000)
        start = rng.randrange(len(paras))
        piece, size = [], 0
        while size < target:
            p = paras[(start + len(piece)) % len(paras)]
            piece.append(p)
            size += len(p)
        sep = "\n\n" if tag in ("pg1342", "gutenberg") else "\n"
        with open(os.path.join(args.out, f"{n:04d}-{tag}.txt"), "w", encoding="utf-8") as f:
            f.write(sep.join(piece) + "\n")
        n += 1
    print(f"{n} documents in {args.out}")


if __name__ == "__main__":
    main()
