# Creates a git repository at $1 holding a small service with three existing
# findings (orders, billing, legacy) in one commit on branch main, with a
# fixed author and date so runs are reproducible. The compilation database
# is in build/ (ignored by git), as a CMake build would leave it.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
rm -rf "$1" && mkdir -p "$1/build"
cp -r "$here/repo/base/src" "$here/repo/base/metrics-rules.json" "$1/"
sed "s|@DIR@|$1|g" "$here/repo/base/compile_commands.json.in" > "$1/build/compile_commands.json"
printf 'build/\n*.sarif\n*.out\n*.err\n*.exit\n*.txt\n*.analysed\n*.json\n!metrics-rules.json\n' > "$1/.gitignore"
export GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.com \
       GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.com \
       GIT_AUTHOR_DATE=2024-01-01T00:00:00Z GIT_COMMITTER_DATE=2024-01-01T00:00:00Z
cd "$1"
git init -q -b main .
git add -A
git commit -q -m "service with three findings"
