#include "notices/document.hpp"

#include <cstdlib>
#include <sstream>

namespace camtrack::notices {
namespace {

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

std::vector<std::string> split(std::string_view s, std::string_view sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const auto pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      out.push_back(trim(s.substr(start)));
      return out;
    }
    out.push_back(trim(s.substr(start, pos - start)));
    start = pos + sep.size();
  }
}

std::vector<double> numbers(std::string_view s) {
  std::vector<double> out;
  std::istringstream in{std::string(s)};
  std::string word;
  while (in >> word) {
    char* end = nullptr;
    const double v = std::strtod(word.c_str(), &end);
    if (end == word.c_str() || *end != '\0' || v < 0) return {};
    out.push_back(v);
  }
  return out;
}

struct Directive {
  std::string name;
  int size_pt = 13;
  std::string rest;
};

const char* const known[] = {"subject", "cols", "sign", "rules", "center", "right", "left", "para", "table", "row", "gap"};

bool is_known(std::string_view name) {
  for (const char* k : known) {
    if (name == k) return true;
  }
  return false;
}

// "@center:14 text" → {center, 14, "text"}; nullopt when the line is not a directive.
std::optional<Directive> split_directive(std::string_view line) {
  if (line.empty() || line[0] != '@') return std::nullopt;
  const auto space = line.find_first_of(" \t");
  std::string head(line.substr(1, space == std::string_view::npos ? std::string_view::npos : space - 1));
  Directive d;
  if (const auto colon = head.find(':'); colon != std::string::npos) {
    d.size_pt = std::atoi(head.c_str() + colon + 1);
    head.resize(colon);
  }
  d.name = head;
  d.rest = space == std::string_view::npos ? std::string() : trim(line.substr(space + 1));
  return d;
}

BlockKind text_kind(const std::string& name) {
  if (name == "center") return BlockKind::center;
  if (name == "right") return BlockKind::right;
  if (name == "left") return BlockKind::left;
  return BlockKind::para;
}

}  // namespace

std::optional<std::string> unknown_directive(std::string_view line) {
  const auto d = split_directive(trim(line));
  if (!d || is_known(d->name)) return std::nullopt;
  return d->name;
}

Document parse_document(std::string_view text, std::vector<LayoutError>* errors) {
  Document doc;
  const auto fail = [&](int line, std::string reason) {
    if (errors != nullptr) errors->push_back({line, std::move(reason)});
  };
  std::istringstream in{std::string(text)};
  std::string raw;
  int line_no = 0;
  while (std::getline(in, raw)) {
    ++line_no;
    const std::string line = trim(raw);
    if (line.empty()) continue;
    const auto d = split_directive(line);
    if (!d) {
      doc.blocks.push_back(Block{BlockKind::para, 13, {line}, {}, {}});
      continue;
    }
    if (!is_known(d->name)) {
      fail(line_no, "unknown directive @" + d->name);
      continue;
    }
    if (d->size_pt < 6 || d->size_pt > 40) {
      fail(line_no, "font size must be between 6 and 40 pt");
    }
    const int size = d->size_pt < 6 || d->size_pt > 40 ? 13 : d->size_pt;
    if (d->name == "subject") {
      doc.subject = strip_markup(d->rest);
    } else if (d->name == "gap") {
      doc.blocks.push_back(Block{BlockKind::gap, size, {}, {}, {}});
    } else if (d->name == "cols" || d->name == "sign") {
      auto cells = split(d->rest, "||");
      if (cells.size() != 2) {
        fail(line_no, "@" + d->name + " needs exactly two cells separated by ||");
        continue;
      }
      Block b{BlockKind::cols, size, std::move(cells), {}, {}};
      b.first_left = d->name == "sign";
      doc.blocks.push_back(std::move(b));
    } else if (d->name == "rules") {
      auto widths = numbers(d->rest);
      if (widths.size() != 2) {
        fail(line_no, "@rules needs two lengths in mm");
        continue;
      }
      doc.blocks.push_back(Block{BlockKind::rules, size, {}, std::move(widths), {}});
    } else if (d->name == "table") {
      auto widths = numbers(d->rest);
      if (widths.empty()) {
        fail(line_no, "@table needs column widths in percent");
        continue;
      }
      doc.blocks.push_back(Block{BlockKind::table, size, {}, std::move(widths), {}});
    } else if (d->name == "row") {
      if (doc.blocks.empty() || doc.blocks.back().kind != BlockKind::table) {
        fail(line_no, "@row outside a table (start one with @table)");
        continue;
      }
      auto& table = doc.blocks.back();
      auto cells = split(d->rest, "|");
      if (cells.size() != table.widths.size()) {
        fail(line_no, "@row has " + std::to_string(cells.size()) + " cells, the table has " +
                          std::to_string(table.widths.size()) + " columns");
        cells.resize(table.widths.size());
      }
      table.rows.push_back(std::move(cells));
    } else {
      doc.blocks.push_back(Block{text_kind(d->name), size, {d->rest}, {}, {}});
    }
  }
  return doc;
}

}  // namespace camtrack::notices
