#!/usr/bin/env python3
"""Checks every declaration-only header on its own.

Usage: check_headers.py CLANGXX STUB_DIR -- ISOLATING-FLAGS...

For each header under STUB_DIR: it begins with the stand-in comment (what
it is, which version it follows, that real headers take precedence), it
includes other headers only with <...> (a "..." include would find the
neighbouring stand-in before a real header), and a file that includes only
it compiles with -fsyntax-only under each language standard the library
supports, with ISOLATING-FLAGS hiding the real libraries. Prints one line
per header and standard, then `N checked, N failed`; exits 1 on a failure.
"""
import os
import re
import subprocess
import sys

# Libraries that need C++17: everything else is checked as C++14 too.
CXX17_ONLY = ("seastar/", "drogon/")


def main():
    clangxx, stubs = sys.argv[1], sys.argv[2]
    flags = sys.argv[sys.argv.index("--") + 1:]
    checked = failed = 0
    headers = sorted(
        os.path.relpath(os.path.join(d, f), stubs)
        for d, _, fs in os.walk(stubs) for f in fs if f.endswith((".h", ".hh", ".hpp")))
    if not headers:
        sys.exit("check_headers.py: no headers in %s" % stubs)
    for h in headers:
        text = open(os.path.join(stubs, h), encoding="utf-8").read()
        lines = text.splitlines()
        first = []
        for line in lines:
            if not line.startswith("//"):
                break
            first.append(line[2:].strip())
        head = re.sub(r"\s+", " ", " ".join(first))
        problems = []
        if not head.startswith("Declaration-only stand-in for <%s>" % h):
            problems.append("does not begin with 'Declaration-only stand-in for <%s>'" % h)
        if "metrics-init-check" not in head or "real header always takes precedence" not in head:
            problems.append("its first comment does not say it ships with metrics-init-check "
                            "and that the real header always takes precedence")
        if not re.search(r"(API of|Follows) .*\d", head):
            problems.append("its first comment names no library version")
        if re.search(r'^\s*#\s*include\s*"', text, re.M):
            problems.append('includes with "..."')
        standards = ["c++17"] if h.startswith(CXX17_ONLY) else ["c++14", "c++17"]
        for std in standards:
            checked += 1
            r = subprocess.run([clangxx, "-x", "c++", "-std=" + std, "-fsyntax-only",
                                "-Werror", "-Wall", "-Wextra", "-Wno-unused-parameter",
                                "-Wno-unused-private-field", *flags, "-"],
                               input="#include <%s>\n" % h, capture_output=True, text=True)
            if r.returncode != 0 or problems:
                failed += 1
                print("FAIL %s %s" % (std, h))
                for p in problems:
                    print("  %s: %s" % (h, p))
                sys.stdout.write(r.stderr)
            else:
                print("ok %s %s" % (std, h))
    print("%d checked, %d failed" % (checked, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
