"""Checks a GitLab Code Quality report's shape (the fields GitLab reads) and
prints one line per issue: <severity> <path>:<begin> <check_name> <fingerprint>."""
import json
import sys

issues = json.load(open(sys.argv[1], encoding="utf-8"))
assert isinstance(issues, list), "not an array"
fingerprints = set()
for issue in issues:
    for key in ("description", "check_name", "fingerprint", "severity", "location"):
        assert key in issue, "missing %s in %r" % (key, issue)
    assert issue["severity"] in ("info", "minor", "major", "critical", "blocker"), issue["severity"]
    assert isinstance(issue["description"], str) and issue["description"]
    assert isinstance(issue["location"]["path"], str)
    assert not issue["location"]["path"].startswith("/"), "path not relative"
    assert isinstance(issue["location"]["lines"]["begin"], int)
    assert issue["fingerprint"] not in fingerprints, "duplicate fingerprint"
    fingerprints.add(issue["fingerprint"])
    print("%s %s:%d %s %s" % (issue["severity"], issue["location"]["path"],
                              issue["location"]["lines"]["begin"],
                              issue["check_name"], issue["fingerprint"]))
print("issues: %d" % len(issues))
