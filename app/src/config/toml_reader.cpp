#include "config/toml_reader.hpp"

namespace camtrack::app {
namespace {

const char* type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::string: return "a string";
    case toml::node_type::integer: return "an integer";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "true/false";
    case toml::node_type::array: return "a list";
    case toml::node_type::table: return "a table";
    default: return "a date/time";
  }
}

}  // namespace

const toml::node* TomlReader::find(const std::string& key) {
  known_.insert(key);
  const auto dot = key.find('.');
  known_.insert(key.substr(0, dot));
  return root_.at_path(key).node();
}

void TomlReader::wrong_type(const std::string& key, const char* expected, const toml::node& node) {
  errors_.push_back({key, std::string("expected ") + expected + ", got " + type_name(node)});
}

void TomlReader::read(const std::string& key, std::string& out) {
  const auto* node = find(key);
  if (node == nullptr) return;
  if (const auto* value = node->as_string()) {
    out = value->get();
  } else {
    wrong_type(key, "a string", *node);
  }
}

void TomlReader::read(const std::string& key, std::int64_t& out) {
  const auto* node = find(key);
  if (node == nullptr) return;
  if (const auto* value = node->as_integer()) {
    out = value->get();
  } else {
    wrong_type(key, "an integer", *node);
  }
}

void TomlReader::read(const std::string& key, bool& out) {
  const auto* node = find(key);
  if (node == nullptr) return;
  if (const auto* value = node->as_boolean()) {
    out = value->get();
  } else {
    wrong_type(key, "true/false", *node);
  }
}

void TomlReader::read(const std::string& key, std::vector<std::string>& out) {
  const auto* node = find(key);
  if (node == nullptr) return;
  const auto* array = node->as_array();
  if (array == nullptr) {
    wrong_type(key, "a list of strings", *node);
    return;
  }
  std::vector<std::string> values;
  std::size_t index = 0;
  for (const toml::node& element : *array) {
    const auto* item = element.as_string();
    if (item == nullptr) {
      errors_.push_back({key + "[" + std::to_string(index) + "]", std::string("expected a string, got ") +
                                                                     type_name(element)});
      return;
    }
    values.push_back(item->get());
    ++index;
  }
  out = std::move(values);
}

void TomlReader::collect_unknown(const toml::table& table, const std::string& prefix) {
  for (const auto& [name, node] : table) {
    const std::string key = prefix.empty() ? std::string(name.str()) : prefix + "." + std::string(name.str());
    if (!known_.contains(key)) {
      errors_.push_back({key, prefix.empty() ? "unknown section or key" : "unknown key"});
    } else if (const auto* child = node.as_table(); child != nullptr && prefix.empty()) {
      collect_unknown(*child, key);
    }
  }
}

void TomlReader::report_unknown_keys() { collect_unknown(root_, ""); }

}  // namespace camtrack::app
