# Copies the test project to $1 and writes its compilation database there.
set -e
rm -rf "$1" && mkdir -p "$1"
cp "$(dirname "$0")"/project/*.cpp "$1"/
sed "s|@DIR@|$1|g" "$(dirname "$0")/project/compile_commands.json.in" > "$1/compile_commands.json"
