"""Writes to DIR a service where most TUs cannot matter to any rule:
main.cpp serves after a set-up on one branch only, through a wrapper
chain in three TUs (wrap2 -> wrap1 -> InitStats) of which only the last
names the pack's API, plus a project header the set-up's TU includes; and
N utility TUs that name nothing a rule reads."""
import json
import os
import sys

out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(os.path.join(out, "include"), exist_ok=True)
files = {
    "include/stats.h": "namespace inhouse { void InitStats(); }\n",
    "wrap1.cpp": '#include "stats.h"\nvoid wrap1() { inhouse::InitStats(); }\n',
    "wrap2.cpp": "void wrap1();\nvoid wrap2() { wrap1(); }\n",
    "main.cpp": (
        "void wrap2();\nvoid RunServer();\n"
        "int main(int argc, char **argv) {\n"
        "  if (argc > 1)\n"
        "    wrap2();\n"
        "  RunServer();\n"
        "  return 0;\n"
        "}\n"),
}
for k in range(n):
    files["util%d.cpp" % k] = (
        "int sum%d(const int *v, int n) {\n"
        "  int s = 0;\n"
        "  for (int i = 0; i < n; ++i) s += v[i];\n"
        "  return s;\n"
        "}\n" % k)
db = []
for name, text in files.items():
    with open(os.path.join(out, name), "w") as f:
        f.write(text)
    if name.endswith(".cpp"):
        db.append({"directory": out, "file": name,
                   "command": "clang++ -std=c++17 -Iinclude -c " + name})
with open(os.path.join(out, "compile_commands.json"), "w") as f:
    json.dump(db, f, indent=1)
