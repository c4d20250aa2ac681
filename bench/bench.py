#!/usr/bin/env python3
"""docpipe against its peers, on the same files, in one run; writes BENCHMARKS.md.

Builds the release binary and the benchmark corpus (make_corpus.py: >= 1,000 documents of
1-10 pages), then measures files per second (median of --runs runs) for:
  docpipe PDF (-j 2 and -j 1), LibreOffice headless txt->pdf (one soffice call for many
  files, its own profile dir), Typst (a GB/T 9704 template, one `typst compile` per file,
  two at a time), docpipe DOCX vs pandoc txt->docx (one process per file), docpipe Markdown;
and peak RSS of a whole batch (all formats) and of a batch twice as large.
Peers run on a subset (--peer-files) because they are slow; rates are per file either way.
A peer that is not installed is reported as such. Not a test: timings live here only.

Usage: bench/bench.py [--runs 3] [--peer-files 60] [--out BENCHMARKS.md]
"""
import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BIN = os.path.join(ROOT, "target", "release", "docpipe")
WORK = os.path.join(ROOT, "target", "bench")

TYPST_TEMPLATE = """#set page(paper: "a4", margin: (top: 37mm, bottom: 35mm, left: 28mm, right: 26mm),
  footer: context align(center, text(font: "FandolSong", size: 14pt)[— #counter(page).display() —]))
#set text(font: ("Liberation Serif", "FandolFang R"), size: 16pt, lang: "zh")
#set par(first-line-indent: (amount: 2em, all: true), justify: true, leading: 12.99pt, spacing: 12.99pt)
#for line in read("{src}").split("\\n") {{
  if line.trim() != "" [#line.trim() #parbreak()]
}}
"""


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


def timed(fn, runs, out=None):
    """Median wall time of `fn(out_dir)` over `runs` runs. Each run writes into a folder
    that never existed: deleting the last run's thousands of files just before would
    charge the file system's deferred work to the next run."""
    times = []
    for _ in range(runs):
        target = tempfile.mkdtemp(dir=WORK) if out else None
        start = time.perf_counter()
        fn(target) if out else fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fresh(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def docpipe(inputs, fmt, jobs, out):
    """One batch into `out` (which the caller empties before timing: deleting the last
    run's files is not docpipe's work)."""
    r = run([BIN, "convert", *inputs, "-o", out, "-t", fmt, "-j", str(jobs), "-q", "--force"],
            env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"})
    if r.returncode not in (0, 1):
        sys.exit(f"docpipe failed: {r.stderr.decode()[-2000:]}")


def peak_rss_mb(cmd):
    r = subprocess.run(["/usr/bin/time", "-v", *cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    m = re.search(rb"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
    return int(m.group(1)) / 1024 if m else float("nan")


def version(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, timeout=60).stdout.decode().strip()
        return out.splitlines()[0] if out else "?"
    except (OSError, subprocess.TimeoutExpired):
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--peer-files", type=int, default=60)
    ap.add_argument("--out", default=os.path.join(ROOT, "BENCHMARKS.md"))
    args = ap.parse_args()

    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    corpus = os.path.join(WORK, "corpus")
    subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), corpus, "--count", "1000"], check=True)
    files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus))
    txt = [f for f in files if f.endswith(".txt")]
    # The peers read UTF-8 only (Typst refuses anything else): compare on the cut pieces,
    # which make_corpus.py writes as UTF-8, not on the GBK/UTF-16 sample copies.
    samples = set(os.listdir(os.path.join(ROOT, "samples")))
    peers = [f for f in txt if os.path.basename(f).split("-", 1)[1] not in samples][: args.peer_files]
    n, p = len(files), len(peers)
    rows = []

    def rate(count, seconds):
        return count / seconds if seconds > 0 else float("inf")

    out = os.path.join(WORK, "out")
    pdf2 = rate(n, timed(lambda o: docpipe([corpus], "pdf", 2, o), args.runs, True))
    pdf1 = rate(n, timed(lambda o: docpipe([corpus], "pdf", 1, o), args.runs, True))
    pdf_peer = rate(p, timed(lambda o: docpipe(peers, "pdf", 2, o), args.runs, True))
    docx2 = rate(n, timed(lambda o: docpipe([corpus], "docx", 2, o), args.runs, True))
    docx_peer = rate(p, timed(lambda o: docpipe(peers, "docx", 2, o), args.runs, True))
    md2 = rate(n, timed(lambda o: docpipe([corpus], "md", 2, o), args.runs, True))
    rows.append(("docpipe PDF, 2 threads", f"{n} files", f"{pdf2:.1f}", ""))
    rows.append(("docpipe PDF, 1 thread", f"{n} files", f"{pdf1:.1f}", f"2 threads / 1 = {pdf2 / pdf1:.2f}× (target ≥ 1.8×)"))

    soffice = shutil.which("soffice")
    if soffice:
        def lo():
            with tempfile.TemporaryDirectory() as prof:
                run([soffice, "--headless", f"-env:UserInstallation=file://{prof}", "--convert-to", "pdf",
                     "--outdir", fresh(os.path.join(WORK, "lo")), *peers], timeout=3600)
        lo_rate = rate(p, timed(lo, args.runs))
        rows.append(("LibreOffice txt→pdf", f"{p} files", f"{lo_rate:.1f}", f"docpipe {pdf_peer / lo_rate:.0f}× (target ≥ 30×)"))
    else:
        rows.append(("LibreOffice txt→pdf", "-", "not installed", ""))

    typst = shutil.which("typst") or os.path.expanduser("~/.cargo/bin/typst")
    if os.path.exists(typst):
        tdir = fresh(os.path.join(WORK, "typst"))
        jobs = []
        for i, f in enumerate(peers):
            src = os.path.join(tdir, f"{i}.txt")
            shutil.copy(f, src)
            with open(os.path.join(tdir, f"{i}.typ"), "w", encoding="utf-8") as t:
                t.write(TYPST_TEMPLATE.format(src=f"{i}.txt"))
            jobs.append(os.path.join(tdir, f"{i}.typ"))
        fonts = os.path.join(ROOT, "fonts")

        def ty():
            r = subprocess.run(["xargs", "-P", "2", "-I{}", typst, "compile", "--font-path", fonts, "{}"],
                               input="\n".join(jobs).encode(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if r.returncode:
                sys.exit(f"typst failed: {r.stderr.decode()[-1000:]}")
        ty_rate = rate(p, timed(ty, args.runs))
        rows.append(("Typst (GB/T 9704 template, 2 at a time)", f"{p} files", f"{ty_rate:.1f}", f"docpipe {pdf_peer / ty_rate:.1f}× (target ≥ 5×)"))
    else:
        rows.append(("Typst", "-", "not installed (cargo install typst-cli)", ""))

    pandoc = shutil.which("pandoc")
    rows.append(("docpipe DOCX, 2 threads", f"{n} files", f"{docx2:.1f}", ""))
    if pandoc:
        pdir = fresh(os.path.join(WORK, "pandoc"))

        def pd():
            for i, f in enumerate(peers):
                run([pandoc, "-f", "markdown", "-t", "docx", f, "-o", os.path.join(pdir, f"{i}.docx")])
        pd_rate = rate(p, timed(pd, args.runs))
        rows.append(("pandoc txt→docx (a process per file)", f"{p} files", f"{pd_rate:.1f}", f"docpipe {docx_peer / pd_rate:.0f}× (target ≥ 20×)"))
    else:
        rows.append(("pandoc", "-", "not installed", ""))
    rows.append(("docpipe Markdown, 2 threads", f"{n} files", f"{md2:.0f}", "target ≥ 2,000 files/s"))

    rss1 = peak_rss_mb([BIN, "convert", corpus, "-o", fresh(out), "-t", "pdf,docx,md", "-q", "--force"])
    double = fresh(os.path.join(WORK, "double"))
    for f in files:
        for k in ("a", "b"):
            shutil.copy(f, os.path.join(double, f"{k}-{os.path.basename(f)}"))
    rss2 = peak_rss_mb([BIN, "convert", double, "-o", fresh(out), "-t", "pdf,docx,md", "-q", "--force"])

    cpu = "?"
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    lines = [
        "# Benchmarks",
        "",
        f"Written by `bench/bench.py` (median of {args.runs} runs). Machine: {os.cpu_count()} cores, {cpu}, "
        f"{platform.system()} {platform.release()}.",
        f"Versions: {version([BIN, '--version'])}; LibreOffice {version(['soffice', '--version']) or 'absent'}; "
        f"{version([typst, '--version']) if os.path.exists(typst) else 'typst absent'}; {version(['pandoc', '--version']) or 'pandoc absent'}.",
        f"Corpus: {n} documents of 1–10 pages cut from ../shared/corpus plus the samples (bench/make_corpus.py); "
        f"peers and the docpipe figure they are compared with use the first {p} .txt files.",
        "",
        "| what | files | files/s | comparison |",
        "|---|---|---|---|",
    ]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    lines += [
        "",
        f"Peak RSS, whole batch to pdf,docx,md: {rss1:.0f} MB for {n} files, {rss2:.0f} MB for {2 * n} "
        f"(target ≤ 300 MB and flat when the batch doubles).",
        "",
    ]
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    for d in os.listdir(WORK):
        if d.startswith("tmp"):
            shutil.rmtree(os.path.join(WORK, d), ignore_errors=True)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
