#!/usr/bin/env python3
"""Makes arabic-letter-pairs.json, the table the text decoder scores candidate decodings with.

Usage: letterpairs.py CORPUS.json > arabic-letter-pairs.json
CORPUS is a JSON array of articles with a "content" field (the SaudiNewsNet sample in
../shared/corpora was used). Only counts leave this script: the table holds, for each Arabic
letter and for the class of everything else (space, digits, punctuation, Latin), how often each
follows each, as natural-log probabilities with add-one smoothing.
"""
import json, math, sys

LETTERS = [chr(c) for c in range(0x0621, 0x063B)] + [chr(c) for c in range(0x0641, 0x064B)]
OTHER = "_"
SYMBOLS = LETTERS + [OTHER]


def classes(text):
    previous = OTHER
    for ch in text:
        if 0x064B <= ord(ch) <= 0x0652 or ch == "\u0640":  # harakat and tatweel carry no letter
            continue
        c = ch if ch in LETTERS else OTHER
        if c == OTHER and previous == OTHER:
            continue
        yield c
        previous = c


def main():
    articles = json.load(open(sys.argv[1], encoding="utf-8"))
    pairs = {a: {b: 1 for b in SYMBOLS} for a in SYMBOLS}
    for article in articles:
        previous = OTHER
        for c in classes(article.get("content", "")):
            pairs[previous][c] += 1
            previous = c
    table = {}
    for a in SYMBOLS:
        total = sum(pairs[a].values())
        table[a] = [round(math.log(pairs[a][b] / total), 2) for b in SYMBOLS]
    rows = ",\n".join('  "%s": [%s]' % (a, ", ".join("%g" % v for v in table[a])) for a in SYMBOLS)
    sys.stdout.write('{\n "symbols": "%s",\n "logProbability": {\n%s\n }\n}\n' % ("".join(SYMBOLS), rows))


main()
