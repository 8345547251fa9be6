# Writes a C++ include file embedding the audit page's template, style and
# script (AuditHtml.cpp), so the page is edited as HTML, CSS and JavaScript
# and the tool needs no data files at run time.
# Invoked at build time: cmake -DHTML_DIR=... -DOUT=... -P embed.cmake
set(delim "mic_html")
set(out "// Generated from checker/report/html/ by embed.cmake. Do not edit.\n")
foreach(pair "AuditPageTemplate;audit.html" "AuditPageStyle;audit.css"
             "AuditPageScript;audit.js")
  list(GET pair 0 name)
  list(GET pair 1 file)
  file(READ "${HTML_DIR}/${file}" text)
  string(FIND "${text}" ")${delim}\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${file} contains the raw string delimiter ${delim}")
  endif()
  # The style and script are inlined in the page: a closing tag in them,
  # even in a comment, would end their element early.
  string(TOLOWER "${text}" lower)
  if(NOT file STREQUAL "audit.html" AND lower MATCHES "</(script|style)")
    message(FATAL_ERROR "${file} must not contain a closing </script> or </style> tag")
  endif()
  string(APPEND out "static const char ${name}[] = R\"${delim}(${text})${delim}\";\n")
endforeach()

# Rewrite only on change so dependants are not rebuilt needlessly.
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
  if(old STREQUAL out)
    return()
  endif()
endif()
file(WRITE "${OUT}" "${out}")
