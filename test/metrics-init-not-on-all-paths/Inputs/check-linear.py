"""Reads the program-pass lines of runs on 50, 100 and 200 TUs and checks
that the work grows like the program: doubling the TUs doubles the work
(within 20%), never more."""
import re
import sys

work = []
for path in sys.argv[1:]:
    m = re.search(r"program pass: (\d+) TU\(s\).*?(\d+) function\(s\), (\d+) node visit\(s\)", open(path).read())
    if not m:
        sys.exit("no program-pass line in " + path)
    tus, functions, visits = map(int, m.groups())
    work.append((tus, functions, visits))
    print("%d TUs: %d functions, %d node visits, %.2f per TU" % (tus, functions, visits, visits / tus))
for (t1, _, w1), (t2, _, w2) in zip(work, work[1:]):
    ratio = (w2 / w1) / (t2 / t1)
    print("%d -> %d TUs: work grew %.2fx the size" % (t1, t2, ratio))
    if not 0.8 <= ratio <= 1.2:
        sys.exit("FAIL: the whole-program pass is not linear: %d -> %d TUs, work %d -> %d" % (t1, t2, w1, w2))
print("linear")
