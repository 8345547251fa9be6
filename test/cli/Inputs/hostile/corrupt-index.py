"""Replaces text in every index entry of a directory: corrupt-index.py DIR
OLD NEW. Fails when no entry holds OLD, so a format change cannot make the
test pass vacuously."""
import glob
import sys

directory, old, new = sys.argv[1:4]
hits = 0
for path in glob.glob(directory + "/tu/*.json"):
    text = open(path, encoding="utf-8").read()
    if old in text:
        hits += 1
        open(path, "w", encoding="utf-8").write(text.replace(old, new, 1))
if not hits:
    sys.exit("no index entry holds " + old)
