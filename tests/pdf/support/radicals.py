#!/usr/bin/env python3
"""Prints the CJK Radicals Supplement table of src/parse/readers/pdf/radicals.ts from Unicode's
EquivalentUnifiedIdeograph.txt (Debian: apt-get install unicode-data). Usage: python3 radicals.py [file]"""
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode/EquivalentUnifiedIdeograph.txt"
pairs = []
for line in open(path, encoding="utf-8"):
    line = line.split("#")[0].strip()
    if not line:
        continue
    points, target = [x.strip() for x in line.split(";")]
    first, last = (points.split("..") + [points])[:2] if ".." in points else (points, points)
    for code in range(int(first, 16), int(last, 16) + 1):
        if 0x2E80 <= code <= 0x2EFF:
            pairs.append(chr(code) + chr(int(target, 16)))
for i in range(0, len(pairs), 30):
    print('  "' + "".join(pairs[i : i + 30]) + '"' + (" +" if i + 30 < len(pairs) else ";"))
