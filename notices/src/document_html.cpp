// Document → HTML and plain-text mail bodies.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "notices/document.hpp"

namespace camtrack::notices {
namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x110000) {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::string decode_entity(std::string_view name) {
  if (name == "amp") return "&";
  if (name == "lt") return "<";
  if (name == "gt") return ">";
  if (name == "quot") return "\"";
  if (name == "apos") return "'";
  if (name.size() > 1 && name[0] == '#') {
    const std::string digits(name.substr(1));
    const bool hex = !digits.empty() && (digits[0] == 'x' || digits[0] == 'X');
    const unsigned long cp = std::strtoul(digits.c_str() + (hex ? 1 : 0), nullptr, hex ? 16 : 10);
    std::string out;
    append_utf8(out, static_cast<std::uint32_t>(cp));
    return out;
  }
  std::string out(1, '&');  // written out: GCC 12 -O3 warns falsely on "&" + std::string (bug 105329)
  out.append(name);
  out += ';';
  return out;
}

const char* align_of(BlockKind kind) {
  switch (kind) {
    case BlockKind::center: return "center";
    case BlockKind::right: return "right";
    case BlockKind::para: return "justify";
    default: return "left";
  }
}

std::string html_size(int pt) { return "font-size:" + std::to_string(pt) + "pt"; }

// A line break inside a cell is written &#10; (Pango honours it; HTML needs <br>).
std::string html_text(const std::string& markup) {
  std::string out;
  std::size_t pos = 0;
  while (true) {
    const auto hit = markup.find("&#10;", pos);
    out += markup.substr(pos, hit == std::string::npos ? std::string::npos : hit - pos);
    if (hit == std::string::npos) return out;
    out += "<br>";
    pos = hit + 5;
  }
}

std::string escape_html(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string strip_markup(std::string_view markup) {
  std::string out;
  for (std::size_t i = 0; i < markup.size(); ++i) {
    const char c = markup[i];
    if (c == '<') {
      const auto end = markup.find('>', i);
      if (end == std::string_view::npos) break;
      i = end;
    } else if (c == '&') {
      const auto end = markup.find(';', i);
      if (end == std::string_view::npos || end - i > 10) {
        out += c;
        continue;
      }
      out += decode_entity(markup.substr(i + 1, end - i - 1));
      i = end;
    } else {
      out += c;
    }
  }
  return out;
}

// The text is already safe markup: field values were escaped when the template was filled, and only
// the template itself contributes tags.
std::string to_html(const Document& doc) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + escape_html(doc.subject) +
      "</title></head>\n<body style=\"font-family:'Times New Roman','Liberation Serif',serif;font-size:13pt\">\n";
  for (const auto& b : doc.blocks) {
    switch (b.kind) {
      case BlockKind::gap: out += "<br>\n"; break;
      case BlockKind::rules: break;
      case BlockKind::cols:
        out += "<table width=\"100%\" style=\"" + html_size(b.size_pt) + "\"><tr><td width=\"45%\" align=\"" +
               (b.first_left ? "left" : "center") + "\">" + html_text(b.cells[0]) +
               "</td><td width=\"55%\" align=\"center\">" + html_text(b.cells[1]) + "</td></tr></table>\n";
        break;
      case BlockKind::table: {
        out += "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse;" + html_size(b.size_pt) + "\">\n";
        for (std::size_t r = 0; r < b.rows.size(); ++r) {
          const char* cell = r == 0 ? "th" : "td";
          out += "<tr>";
          for (const auto& c : b.rows[r]) out += std::string("<") + cell + ">" + html_text(c) + "</" + cell + ">";
          out += "</tr>\n";
        }
        out += "</table>\n";
        break;
      }
      default: {
        std::string style = "text-align:" + std::string(align_of(b.kind)) + ";" + html_size(b.size_pt) + ";margin:0.2em 0";
        if (b.kind == BlockKind::para) style += ";text-indent:1cm";
        out += "<p style=\"" + style + "\">" + html_text(b.cells[0]) + "</p>\n";
      }
    }
  }
  out += "</body></html>\n";
  return out;
}

std::string to_text(const Document& doc) {
  std::string out;
  for (const auto& b : doc.blocks) {
    switch (b.kind) {
      case BlockKind::gap: out += "\n"; break;
      case BlockKind::rules: break;
      case BlockKind::cols: {
        const auto left = strip_markup(b.cells[0]);
        const auto right = strip_markup(b.cells[1]);
        out += left;
        if (!left.empty() && !right.empty()) out += "    ";
        out += right + "\n";
        break;
      }
      case BlockKind::table:
        for (const auto& row : b.rows) {
          std::string line;
          for (const auto& c : row) line += (line.empty() ? "" : " | ") + strip_markup(c);
          out += line + "\n";
        }
        break;
      default: out += strip_markup(b.cells[0]) + "\n";
    }
  }
  return out;
}

}  // namespace camtrack::notices
