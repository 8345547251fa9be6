#!/usr/bin/env python3
"""Writes a compile_commands.json.

Usage: cdb.py OUT.json DIRECTORY FLAGS -- SOURCE...
FLAGS is one string (as isolate.py prints it), or @FILE holding it; each source gets
`clang++ -std=c++17 FLAGS -c SOURCE`.
"""
import json
import shlex
import sys

out, directory, flags = sys.argv[1:4]
if flags.startswith("@"):
    flags = open(flags[1:]).read()
sources = sys.argv[sys.argv.index("--") + 1:]
json.dump([{"directory": directory, "file": s,
            "arguments": ["clang++", "-std=c++17", *shlex.split(flags), "-c", s]}
           for s in sources], open(out, "w"), indent=2)
