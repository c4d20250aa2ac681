#!/usr/bin/env python3
"""Is every stage linear? Times the release binary on pathological inputs at 1x and 10x size.

Inputs: one huge line (no breaks at all), many one-character lines, hard-wrapped English,
a long Chinese report, deeply nested Markdown. For each, the ratio time(10x) / time(1x)
should stay near 10 (at most ~12): a quadratic stage would show ~100. Peak RSS (of the
median run's process) is reported beside the time.

Then the memory bounds: 200,000 short Chinese lines (~3.7 MB) must stay <= 300 MB peak RSS
in every format, and a 20 MB single line <= 1.2 GB in every format (each format converted
on its own; the all-formats run is reported too).
Not a test (timings live in benchmarks). Usage: bench/scaling.py [--runs 3] [--skip-linear]
"""
import argparse
import os
import random
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


def run_once(path, fmt, out):
    """Wall seconds and peak RSS (MB) of one conversion. The peak comes from GNU time:
    a child's own ru_maxrss would start from this script's RSS, which Linux carries
    across fork and exec."""
    cmd = [BIN, "convert", path, "-o", out, "-t", fmt, "-q", "--force",
           "--max-input-size", str(1 << 31)]
    with tempfile.NamedTemporaryFile(mode="r") as rss:
        if os.path.exists("/usr/bin/time"):
            cmd = ["/usr/bin/time", "-f", "%M", "-o", rss.name] + cmd
        start = time.perf_counter()
        subprocess.run(cmd, check=True)
        elapsed = time.perf_counter() - start
        text = rss.read().strip()
    return elapsed, int(text.splitlines()[-1]) / 1024 if text else float("nan")


def timed(path, fmt, out, runs):
    """Median wall seconds of `runs` runs, and the largest peak RSS among them (MB)."""
    results = [run_once(path, fmt, out) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def memory_inputs(tmp):
    """The two inputs of the memory bounds, written under `tmp`."""
    chars = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经"
    rng = random.Random(1)
    lines = "".join("".join(rng.choice(chars) for _ in range(rng.randint(3, 9))) + "\n"
                    for _ in range(200_000))
    phrase = "很长的一行没有换行。"
    one_line = phrase * (20_000_000 // len(phrase.encode()))
    made = []
    for name, text, bound in (("200,000 short lines", lines, 300), ("20 MB single line", one_line, 1200)):
        path = os.path.join(tmp, name.replace(" ", "_").replace(",", "") + ".txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        made.append((name, path, len(text.encode()) / 1e6, bound))
    return made


def memory_bounds(tmp, runs):
    print()
    print("| input | size | format | time | peak RSS | bound |")
    print("|---|---|---|---|---|---|")
    for name, path, size, bound in memory_inputs(tmp):
        for fmt in ("pdf", "docx", "md", "pdf,docx,md"):
            seconds, rss = timed(path, fmt, os.path.join(tmp, "out"), runs)
            shown = f"<= {bound} MB" if "," not in fmt else "(all at once)"
            print(f"| {name} | {size:.1f} MB | {fmt} | {seconds:.2f} s | {rss:.0f} MB | {shown} |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--skip-linear", action="store_true", help="only the memory bounds")
    args = ap.parse_args()
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    small, large = inputs(1), inputs(10)
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_linear:
            linear(small, large, tmp, args.runs)
        memory_bounds(tmp, args.runs)


def linear(small, large, tmp, runs):
    print("| input | size 1x | time 1x | time 10x | ratio | peak RSS 1x | peak RSS 10x |")
    print("|---|---|---|---|---|---|---|")
    for name, (ext, fmt, text) in small.items():
        results = []
        for label, src in (("1x", text), ("10x", large[name][2])):
            path = os.path.join(tmp, f"{label}.{ext}")
            with open(path, "w", encoding="utf-8") as f:
                f.write(src)
            results.append(timed(path, fmt, os.path.join(tmp, "out"), runs))
        size = len(text.encode()) / 1e6
        (t1, m1), (t10, m10) = results
        print(f"| {name} | {size:.1f} MB | {t1:.2f} s | {t10:.2f} s | {t10 / t1:.1f} | {m1:.0f} MB | {m10:.0f} MB |")


if __name__ == "__main__":
    main()
