# Writes OUT, a C++ file defining `std::string_view NAME()` (NAME may be qualified, e.g.
# camtrack::web::openapi_document) that returns the text of the file IN, embedded at build time.
file(READ ${IN} text)
string(REGEX MATCH "^(.*)::([^:]+)$" _ ${NAME})
set(body "// Generated from ${IN}: do not edit.\n#include <string_view>\n\nnamespace ${CMAKE_MATCH_1} {\n\nstd::string_view ${CMAKE_MATCH_2}() {\n  static constexpr std::string_view text = R\"camtrack_text(${text})camtrack_text\";\n  return text;\n}\n\n}  // namespace ${CMAKE_MATCH_1}\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
