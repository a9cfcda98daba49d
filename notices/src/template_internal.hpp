// Internals shared by the renderer and the template checks.
#pragma once

#include <string>

#include "fields.hpp"
#include "notices/renderer.hpp"

namespace camtrack::notices::detail {

// Escapes a field value for the layout text: HTML/Pango entities, and the characters that mean
// something to the layout (| separates cells, @ starts a directive, a newline ends a line).
std::string escape_field(const std::string& value);
// Fills a (checked) template with fields, escaping every value.
std::string fill(const std::string& text, const Fields& fields);
// The complete example fields a template receives (used to check names and layout).
Fields sample_fields(TemplateName name);

}  // namespace camtrack::notices::detail
