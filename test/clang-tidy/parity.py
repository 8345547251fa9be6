"""Runs the CLI and clang-tidy with the plugin on every file of a
compilation database and checks they report the same findings: same file,
line, column, rule and message (clang-tidy's "remark" is the CLI's "note")."""
import json
import os
import re
import subprocess
import sys

mic, clang_tidy, plugin, build, packs = sys.argv[1:6]
finding = re.compile(r"^(.*?):(\d+):(\d+): (warning|error|note|remark): (.*) \[(metrics-[a-z-]+)\]$", re.M)


def findings(text):
    out = set()
    for m in finding.finditer(text):
        path, line, col, level, msg, rule = m.groups()
        level = "note" if level == "remark" else level
        out.add((os.path.realpath(path), int(line), int(col), level, rule, msg))
    return out


files = [e["file"] if os.path.isabs(e["file"]) else os.path.join(e["directory"], e["file"])
         for e in json.load(open(os.path.join(build, "compile_commands.json")))]
cli = subprocess.run([mic, "-p", build, "--rules", packs, "--source-root", "/"],
                     capture_output=True, text=True)
cli_found = findings(re.sub(r"^(?!/)", "/", cli.stdout, flags=re.M))
tidy_found = set()
for f in files:
    tidy = subprocess.run([clang_tidy, "--load=" + plugin, "-p", build, "--checks=-*,metrics-*",
                           "--config={Checks: '-*,metrics-*', CheckOptions: {RulePacks: '%s'}}" % packs, f],
                          capture_output=True, text=True)
    tidy_found |= findings(tidy.stdout)
for f in sorted(cli_found - tidy_found):
    print("only the CLI:", f)
for f in sorted(tidy_found - cli_found):
    print("only clang-tidy:", f)
print("parity: %d findings from the CLI, %d from clang-tidy" % (len(cli_found), len(tidy_found)))
if not cli_found:
    print("parity: no findings at all: the comparison proves nothing")
    sys.exit(1)
sys.exit(0 if cli_found == tidy_found else 1)
