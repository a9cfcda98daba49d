// Generic checks of the calendar TOML reader: keys, types, ranges, and the entry point.
#include <cstdio>
#include <sstream>

#include "calendar_reader.hpp"

namespace camtrack::incidents {
namespace calendar_detail {

std::string join_key(const std::string& prefix, std::string_view key) {
  return prefix.empty() ? std::string(key) : prefix + "." + std::string(key);
}

std::string index_key(const std::string& prefix, size_t index) {
  return prefix + "[" + std::to_string(index) + "]";
}

std::string format_date(Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

void CalendarReader::error(std::string key, std::string problem) {
  errors_.push_back(CalendarError{file_, std::move(key), std::move(problem)});
}

void CalendarReader::check_keys(const std::string& prefix, const toml::table& table,
                                std::initializer_list<std::string_view> allowed) {
  for (auto&& [k, v] : table) {
    bool known = false;
    for (auto a : allowed) known = known || k.str() == a;
    if (known) continue;
    std::string list;
    for (auto a : allowed) {
      if (!list.empty()) list += ", ";
      list += a;
    }
    error(join_key(prefix, k.str()), "unknown key (expected one of: " + list + ")");
  }
}

const toml::table* CalendarReader::table_at(const std::string& key, const toml::node& node) {
  if (const auto* t = node.as_table()) return t;
  error(key, "must be a table");
  return nullptr;
}

std::optional<std::string> CalendarReader::string_at(const std::string& key, const toml::node& node) {
  if (const auto* s = node.as_string()) return s->get();
  error(key, "must be a string");
  return std::nullopt;
}

std::optional<long long> CalendarReader::integer_at(const std::string& key, const toml::node& node,
                                                    long long low, long long high) {
  const auto* i = node.as_integer();
  if (i == nullptr) {
    error(key, "must be an integer");
    return std::nullopt;
  }
  if (i->get() < low || i->get() > high) {
    error(key, "must be between " + std::to_string(low) + " and " + std::to_string(high) + ", not " +
                   std::to_string(i->get()));
    return std::nullopt;
  }
  return i->get();
}

std::optional<bool> CalendarReader::bool_at(const std::string& key, const toml::node& node) {
  if (const auto* b = node.as_boolean()) return b->get();
  error(key, "must be true or false");
  return std::nullopt;
}

void CalendarReader::read_root(const toml::table& root) {
  check_keys("", root, {"schema", "title", "rules", "enterprise", "year"});
  if (const auto* n = root.get("schema")) {
    if (auto v = integer_at("schema", *n, 1, 1000); v && *v != 1)
      error("schema", "unsupported schema " + std::to_string(*v) + " (this camtrack reads schema 1)");
  }
  if (const auto* n = root.get("title")) string_at("title", *n);
  if (const auto* n = root.get("rules")) read_rules(*n);
  if (const auto* n = root.get("enterprise")) read_enterprise(*n);
  if (const auto* n = root.get("year")) read_years(*n);
}

std::string fnv1a_hex(std::string_view a, std::string_view b) {
  unsigned long long h = 1469598103934665603ULL;
  for (std::string_view part : {a, std::string_view("\n"), b}) {
    for (char c : part) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ULL;
    }
  }
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", h);
  return buf;
}

}  // namespace calendar_detail

CalendarParse parse_calendar_data(std::string_view toml_text, std::string_view file_name,
                                  const CalendarData& base) {
  CalendarParse result{base, {}};
  result.data.version = calendar_detail::fnv1a_hex(base.version, toml_text);
  result.data.files.emplace_back(file_name);
  try {
    const toml::table root = toml::parse(toml_text, file_name);
    calendar_detail::CalendarReader reader(file_name, result.data, result.errors);
    reader.read_root(root);
  } catch (const toml::parse_error& e) {
    std::ostringstream problem;
    problem << "TOML syntax error at line " << e.source().begin.line << ", column "
            << e.source().begin.column << ": " << e.description();
    result.errors.push_back(CalendarError{std::string(file_name), "", problem.str()});
  }
  return result;
}

std::string CalendarError::message() const {
  return key.empty() ? file + ": " + problem : file + ": " + key + ": " + problem;
}

}  // namespace camtrack::incidents
