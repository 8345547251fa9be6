#!/bin/sh
# Builds the scan tests' vendored tree in $1 from Inputs/tree, adding what
# git does not keep well: `.git` folders of the repositories (as files, the
# way the scan reads them), a symlink loop, a symlink out of the tree, a
# FIFO, a 51 MB file and a file that is not UTF-8.
set -e
out="$1"
here="$(dirname "$0")"
rm -rf "$out"
mkdir -p "$out"
cp -R "$here/tree" "$out/tree"
t="$out/tree"

# app: a git repository with a remote whose URL carries a password (the
# report must not), on branch main.
mkdir -p "$t/app/.git/refs/heads"
echo "ref: refs/heads/main" > "$t/app/.git/HEAD"
echo 0123456789abcdef0123456789abcdef01234567 > "$t/app/.git/refs/heads/main"
printf '[core]\n\tbare = false\n[remote "origin"]\n\turl = https://ci:s3cret@git.example.com/acme/app.git\n' > "$t/app/.git/config"
# svc-db: a detached HEAD and a packed ref, an scp-like remote.
mkdir -p "$t/svc-db/.git"
echo fedcba9876543210fedcba9876543210fedcba98 > "$t/svc-db/.git/HEAD"
printf '[remote "upstream"]\n\turl = git@git.example.com:acme/svc-db.git\n' > "$t/svc-db/.git/config"

# A .clang-tidy that would switch every rule off if it were read.
printf 'Checks: "-*"\n' > "$t/svc-nodb/.clang-tidy"

# Hostile entries.
ln -s loop-b.h "$t/svc-nodb/src/loop-a.h"
ln -s loop-a.h "$t/svc-nodb/src/loop-b.h"
echo 'int secret_outside_the_tree;' > "$out/outside.cpp"
ln -s "$out/outside.cpp" "$t/svc-nodb/src/outside.cpp"
mkfifo "$t/svc-nodb/src/pipe.cpp"
truncate -s 51M "$t/svc-nodb/src/generated.cpp"
printf '// caf\351 in Latin-1\nint latin1;\n' > "$t/svc-nodb/src/latin1.cpp"
