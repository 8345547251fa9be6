#!/usr/bin/env python3
"""Prints compiler flags under which only the declaration-only headers can
satisfy an #include of a stubbed library.

Usage: isolate.py CLANGXX STUB_DIR OVERLAY_DIR [--no-stubs]

The compiler's own search list (from `CLANGXX -E -v`) is replayed with
-nostdinc, except that every system folder that holds a top-level entry the
stub folder also has (/usr/include/prometheus, /usr/include/gflags, ...) is
replaced by an overlay: a folder of symlinks to everything else in it. The
C and C++ standard libraries stay reachable; the real metrics libraries do
not. The stub folder comes last, with -idirafter, as the tool adds it (not with
--no-stubs: then the stubbed libraries cannot be found at all).
"""
import os
import shutil
import subprocess
import sys


def search_list(clangxx):
    out = subprocess.run([clangxx, "-x", "c++", "-std=c++17", "-E", "-v", "-"],
                         input="", capture_output=True, text=True).stderr
    dirs, inside = [], False
    for line in out.splitlines():
        if line.startswith("#include <...> search starts here"):
            inside = True
        elif line.startswith("End of search list"):
            break
        elif inside:
            dirs.append(line.strip().split(" (")[0])
    if not dirs:
        sys.exit("isolate.py: no search list in the output of %s -E -v" % clangxx)
    return dirs


def main():
    clangxx, stubs, overlay = sys.argv[1:4]
    stubbed = set(os.listdir(stubs)) - {"README.md"}
    shutil.rmtree(overlay, ignore_errors=True)
    os.makedirs(overlay)
    flags = ["-nostdinc", "-nostdinc++"]
    for n, d in enumerate(search_list(clangxx)):
        entries = os.listdir(d) if os.path.isdir(d) else []
        hidden = stubbed & set(entries)
        if hidden:
            copy = os.path.join(overlay, str(n))
            os.makedirs(copy)
            for e in entries:
                if e not in hidden:
                    os.symlink(os.path.join(d, e), os.path.join(copy, e))
            d = copy
        flags += ["-isystem", d]
    if "--no-stubs" not in sys.argv[4:]:
        flags += ["-idirafter", stubs]
    print(" ".join(flags))


if __name__ == "__main__":
    main()
