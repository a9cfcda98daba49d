// The page templates (web/templates/*.html) and static files (web/static/*) compiled into the binary.
#pragma once

#include <string_view>

namespace camtrack::web::pages {

// The file's text by file name ("layout.html", "app.css"), empty when there is no such file.
std::string_view embedded_file(std::string_view name);

}  // namespace camtrack::web::pages
