"""Prints the parts of a SARIF run that tests check, stable across runs:
the invocation without its command line, results, artifacts, rule ids."""
import json
import sys

run = json.load(open(sys.argv[1], encoding="utf-8"))["runs"][0]
for inv in run["invocations"]:
    inv.pop("commandLine", None)
print(json.dumps({
    "inv": run["invocations"],
    "results": run["results"],
    "artifacts": run["artifacts"],
    "rules": [r["id"] for r in run["tool"]["driver"]["rules"]],
    "base": run["originalUriBaseIds"],
}, indent=1, sort_keys=True))
