"""An independent reimplementation of GitHub's primaryLocationLineHash
(codeql-action src/fingerprints.ts, described in checker/report/LineHash.h),
to check the tool's against.

  github_line_hash.py self-test
      checks this script against the expected values GitHub's own tests list
  github_line_hash.py lines FILE
      prints "N hash:k" for every line, as --debug-line-hashes does
  github_line_hash.py sarif SARIF ROOT
      prints "uri:line expected=... actual=..." for every result, and fails
      when a result's hash is not the one GitHub would compute
"""
import json
import sys

MASK = (1 << 64) - 1
WINDOW = 100


def line_hashes(data):
    text = data.decode("utf-8", errors="replace")
    raw = text.encode("utf-16-le")
    units = [raw[i] | (raw[i + 1] << 8) for i in range(0, len(raw), 2)]
    outgoing = pow(37, WINDOW, 1 << 64)
    window = [0] * WINDOW
    starts = [-1] * WINDOW
    state = {"h": 0, "i": 0, "line": 0, "start": True, "cr": False}
    seen, out = {}, {}

    def emit():
        value = "%x" % state["h"]
        seen[value] = seen.get(value, 0) + 1
        out[starts[state["i"]]] = "%s:%d" % (value, seen[value])
        starts[state["i"]] = -1

    def push(c):
        i = state["i"]
        old = window[i]
        window[i] = c
        state["h"] = (37 * state["h"] + c - outgoing * old) & MASK
        state["i"] = (i + 1) % WINDOW

    def feed(c):
        if c in (0x20, 0x09) or (state["cr"] and c == 0x0A):
            state["cr"] = False
            return
        state["cr"] = c == 0x0D
        if state["cr"]:
            c = 0x0A
        if starts[state["i"]] != -1:
            emit()
        if state["start"]:
            state["start"] = False
            state["line"] += 1
            starts[state["i"]] = state["line"]
        if c == 0x0A:
            state["start"] = True
        push(c)

    for u in units:
        feed(u)
    feed(0xFFFF)
    for _ in range(WINDOW):
        if starts[state["i"]] != -1:
            emit()
        push(0)
    return [out[k] for k in sorted(out)]


# Inputs and expected hashes from GitHub's tests of fingerprints.ts.
KNOWN = [
    (b"", ["c129715d7a2bc9a3:1"]),
    (b" a\nb\n  \t\tc\n d",
     ["271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1",
      "a23a3dc5e078b07b:1"]),
    (b" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n",
     ["e9496ae3ebfced30:1", "fb7c023a8b9ccb3f:1", "ce8ba1a563dcdaca:1",
      "e20e36e16fcb0cc8:1", "b3edc88f2938467e:1", "c8e28b0b4002a3a0:1",
      "c129715d7a2bc9a3:1"]),
    (b"Lorem ipsum dolor sit amet.\n" * 10,
     ["a7f2ff13bc495cf2:%d" % i for i in range(1, 7)] +
     ["a7f2ff1481e87703:1", "a9cf91f7bbf1862b:1", "55ec222b86bcae53:1",
      "cc97dc7b1d7d8f7b:1", "c129715d7a2bc9a3:1"]),
]


def main():
    if sys.argv[1] == "self-test":
        for data, expected in KNOWN:
            got = line_hashes(data)
            if got != expected:
                sys.exit("self-test failed for %r: %r" % (data, got))
        print("self-test: %d known inputs agree" % len(KNOWN))
    elif sys.argv[1] == "lines":
        for n, h in enumerate(line_hashes(open(sys.argv[2], "rb").read()), 1):
            print(n, h)
    elif sys.argv[1] == "sarif":
        run = json.load(open(sys.argv[2]))["runs"][0]
        bad = 0
        for result in run["results"]:
            loc = result["locations"][0]["physicalLocation"]
            uri, line = loc["artifactLocation"]["uri"], loc["region"]["startLine"]
            expected = line_hashes(open(sys.argv[3] + "/" + uri, "rb").read())[line - 1]
            actual = result.get("partialFingerprints", {}).get("primaryLocationLineHash")
            print("%s:%d expected=%s actual=%s" % (uri, line, expected, actual))
            bad += expected != actual
        sys.exit(1 if bad else 0)


main()
