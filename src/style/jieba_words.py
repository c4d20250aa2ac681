#!/usr/bin/env python3
"""Writes jieba_words.txt from jieba's dictionary (jieba-rs's src/data/dict.txt): a line
`total N` (the sum of every frequency), then `word freq` sorted by the word's UTF-8 bytes,
the form style/words.rs bisects. Usage: python3 jieba_words.py DICT.txt > jieba_words.txt"""
import sys

freqs = {}
for line in open(sys.argv[1], encoding="utf-8"):
    parts = line.split()
    if parts:
        freqs[parts[0]] = int(parts[1]) if len(parts) > 1 else 0
out = sys.stdout
out.write(f"total {sum(freqs.values())}\n")
for word in sorted(freqs, key=lambda w: w.encode("utf-8")):
    out.write(f"{word} {freqs[word]}\n")
