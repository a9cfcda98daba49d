// URIs as devices send them: leftover XML escapes, host rewriting, UTF-8 checks.
#include <cstdint>
#include <string>

#include "onvif/text.hpp"

namespace camtrack::onvif {
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
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes one entity at text[i] ('&'); returns its length, 0 when it is not one.
std::size_t decode_entity(std::string_view text, std::size_t i, std::string& out) {
  static constexpr std::pair<std::string_view, char> named[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  for (const auto& [name, ch] : named) {
    if (text.substr(i, name.size()) == name) {
      out += ch;
      return name.size();
    }
  }
  if (text.substr(i, 2) != "&#") return 0;
  const std::size_t end = text.find(';', i);
  if (end == std::string_view::npos || end - i > 10) return 0;
  const bool hex = i + 2 < end && (text[i + 2] == 'x' || text[i + 2] == 'X');
  const std::string digits(text.substr(i + (hex ? 3 : 2), end - i - (hex ? 3 : 2)));
  if (digits.empty()) return 0;
  std::size_t used = 0;
  unsigned long cp = 0;
  try {
    cp = std::stoul(digits, &used, hex ? 16 : 10);
  } catch (...) {
    return 0;
  }
  if (used != digits.size() || cp == 0 || cp > 0x10FFFF) return 0;
  append_utf8(out, static_cast<std::uint32_t>(cp));
  return end - i + 1;
}

std::string unescape_once(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = text[i] == '&' ? decode_entity(text, i, out) : 0;
    if (n == 0) out += text[i++];
    else i += n;
  }
  return out;
}

bool url_char(char c) {
  return c > ' ' && c != '<' && c != '>' && c != '"' && c != '\'' && static_cast<unsigned char>(c) < 0x7F;
}

// URLs that are identifiers, not addresses: namespace declarations, Dialect/Type attributes and the
// content of <...:Namespace> elements (GetServices). They are never rewritten.
bool is_identifier_position(std::string_view text, std::size_t url_start) {
  const std::string_view before = text.substr(0, url_start);
  if (before.empty()) return false;
  const char quote = before.back();
  if (quote == '>') return before.size() >= 10 && before.substr(before.size() - 10) == "Namespace>";
  if (quote != '"' && quote != '\'') return false;
  const std::size_t eq = before.size() - 1;
  if (eq == 0 || before[eq - 1] != '=') return false;
  const std::size_t name_end = eq - 1;
  std::size_t name_start = name_end;
  while (name_start > 0 && before[name_start - 1] != ' ' && before[name_start - 1] != '\t' &&
         before[name_start - 1] != '\n' && before[name_start - 1] != '\r')
    --name_start;
  const std::string_view name = before.substr(name_start, name_end - name_start);
  return name == "xmlns" || name.substr(0, 6) == "xmlns:" || name == "Dialect" || name == "Type" ||
         name == "EncodingType";
}

}  // namespace

std::string unescape_xml_entities(std::string_view text) {
  std::string current(text);
  for (int round = 0; round < 4; ++round) {
    std::string next = unescape_once(current);
    if (next == current) break;
    current = std::move(next);
  }
  return current;
}

std::optional<UrlParts> parse_url(std::string_view url) {
  const std::size_t colon = url.find("://");
  if (colon == std::string_view::npos || colon == 0) return {};
  UrlParts p;
  p.scheme = std::string(url.substr(0, colon));
  std::string_view rest = url.substr(colon + 3);
  const std::size_t slash = rest.find_first_of("/?#");
  std::string_view authority = rest.substr(0, slash);
  p.path = slash == std::string_view::npos ? "/" : std::string(rest.substr(slash));
  if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos) {
    p.userinfo = std::string(authority.substr(0, at));
    authority.remove_prefix(at + 1);
  }
  if (!authority.empty() && authority.front() == '[') {
    const std::size_t close = authority.find(']');
    if (close == std::string_view::npos) return {};
    p.host = std::string(authority.substr(1, close - 1));
    authority.remove_prefix(close + 1);
    if (!authority.empty() && authority.front() == ':') p.port = std::string(authority.substr(1));
  } else {
    const std::size_t c = authority.rfind(':');
    p.host = std::string(authority.substr(0, c));
    if (c != std::string_view::npos) p.port = std::string(authority.substr(c + 1));
  }
  if (p.host.empty()) return {};
  return p;
}

std::string replace_authority(std::string_view url, std::string_view authority) {
  const auto p = parse_url(url);
  if (!p) return std::string(url);
  std::string out = p->scheme + "://";
  if (!p->userinfo.empty()) out += p->userinfo + "@";
  out += authority;
  out += p->path;
  return out;
}

std::string rewrite_url_hosts(std::string_view text, std::string_view http_authority,
                              std::string_view rtsp_authority) {
  static constexpr std::string_view schemes[] = {"https://", "http://", "rtsp://"};
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::string_view scheme;
    for (auto s : schemes) {
      if (text.substr(i, s.size()) == s) { scheme = s; break; }
    }
    if (scheme.empty() || is_identifier_position(text, i)) {
      out += text[i++];
      continue;
    }
    std::size_t end = i + scheme.size();
    while (end < text.size() && url_char(text[end])) ++end;
    const std::string_view url = text.substr(i, end - i);
    const bool rtsp = scheme == "rtsp://";
    std::string rewritten = replace_authority(url, rtsp ? rtsp_authority : http_authority);
    if (!rtsp && scheme == "https://") rewritten.replace(0, 5, "http");
    out += rewritten;
    i = end;
  }
  return out;
}

bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t extra = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80) extra = 0;
    else if (c >= 0xC2 && c <= 0xDF) extra = 1;
    else if (c >= 0xE0 && c <= 0xEF) { extra = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
    else if (c >= 0xF0 && c <= 0xF4) { extra = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
    else return false;
    if (extra > 0 && i + extra >= text.size()) return false;
    for (std::size_t k = 1; k <= extra; ++k) {
      const auto b = static_cast<unsigned char>(text[i + k]);
      if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return false;
    }
    i += extra + 1;
  }
  return true;
}

}  // namespace camtrack::onvif
