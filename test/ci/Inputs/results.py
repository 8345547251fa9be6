"""Prints one line per SARIF result, stable across runs and machines:
   <baselineState> <uri>:<line> <function> <ruleId> [suppressed:<kind>:<justification>]
then the run's notifications as "notification <level>: <text>"."""
import json
import sys

run = json.load(open(sys.argv[1], encoding="utf-8"))["runs"][0]
for r in run["results"]:
    loc = r["locations"][0]
    phys = loc["physicalLocation"]
    function = (loc.get("logicalLocations") or [{}])[0].get("fullyQualifiedName", "-")
    line = "%s %s:%d %s %s" % (r.get("baselineState", "-"),
                               phys["artifactLocation"]["uri"],
                               phys["region"]["startLine"], function, r["ruleId"])
    for s in r.get("suppressions", []):
        line += " suppressed:%s:%s" % (s["kind"], s.get("justification", ""))
    print(line)
for inv in run["invocations"]:
    for n in inv.get("toolExecutionNotifications", []):
        print("notification %s: %s" % (n.get("level", "warning"), n["message"]["text"]))
print("results: %d" % len(run["results"]))
