// Checks a template before it is used: Mustache syntax, layout directives, inline markup, field names.
#include <pango/pango.h>

#include <set>
#include <sstream>

#include "fields.hpp"
#include "notices/renderer.hpp"
#include "notices/samples.hpp"
#include "template_internal.hpp"

namespace camtrack::notices {
namespace {

int line_of_offset(const std::string& text, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n' ? 1 : 0;
  return line;
}

// kainjow reports "Unclosed section \"x\" at 123": the number is a byte offset.
TemplateProblem syntax_problem(const std::string& text, const std::string& message, const std::filesystem::path& file) {
  const auto at = message.rfind(" at ");
  if (at != std::string::npos && at + 4 < message.size() &&
      message.find_first_not_of("0123456789", at + 4) == std::string::npos) {
    return {file, line_of_offset(text, std::stoul(message.substr(at + 4))), "template syntax: " + message.substr(0, at)};
  }
  return {file, 0, "template syntax: " + message};
}

struct Tag {
  std::string whole;   // "{{#cameras}}"
  bool triple = false; // {{{x}}}
  char sigil = 0;      // # ^ / & > ! = or 0
  std::string name;
};

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

// Splits a line into its Mustache tags; `plain` gets the line with each tag replaced by "x".
std::vector<Tag> scan_tags(const std::string& line, std::string& plain) {
  std::vector<Tag> tags;
  plain.clear();
  std::size_t pos = 0;
  while (true) {
    const auto open = line.find("{{", pos);
    if (open == std::string::npos) break;
    Tag t;
    t.triple = line.compare(open, 3, "{{{") == 0;
    const auto body_start = open + (t.triple ? 3 : 2);
    const auto close = line.find(t.triple ? "}}}" : "}}", body_start);
    if (close == std::string::npos) break;
    std::string body = trim(line.substr(body_start, close - body_start));
    if (!body.empty() && std::string("#^/&>!=").find(body[0]) != std::string::npos) {
      t.sigil = body[0];
      body = trim(body.substr(1));
    }
    t.name = body;
    const auto end = close + (t.triple ? 3 : 2);
    t.whole = line.substr(open, end - open);
    plain += line.substr(pos, open - pos) + "x";
    tags.push_back(std::move(t));
    pos = end;
  }
  plain += line.substr(pos);
  return tags;
}

std::optional<std::string> markup_error(const std::string& markup) {
  GError* error = nullptr;
  if (pango_parse_markup(markup.c_str(), -1, 0, nullptr, nullptr, nullptr, &error)) return std::nullopt;
  std::string reason = error != nullptr ? error->message : "invalid markup";
  g_clear_error(&error);
  return reason;
}

void check_lines(TemplateName name, const std::string& text, const std::filesystem::path& file,
                 std::vector<TemplateProblem>& out) {
  std::set<std::string> known;
  detail::collect_names(detail::sample_fields(name), known);
  std::istringstream in(text);
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (const auto bad = unknown_directive(line)) out.push_back({file, line_no, "unknown layout directive @" + *bad});
    std::string plain;
    for (const auto& t : scan_tags(line, plain)) {
      if (t.sigil == '!' || t.sigil == '=') continue;
      if (t.sigil == '>') {
        out.push_back({file, line_no, "partials are not supported: " + t.whole});
        continue;
      }
      if (t.triple || t.sigil == '&') {
        out.push_back({file, line_no, "unescaped field " + t.whole + ": use {{" + t.name + "}}"});
      }
      const std::string field = t.name.substr(0, t.name.find('.'));
      if (!field.empty() && known.count(field) == 0) {
        out.push_back({file, line_no, "unknown field {{" + t.name + "}}"});
      }
    }
    if (!plain.empty() && plain[0] == '@') {
      const auto space = plain.find(' ');
      if (space != std::string::npos) {
        if (const auto err = markup_error(plain.substr(space + 1))) out.push_back({file, line_no, "markup: " + *err});
      }
    }
  }
}

}  // namespace

std::string TemplateProblem::describe() const {
  return file.string() + ":" + std::to_string(line) + ": " + reason;
}

std::vector<TemplateProblem> check_template(TemplateName name, const std::string& text,
                                            const std::filesystem::path& file) {
  std::vector<TemplateProblem> out;
  kainjow::mustache::mustache tmpl(text);
  if (!tmpl.is_valid()) {
    out.push_back(syntax_problem(text, tmpl.error_message(), file));
    return out;
  }
  check_lines(name, text, file, out);
  if (!out.empty()) return out;
  // Filled with complete data, the result must be a valid layout.
  const std::string filled = detail::fill(text, detail::sample_fields(name));
  std::vector<LayoutError> errors;
  const auto doc = parse_document(filled, &errors);
  for (const auto& e : errors) out.push_back({file, 0, "filled template, line " + std::to_string(e.line) + ": " + e.reason});
  if (doc.subject.empty()) out.push_back({file, 0, "no @subject line"});
  return out;
}

}  // namespace camtrack::notices
