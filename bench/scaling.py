#!/usr/bin/env python3
"""Is every stage linear? Times the release binary on pathological inputs at 1x and 10x size.

Inputs: one huge line (no breaks at all), many one-character lines, hard-wrapped English,
a long Chinese report, deeply nested Markdown. For each, the ratio time(10x) / time(1x)
should stay near 10 (at most ~12): a quadratic stage would show ~100.
Not a test (timings live in benchmarks). Usage: bench/scaling.py [--runs 3]
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "docpipe")
SHARED = os.path.join(ROOT, "..", "shared", "corpus")


def inputs(scale):
    report = open(os.path.join(SHARED, "zh", "gwr_2022年政府工作报告_utf8_crlf.txt"), encoding="utf-8").read()
    alice = open(os.path.join(SHARED, "en", "gutenberg_11-0_alice_utf8_lf.txt"), encoding="utf-8").read()
    return {
        "one line, no breaks (md)": ("txt", "md", "很长的一行没有换行。" * 100_000 * scale),
        "one-character lines (md)": ("txt", "md", "字\n" * 100_000 * scale),
        "hard-wrapped English (md)": ("txt", "md", alice * scale),
        "Chinese report (pdf)": ("txt", "pdf", report * scale),
        "Chinese report (docx)": ("txt", "docx", report * scale),
        "nested Markdown quotes (md)": ("md", "md", ("> " * 2000 + "深\n\n") * 10 * scale),
    }


def timed(path, fmt, out, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([BIN, "convert", path, "-o", out, "-t", fmt, "-q", "--force",
                        "--max-input-size", str(1 << 31)], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    small, large = inputs(1), inputs(10)
    print("| input | size 1x | time 1x | time 10x | ratio |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, (ext, fmt, text) in small.items():
            results = []
            for label, src in (("1x", text), ("10x", large[name][2])):
                path = os.path.join(tmp, f"{label}.{ext}")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(src)
                results.append(timed(path, fmt, os.path.join(tmp, "out"), args.runs))
            size = len(text.encode()) / 1e6
            print(f"| {name} | {size:.1f} MB | {results[0]:.2f} s | {results[1]:.2f} s | {results[1] / results[0]:.1f} |")


if __name__ == "__main__":
    main()
