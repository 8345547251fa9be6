#!/usr/bin/env python3
"""Validates the SARIF of every check_rule.py run in a test folder at once.

  folder_sarif.py [driver options as check_rule.py] <folder> <temp-dir>

check_rule.py compares each run's SARIF with its text output but does not
start the SARIF multitool (a .NET program, seconds per start). This script,
run by the folder's sarif.test, finds every `%check_rule` RUN line of the
folder's tests, runs the checker the same way (same rule, options, packs and
compiler flags; the file before fixes) writing SARIF into <temp-dir>, and
validates all of it in one validate-sarif call. It makes its own SARIF, so
it does not depend on the order in which lit runs the folder's tests.
"""
import os
import re
import shlex
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_rule  # noqa: E402

RUN = re.compile(r"^\s*(?://|#)\s*RUN:\s*(.*)$")


def runs_in(path):
    """The argument lists of the %check_rule calls in the RUN lines of path."""
    lines, joined = [], ""
    for line in open(path, encoding="utf-8"):
        m = RUN.match(line)
        if not m:
            continue
        joined += m.group(1).rstrip()
        if joined.endswith("\\"):
            joined = joined[:-1]
            continue
        lines.append(joined)
        joined = ""
    calls = []
    for line in lines:
        for m in re.finditer(r"(?:^|\s)%check_rule\s+([^|&;]*)", line):
            calls.append(shlex.split(m.group(1)))
    return calls


def main():
    argv = sys.argv[1:]
    folder, temp = argv[-2:]
    driver = argv[:-2]
    os.makedirs(temp, exist_ok=True)
    produced = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not os.path.isfile(path) or os.path.splitext(name)[1] not in (".c", ".cpp", ".test"):
            continue
        for n, words in enumerate(runs_in(path)):
            stem = os.path.join(temp, "%s.%d" % (name, n))
            subst = {"%s": path, "%S": folder, "%p": folder, "%t": stem}
            words = [re.sub(r"%[sSpt]", lambda m: subst[m.group(0)], w) for w in words]
            # %t-suffix stays one temp name per run.
            args, extra = check_rule.parse_args(driver + words)
            args.temp = stem
            prepared = check_rule.Prepared(args, extra)
            sarif = stem + ".sarif"
            result = check_rule.run(prepared.base + ["--format=sarif", "-o", sarif, prepared.orig_file, "--"]
                                    + prepared.flags)
            if result.returncode not in (0, 1):
                check_rule.fail("%s (run %d): metrics-init-check exited with %d"
                                % (name, n + 1, result.returncode), result.stdout)
            produced.append(sarif)
    if not produced:
        check_rule.fail("no %%check_rule RUN lines in %s" % folder)
    args, _ = check_rule.parse_args(driver + ["-", "-", "-"])
    valid = check_rule.run([args.validate_sarif] + produced)
    sys.stdout.write(valid.stdout)
    if valid.returncode != 0:
        check_rule.fail("SARIF validation failed")
    print("folder_sarif.py: %d SARIF files valid" % len(produced))


if __name__ == "__main__":
    main()
