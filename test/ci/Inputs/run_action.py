"""Runs the shell steps of the repository's action.yml the way a GitHub
runner would (bash -eo pipefail, GITHUB_OUTPUT/GITHUB_ENV files, inputs and
step outputs substituted into `${{ }}` expressions), with the tool already
built: the install step is skipped and MIC points at it. `uses:` steps are
printed, not run. Prints each step's outputs and exit code.

  run_action.py ACTION_YML WORKSPACE MIC [input=value ...]
"""
import os
import re
import subprocess
import sys

import yaml

# Our lines and the steps' output in the order they happen.
sys.stdout.reconfigure(line_buffering=True)

action_path, workspace, mic = sys.argv[1:4]
given = dict(a.split("=", 1) for a in sys.argv[4:])
action = yaml.safe_load(open(action_path))
inputs = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
for k in given:
    if k not in inputs:
        sys.exit("unknown input %s" % k)
inputs.update(given)
outputs = {}


def expand(text):
    def one(m):
        expr = m.group(1).strip()
        if expr.startswith("inputs."):
            name = expr[len("inputs."):]
            if name not in inputs:
                sys.exit("action.yml uses undeclared input %s" % name)
            return inputs[name]
        if expr == "runner.temp":
            return os.path.join(workspace, "runner-temp")
        m2 = re.match(r"steps\.([\w-]+)\.outputs\.([\w-]+)$", expr)
        if m2:
            return outputs.get(m2.group(1), {}).get(m2.group(2), "")
        sys.exit("unhandled expression: %s" % expr)
    return re.sub(r"\$\{\{(.*?)\}\}", one, text)


def condition(text):
    """The few forms of `if:` action.yml uses: always(), inputs.X == 'v',
    hashFiles(inputs.X) != '', joined by &&."""
    text = text.strip()
    if text.startswith("${{"):
        text = text[3:-2]
    value = True
    for part in text.split("&&"):
        part = part.strip()
        m = re.match(r"inputs\.([\w-]+) == '(.*)'$", part)
        h = re.match(r"hashFiles\(inputs\.([\w-]+)\) != ''$", part)
        if part == "always()":
            continue
        elif m:
            value &= inputs[m.group(1)] == m.group(2)
        elif h:
            value &= os.path.exists(os.path.join(workspace, inputs[h.group(1)]))
        else:
            sys.exit("unhandled condition: %s" % part)
    return value


for step in action["runs"]["steps"]:
    name = step["name"]
    if "if" in step and not condition(step["if"]):
        print("step %r: skipped" % name)
        continue
    if "uses" in step:
        print("step %r: uses %s with %s" % (name, step["uses"], {
            k: expand(str(v)) for k, v in step.get("with", {}).items()}))
        continue
    if name.startswith("Install"):
        print("step %r: skipped (tool already built)" % name)
        continue
    out_file = os.path.join(workspace, "github-output-%d" % len(outputs))
    open(out_file, "w").close()
    env = dict(os.environ)
    env.update({k: expand(str(v)) for k, v in step.get("env", {}).items()})
    env.update({"GITHUB_OUTPUT": out_file,
                "GITHUB_ENV": os.path.join(workspace, "github-env"),
                "GITHUB_ACTION_PATH": os.path.dirname(os.path.abspath(action_path)),
                "GITHUB_WORKSPACE": workspace, "MIC": mic})
    proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail",
                           "-c", expand(step["run"])], cwd=workspace, env=env)
    outputs[step.get("id", name)] = dict(
        line.split("=", 1) for line in open(out_file).read().splitlines() if "=" in line)
    print("step %r: exit %d, outputs %s" % (name, proc.returncode,
                                            outputs[step.get("id", name)]))
    if proc.returncode:
        print("action failed")
        sys.exit(1)
print("action passed")
