"""Writes a service of N+1 TUs to DIR: main.cpp calls f<N-1>() on one
branch, each f<k>() calls f<k-1>() in the TU before it, and f0() registers
metrics. Only the whole program knows that f<N-1>() sets up metrics."""
import json
import os
import sys

out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
files = {}
files["f0.cpp"] = "namespace inhouse { void InitStats(); }\nvoid f0() { inhouse::InitStats(); }\n"
for k in range(1, n):
    files["f%d.cpp" % k] = "void f%d();\nvoid f%d() { f%d(); }\n" % (k - 1, k, k - 1)
files["main.cpp"] = (
    "void f%d();\nvoid RunServer();\n"
    "int main(int argc, char **argv) {\n"
    "  if (argc > 1)\n"
    "    f%d();\n"
    "  RunServer();\n"
    "  return 0;\n"
    "}\n" % (n - 1, n - 1))
db = []
for name, text in files.items():
    with open(os.path.join(out, name), "w") as f:
        f.write(text)
    db.append({"directory": out, "file": name, "command": "clang++ -std=c++17 -c " + name})
with open(os.path.join(out, "compile_commands.json"), "w") as f:
    json.dump(db, f, indent=1)
