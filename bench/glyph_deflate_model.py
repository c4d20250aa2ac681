#!/usr/bin/env python3
"""Would deflating each glyph once per process keep the seed under 300,000 bytes?

A font program assembled from glyphs encoded once per process can only use LZ77 matches
inside each glyph (the glyphs before it differ from document to document). This script
takes the largest CFF font program of a PDF docpipe wrote, and sizes it as deflate would
code it with one Huffman table for the document (greedy LZ77, lengths 3-258, a 32 KB
window; block headers ignored):
  - matches anywhere in the stream (what a compressor sees today),
  - matches only inside each glyph's charstring (what per-glyph caching allows),
  - matches only inside a glyph, plus whole sub-paths repeated from earlier glyphs,
  - no matches at all (Huffman only).
Usage: python3 bench/glyph_deflate_model.py OUT/speech.pdf
"""
import bisect
import collections
import heapq
import re
import sys
import zlib


def largest_cff(pdf):
    data = open(pdf, "rb").read()
    best = b""
    for m in re.finditer(rb"stream\r?\n", data):
        lengths = re.findall(rb"/Length (\d+)", data[max(0, m.start() - 300) : m.start()])
        if not lengths:
            continue
        raw = data[m.end() : m.end() + int(lengths[-1])]
        try:
            out = zlib.decompress(raw)
        except zlib.error:
            continue
        if out[:2] == b"\x01\x00" and len(out) > len(best):
            best = out
    return best


def index(d, off):
    """(end, [(start, end) of each object]) of the CFF INDEX at `off`."""
    count = int.from_bytes(d[off : off + 2], "big")
    if count == 0:
        return off + 2, []
    size = d[off + 2]
    offs = [int.from_bytes(d[off + 3 + i * size : off + 3 + (i + 1) * size], "big") for i in range(count + 1)]
    base = off + 3 + (count + 1) * size - 1
    return base + offs[-1], [(base + offs[i], base + offs[i + 1]) for i in range(count)]


def charstrings_offset(top):
    stack, i = [], 0
    while i < len(top):
        b = top[i]
        if b <= 21:
            op = (12, top[i + 1]) if b == 12 else b
            i += 2 if b == 12 else 1
            if op == 17:
                return stack[-1]
            stack = []
        elif b == 28:
            stack.append(int.from_bytes(top[i + 1 : i + 3], "big", signed=True)); i += 3
        elif b == 29:
            stack.append(int.from_bytes(top[i + 1 : i + 5], "big", signed=True)); i += 5
        elif b == 30:
            i += 1
            while not ((top[i] & 15) == 15 or (top[i] >> 4) == 15):
                i += 1
            i += 1; stack.append(0)
        elif 32 <= b <= 246:
            stack.append(b - 139); i += 1
        elif 247 <= b <= 250:
            stack.append((b - 247) * 256 + top[i + 1] + 108); i += 2
        else:
            stack.append(-(b - 251) * 256 - top[i + 1] - 108); i += 2
    raise ValueError("no CharStrings in the top DICT")


LBASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
LEXT = [0] * 8 + [1] * 4 + [2] * 4 + [3] * 4 + [4] * 4 + [5] * 4 + [0]
DBASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
DEXT = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]


def lz(buf, lo, hi, window_lo):
    """Greedy LZ77 tokens of buf[lo:hi], matches reaching back no further than window_lo."""
    heads = collections.defaultdict(list)
    for p in range(window_lo, lo):
        heads[buf[p : p + 3]].append(p)
    tokens, pos = [], lo
    while pos < hi:
        best = dist = 0
        if pos + 3 <= hi:
            for c in reversed(heads.get(buf[pos : pos + 3], [])[-64:]):
                if pos - c > 32768:
                    break
                n = 3
                while n < 258 and pos + n < hi and buf[c + n] == buf[pos + n]:
                    n += 1
                if n > best:
                    best, dist = n, pos - c
        step = best if best >= 3 else 1
        tokens.append((best, dist) if best >= 3 else (buf[pos],))
        for p in range(pos, pos + step):
            if p + 3 <= hi:
                heads[buf[p : p + 3]].append(p)
        pos += step
    return tokens


def code_lengths(freq):
    heap = [(f, [s]) for s, f in freq.items() if f]
    lengths = collections.Counter()
    heapq.heapify(heap)
    while len(heap) > 1:
        a, b = heapq.heappop(heap), heapq.heappop(heap)
        for s in a[1] + b[1]:
            lengths[s] += 1
        heapq.heappush(heap, (a[0] + b[0], a[1] + b[1]))
    return lengths


def coded_bytes(tokens):
    lit, dist, extra = collections.Counter({256: 1}), collections.Counter(), 0
    for t in tokens:
        if len(t) == 1:
            lit[t[0]] += 1
        else:
            ls = LBASE.index(258) if t[0] == 258 else bisect.bisect_right(LBASE, t[0]) - 1
            ds = bisect.bisect_right(DBASE, t[1]) - 1
            lit[257 + ls] += 1; dist[ds] += 1; extra += LEXT[ls] + DEXT[ds]
    ll, dl = code_lengths(lit), code_lengths(dist)
    return (sum(lit[s] * ll[s] for s in lit) + sum(dist[s] * dl[s] for s in dist) + extra) // 8


def subpaths(d, a, b):
    """Pieces of a charstring, each ending with a moveto operator."""
    out, start, i = [], a, a
    while i < b:
        x = d[i]
        if x == 28: i += 3
        elif x == 255: i += 5
        elif 32 <= x <= 246: i += 1
        elif x >= 247: i += 2
        else:
            i += 2 if x == 12 else 1
            if x in (4, 21, 22):
                out.append((start, i)); start = i
    return out + [(start, b)] if start < b else out


def main():
    d = largest_cff(sys.argv[1])
    _, names = index(d, d[2])
    _, tops = index(d, _)
    _, glyphs = index(d, charstrings_offset(d[tops[0][0] : tops[0][1]]))
    first, last = glyphs[0][0], glyphs[-1][1]
    print(f"CFF program: {len(d):,} bytes, {len(glyphs)} glyphs, {last - first:,} bytes of charstrings")
    print(f"zlib level 1 / 6 (reference): {len(zlib.compress(d, 1)):,} / {len(zlib.compress(d, 6)):,}")
    ends = lz(d, 0, first, 0) + lz(d, last, len(d), last)
    print(f"matches anywhere:          {coded_bytes(lz(d, 0, len(d), 0)):,}")
    inside = [t for a, b in glyphs for t in lz(d, a, b, a)]
    print(f"matches inside each glyph: {coded_bytes(ends + inside):,}")
    seen, tokens, reused = {}, [], 0
    for a, b in glyphs:
        for s, e in subpaths(d, a, b):
            piece = d[s:e]
            if len(piece) >= 8 and piece in seen and s - seen[piece] <= 32768:
                reused += len(piece)
                left = len(piece)
                while left:
                    n = min(left, 258)
                    n = left - 3 if 0 < left - n < 3 else n
                    tokens.append((n, s - seen[piece])); left -= n
            else:
                tokens += lz(d, s, e, a)
            seen[piece] = s
    print(f"  + repeated sub-paths:    {coded_bytes(ends + tokens):,} ({reused:,} bytes reused)")
    print(f"Huffman only:              {coded_bytes([(x,) for x in d]):,}")


if __name__ == "__main__":
    main()
