# Writes a C++ include file embedding the rule registry, the built-in rule
# packs and the rule docs, so the tool needs no data files at run time.
# Invoked at build time: cmake -DRULES_DIR=... -DDOCS_DIR=... -DOUT=... -P embed.cmake
set(delim "mic_embed")
set(out "// Generated from rules/ and docs/rules/ by rules/embed.cmake. Do not edit.\n")

file(READ "${RULES_DIR}/rules.json" registry)
string(APPEND out "static const char BuiltinRuleRegistryJson[] = R\"${delim}(${registry})${delim}\";\n")

file(GLOB packs RELATIVE "${RULES_DIR}" "${RULES_DIR}/packs/*.json")
list(SORT packs)
string(APPEND out "static const struct { const char *Path; const char *Text; } BuiltinPackTexts[] = {\n")
foreach(pack IN LISTS packs)
  file(READ "${RULES_DIR}/${pack}" text)
  string(APPEND out "  {\"<builtin>/rules/${pack}\", R\"${delim}(${text})${delim}\"},\n")
endforeach()
string(APPEND out "};\n")

file(GLOB docs RELATIVE "${DOCS_DIR}/rules" "${DOCS_DIR}/rules/metrics-*.md")
list(SORT docs)
string(APPEND out "static const struct { const char *RuleId; const char *Markdown; } BuiltinRuleDocs[] = {\n")
foreach(doc IN LISTS docs)
  file(READ "${DOCS_DIR}/rules/${doc}" text)
  string(REGEX REPLACE "\\.md$" "" id "${doc}")
  string(APPEND out "  {\"${id}\", R\"${delim}(${text})${delim}\"},\n")
endforeach()
string(APPEND out "  {nullptr, nullptr}\n};\n")

# Rewrite only on change so dependants are not rebuilt needlessly.
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
  if(old STREQUAL out)
    return()
  endif()
endif()
file(WRITE "${OUT}" "${out}")
