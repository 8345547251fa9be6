# A project whose compilation database asks the driver to run a program of
# the tree (tool.sh leaves a marker file when run) or to load code, in each
# of the ways clang 19 offers. $1: the directory.
set -e
d="$1"
rm -rf "$d" && mkdir -p "$d/bin"
cat > "$d/tool.sh" <<SH
#!/bin/sh
touch "$d/MARKER"
echo gfx906
SH
chmod +x "$d/tool.sh"
# amdgpu-arch and nvptx-arch found through -B or beside the compiler.
cp "$d/tool.sh" "$d/bin/amdgpu-arch"
cp "$d/tool.sh" "$d/bin/nvptx-arch"
printf '%s\n' "--amdgpu-arch-tool=$d/tool.sh" "--offload-arch=native" > "$d/evil.cfg"
# Read by the driver when the command names $d/bin/clang++.
cp "$d/evil.cfg" "$d/bin/clang++.cfg"
printf '%s\n' "--amdgpu-arch-tool=$d/tool.sh --offload-arch=native" > "$d/evil.rsp"
hip="-x hip -nogpulib -nogpuinc"
i=0
entries=""
add() {
  i=$((i + 1))
  cp "$(dirname "$0")/../project/service.cpp" "$d/tu$i.cpp"
  entries="$entries{\"directory\": \"$d\", \"file\": \"tu$i.cpp\", \"command\": \"$1 -std=c++17 $2 -c tu$i.cpp\"},"
}
add clang++ "$hip --offload-arch=native --amdgpu-arch-tool=$d/tool.sh"
add clang++ "-fopenmp -fopenmp-targets=nvptx64 --nvptx-arch-tool=$d/tool.sh"
add clang++ "-fopenmp -Xopenmp-target=amdgcn-amd-amdhsa -march=native -fopenmp-targets=amdgcn-amd-amdhsa --amdgpu-arch-tool=$d/tool.sh"
add clang++ "$hip -B$d/bin --offload-arch=native"
add clang++ "$hip --config=$d/evil.cfg"
add "$d/bin/clang++" "$hip"
add clang++ "$hip @$d/evil.rsp"
add clang++ "-fplugin=$d/plugin.so -fpass-plugin=$d/pass.so -Xclang -load -Xclang $d/plugin.so -Xclang -add-plugin -Xclang evil -Xclang -plugin-arg-evil -Xclang x"
echo "[${entries%,}]" > "$d/compile_commands.json"
