# Commits everything in the repository at $1 with message $2, fixed author
# and date.
set -e
export GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.com \
       GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.com \
       GIT_AUTHOR_DATE=2024-01-02T00:00:00Z GIT_COMMITTER_DATE=2024-01-02T00:00:00Z
cd "$1"
git add -A
git commit -q -m "$2"
