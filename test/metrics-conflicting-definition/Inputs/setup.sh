# Copies fixture $1 (programs, inventory) to $2 and writes its compilation
# database there; $3 is the mock headers' folder.
set -e
rm -rf "$2" && mkdir -p "$2"
cp "$(dirname "$0")/$1"/*.cpp "$2"/
cp "$(dirname "$0")/$1"/*.h "$2"/ 2>/dev/null || true
sed -e "s|@DIR@|$2|g" -e "s|@INC@|$3|g" "$(dirname "$0")/$1/compile_commands.json.in" > "$2/compile_commands.json"
