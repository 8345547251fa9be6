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
    if not os.path.isfile(os.path.join(root, "matchers", "rules", rid, camel + ".cpp")):
        problems.append("%s: no matchers/rules/%s/%s.cpp" % (rid, rid, camel))
    if rule["name"] != camel:
        problems.append("%s: name %s should be %s" % (rid, rule["name"], camel))
    if not any(line.startswith(rid + " [") for line in listed.splitlines()):
        problems.append("%s: missing from --list-rules" % rid)
    if rule.get("scope") not in ("translation-unit", "program", "link"):
        problems.append("%s: scope must be translation-unit, program or link" % rid)
    # The docs' option table says what rules.json says: same names, same
    # defaults, nothing more.
    page = os.path.join(root, "docs", "rules", rid + ".md")
    documented = {}
    if os.path.isfile(page):
        text = open(page).read()
        section = text.split("## Options", 1)[1].split("\n## ", 1)[0] if "## Options" in text else ""
        for line in section.splitlines():
            cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
            if len(cells) >= 2 and cells[0] not in ("option", "---", "") and not cells[0].startswith("-"):
                documented[cells[0]] = cells[1]
    declared = {o["name"]: o["default"] for o in rule.get("options", [])}
    for name, default in declared.items():
        if name not in documented:
            problems.append("%s: option %s not in the docs' option table" % (rid, name))
        elif documented[name] != default:
            problems.append("%s: option %s defaults to %s, the docs say %s" % (rid, name, default, documented[name]))
    for name in documented:
        if name not in declared:
            problems.append("%s: docs list option %s that rules.json does not declare" % (rid, name))
    for key in ("level", "shortDescription", "fullDescription"):
        if not rule.get(key):
            problems.append("%s: no %s" % (rid, key))
for p in problems:
    print("check_registry: " + p)
sys.exit(1 if problems else 0)
