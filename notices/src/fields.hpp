// Template fields: a small tree of strings, flags and lists built from the notice structs, converted to
// Mustache data for rendering and walked for the names a template may use.
#pragma once

#include <map>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include <kainjow/mustache.hpp>

#include "notices/notice_data.hpp"

namespace camtrack::notices::detail {

struct Fields {
  struct Value;
  std::map<std::string, Value> values;

  Fields& set(const std::string& name, std::string text);
  Fields& set(const std::string& name, const char* text) { return set(name, std::string(text)); }
  Fields& flag(const std::string& name, bool on);
  Fields& list(const std::string& name, std::vector<Fields> items);
};

struct Fields::Value {
  std::variant<std::string, bool, std::vector<Fields>> v;
};

kainjow::mustache::data to_mustache(const Fields& fields);
// Every name used anywhere in the tree (list item names included).
void collect_names(const Fields& fields, std::set<std::string>& names);

Fields notice_fields(const SiteInfo& site, const NoticeData& notice);
Fields daily_fields(const SiteInfo& site, const DailyStatus& status);
Fields alert_fields(const SiteInfo& site, const AlertData& alert);

// Upper-cases UTF-8 Vietnamese text ("Công ty" → "CÔNG TY").
std::string upper(const std::string& text);

}  // namespace camtrack::notices::detail
