"""Checks that a rule's id leads to its docs, tests, matcher and metadata."""
import json
import os
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
mic = sys.argv[1]
registry = json.load(open(os.path.join(root, "rules", "rules.json")))
listed = subprocess.run([mic, "--list-rules"], capture_output=True, text=True, check=True).stdout
index = open(os.path.join(root, "docs", "README.md")).read()
problems = []
for rule in registry["rules"]:
    rid = rule["id"]
    stem = rid[len("metrics-"):]
    camel = "".join(part.capitalize() for part in stem.split("-"))
    if not os.path.isfile(os.path.join(root, "docs", "rules", rid + ".md")):
        problems.append("%s: no docs/rules/%s.md" % (rid, rid))
    if "rules/%s.md" % rid not in index:
        problems.append("%s: not listed in docs/README.md" % rid)
    if not os.path.isdir(os.path.join(root, "test", rid)):
        problems.append("%s: no test/%s/" % (rid, rid))
    if not os.path.isfile(os.path.join(root, "matchers", camel + ".cpp")):
        problems.append("%s: no matchers/%s.cpp" % (rid, camel))
    if rule["name"] != camel:
        problems.append("%s: name %s should be %s" % (rid, rule["name"], camel))
    if not any(line.startswith(rid + " [") for line in listed.splitlines()):
        problems.append("%s: missing from --list-rules" % rid)
    for key in ("level", "shortDescription", "fullDescription"):
        if not rule.get(key):
            problems.append("%s: no %s" % (rid, key))
for p in problems:
    print("check_registry: " + p)
sys.exit(1 if problems else 0)
