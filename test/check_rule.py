#!/usr/bin/env python3
"""Runs one rule on one test file, the way clang-tidy's check tests do.

  check_rule.py [driver options] <input> <rule-id> <temp-prefix> [-- <compiler flags>]

1. Copies <input> to <temp-prefix>.<ext> with the CHECK comments blanked
   (line numbers stay), so the checker never sees the expectations.
2. Runs metrics-init-check with only <rule-id> enabled and --fix. Its text
   output is matched against the CHECK-MESSAGES lines of <input>; any other
   finding fails the test (-implicit-check-not). A file without
   CHECK-MESSAGES must produce no finding at all.
3. Matches the fixed file against CHECK-FIXES and compiles it with
   clang++ -fsyntax-only: a fix-it must leave code that builds.
4. Takes the SARIF of the same run (--sarif-output: the report of the
   file before the fixes), checks it has as many results as the text
   output had findings, and matches it against CHECK-SARIF when present.
   The SARIF multitool validates it (its own rules and GitHub's) when
   --validate is given; otherwise each rule folder's sarif.test validates
   the SARIF of every run in the folder together (folder_sarif.py), one
   multitool start for all.

-check-suffix=X switches to CHECK-MESSAGES-X / CHECK-FIXES-X / CHECK-SARIF-X,
so one file can be run in several configurations (-DNDEBUG, options).

--front-end=tidy runs the same file through the real clang-tidy binary with
the plugin loaded (-fix, options as CheckOptions) and holds it to the same
CHECK-MESSAGES and CHECK-FIXES: the two front ends must agree. clang-tidy
prints note-level findings as "remark:"; they are read as "note:".
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)


def fail(msg, output=None):
    sys.stderr.write("check_rule.py: FAIL: %s\n" % msg)
    if output is not None:
        sys.stderr.write("------ output ------\n%s\n--------------------\n" % output)
    sys.exit(1)


def filecheck(args, input_file, prefix, text):
    cmd = [args.filecheck, input_file, "--check-prefix=" + prefix, "--dump-input=fail"]
    if prefix.startswith("CHECK-MESSAGES"):
        # Any finding not asked for fails the test, whatever its level.
        cmd.append("--implicit-check-not=[metrics-")
    result = subprocess.run(cmd, input=text, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        fail("FileCheck %s failed" % prefix, result.stdout + "\n--- checked text ---\n" + text)


def parse_args(argv):
    """The driver's command line: (args, compiler flags after '--')."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--mic", required=True)
    parser.add_argument("--clangxx", required=True)
    parser.add_argument("--filecheck", required=True)
    parser.add_argument("--validate-sarif", required=True)
    parser.add_argument("--include", required=True)
    parser.add_argument("-check-suffix", default="")
    parser.add_argument("--option", action="append", default=[])
    parser.add_argument("--rules", action="append", default=[])
    parser.add_argument("--std", default="c++17")
    parser.add_argument("--front-end", choices=["cli", "tidy"], default="cli")
    parser.add_argument("--clang-tidy")
    parser.add_argument("--plugin")
    parser.add_argument("--validate", action="store_true",
                        help="validate the SARIF with the multitool now")
    parser.add_argument("input")
    parser.add_argument("rule")
    parser.add_argument("temp")
    extra = []
    if "--" in argv:
        i = argv.index("--")
        argv, extra = argv[:i], argv[i + 1:]
    return parser.parse_args(argv), extra


class Prepared:
    """The blanked copies of a test input and how to run the checker on it."""

    def __init__(self, args, extra):
        self.source = open(args.input, encoding="utf-8").read()
        ext = os.path.splitext(args.input)[1]
        lang = ["-x", "c"] if ext == ".c" else ["-std=" + args.std]
        self.flags = lang + ["-I", args.include, "-I", os.path.dirname(os.path.abspath(args.input))] + extra
        self.cleaned = re.sub(r"//\s*CHECK-[A-Z0-9-]*:[^\r\n]*", "//", self.source)
        os.makedirs(os.path.dirname(os.path.abspath(args.temp)), exist_ok=True)
        self.ext = ext
        self.fixed_file = args.temp + ext
        self.orig_file = args.temp + ".orig" + ext
        for path in (self.fixed_file, self.orig_file):
            with open(path, "w", encoding="utf-8") as f:
                f.write(self.cleaned)
        self.base = [args.mic, "--checks=-*," + args.rule]
        for opt in args.option:
            self.base += ["--option", opt]
        for pack in args.rules:
            self.base += ["--rules", pack]


def main():
    args, extra = parse_args(sys.argv[1:])
    suffix = "-" + args.check_suffix if args.check_suffix else ""
    prefixes = {k: k + suffix for k in ("CHECK-MESSAGES", "CHECK-FIXES", "CHECK-SARIF")}
    p = Prepared(args, extra)
    source, flags, cleaned, ext = p.source, p.flags, p.cleaned, p.ext
    fixed_file, orig_file, base = p.fixed_file, p.orig_file, p.base
    has = {k: re.search(r"\b%s:" % re.escape(p), source) is not None for k, p in prefixes.items()}

    # The test input itself must be valid code: a compile error fails the
    # run below (the CLI exits with 3, clang-tidy reports
    # clang-diagnostic-error), so no separate compile is needed.

    if args.front_end == "tidy":
        options = {"RulePacks": ";".join(os.path.abspath(p) for p in args.rules)}
        for opt in args.option:
            key, _, value = opt.partition("=")
            options[key] = value
        config = "{CheckOptions: {%s}}" % ", ".join("'%s': '%s'" % kv for kv in options.items())
        text = run([args.clang_tidy, "--load=" + args.plugin, "--checks=-*," + args.rule,
                    "--config=" + config, "-fix", fixed_file, "--"] + flags)
        if text.returncode != 0 or "clang-diagnostic-error" in text.stdout:
            fail("clang-tidy failed (%d)" % text.returncode, text.stdout)
        text.stdout = re.sub(r": remark: (.*\[metrics-[a-z-]+\])$", r": note: \1", text.stdout, flags=re.M)
    else:
        # One run: text on stdout, SARIF of the same report (written before
        # the fixes are applied) in a file.
        sarif_file = args.temp + ".sarif"
        text = run(base + ["--fix", "--sarif-output", sarif_file, fixed_file, "--"] + flags)
        if text.returncode == 3:
            fail("the test input does not compile", text.stdout)
        if text.returncode not in (0, 1):
            fail("metrics-init-check exited with %d" % text.returncode, text.stdout)
    findings = len(re.findall(r"\[metrics-[a-z-]+\]$", text.stdout, re.M))
    if has["CHECK-MESSAGES"]:
        filecheck(args, args.input, prefixes["CHECK-MESSAGES"], text.stdout)
    elif findings:
        fail("no CHECK-MESSAGES, but the checker reported findings", text.stdout)

    fixed = open(fixed_file, encoding="utf-8").read()
    if has["CHECK-FIXES"]:
        filecheck(args, args.input, prefixes["CHECK-FIXES"], fixed)
    if fixed != cleaned:
        compiled = run([args.clangxx, "-fsyntax-only", "-w", fixed_file] + flags)
        if compiled.returncode != 0:
            fail("the fixed file does not compile", compiled.stdout + "\n--- fixed file ---\n" + fixed)
    elif has["CHECK-FIXES"]:
        fail("CHECK-FIXES given but no fix was applied", text.stdout)

    if args.front_end == "tidy":
        # The two front ends must fix the same way, byte for byte.
        cli_fixed_file = args.temp + ".cli" + ext
        with open(cli_fixed_file, "w", encoding="utf-8") as f:
            f.write(cleaned)
        run(base + ["--fix", cli_fixed_file, "--"] + flags)
        cli_fixed = open(cli_fixed_file, encoding="utf-8").read()
        if cli_fixed != fixed:
            fail("clang-tidy and the CLI fixed the file differently",
                 "--- clang-tidy ---\n%s\n--- CLI ---\n%s" % (fixed, cli_fixed))
        return
    log = json.load(open(sarif_file, encoding="utf-8"))
    # Suppressed results stay in SARIF (kind inSource); text omits them.
    results = [r for r in log["runs"][0]["results"] if not r.get("suppressions")]
    if len(results) != findings:
        fail("SARIF has %d results, text output had %d findings" % (len(results), findings))
    if args.validate:
        valid = run([args.validate_sarif, sarif_file])
        if valid.returncode != 0:
            fail("SARIF validation failed", valid.stdout)
    if has["CHECK-SARIF"]:
        filecheck(args, args.input, prefixes["CHECK-SARIF"], json.dumps(log, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
