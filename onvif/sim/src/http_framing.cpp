#include "http_framing.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace camtrack::camsim {

namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Parses the request line and headers of head (without the final blank line). False when malformed.
bool parse_head(std::string_view head, Request& r) {
  std::size_t eol = head.find("\r\n");
  const std::string_view line = head.substr(0, eol);
  const std::size_t sp1 = line.find(' ');
  const std::size_t sp2 = line.rfind(' ');
  if (sp1 == std::string_view::npos || sp2 == sp1) return false;
  r.method = std::string(line.substr(0, sp1));
  r.target = std::string(line.substr(sp1 + 1, sp2 - sp1 - 1));
  r.version = std::string(line.substr(sp2 + 1));
  if (r.method.empty() || r.target.empty() || r.version.rfind("HTTP/", 0) != 0) {
    if (r.version.rfind("RTSP/", 0) != 0) return false;
  }
  while (eol != std::string_view::npos) {
    const std::size_t start = eol + 2;
    eol = head.find("\r\n", start);
    const std::string_view h = head.substr(start, eol == std::string_view::npos ? eol : eol - start);
    if (h.empty()) continue;
    const std::size_t colon = h.find(':');
    if (colon == std::string_view::npos) return false;
    r.headers.emplace_back(std::string(trim(h.substr(0, colon))), std::string(trim(h.substr(colon + 1))));
  }
  return true;
}

}  // namespace

std::optional<std::string_view> Request::header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (iequals(key, name)) return std::string_view(value);
  }
  return std::nullopt;
}

Frame frame_request(std::string_view buffer, std::size_t max_bytes) {
  Frame f;
  const std::size_t head_end = buffer.find("\r\n\r\n");
  if (head_end == std::string_view::npos) {
    f.status = buffer.size() > max_bytes ? FrameStatus::too_large : FrameStatus::incomplete;
    return f;
  }
  if (!parse_head(buffer.substr(0, head_end), f.request)) {
    f.status = FrameStatus::bad;
    return f;
  }
  const std::size_t body_start = head_end + 4;
  std::size_t body_length = 0;
  if (const auto te = f.request.header("Transfer-Encoding"); te && iequals(*te, "chunked")) {
    const std::size_t last = buffer.find("\r\n0\r\n\r\n", body_start - 2);
    if (last == std::string_view::npos) {
      f.status = buffer.size() > max_bytes ? FrameStatus::too_large : FrameStatus::incomplete;
      return f;
    }
    body_length = last + 7 - body_start;
  } else if (const auto cl = f.request.header("Content-Length")) {
    const auto [ptr, ec] = std::from_chars(cl->data(), cl->data() + cl->size(), body_length);
    if (ec != std::errc{} || ptr != cl->data() + cl->size()) {
      f.status = FrameStatus::bad;
      return f;
    }
  }
  if (body_start + body_length > max_bytes) {
    f.status = FrameStatus::too_large;
    return f;
  }
  if (buffer.size() < body_start + body_length) return f;
  f.status = FrameStatus::complete;
  f.length = body_start + body_length;
  f.request.raw = buffer.substr(0, f.length);
  f.request.body = buffer.substr(body_start, body_length);
  return f;
}

std::string path_of(std::string_view target) {
  if (const std::size_t scheme = target.find("://"); scheme != std::string_view::npos) {
    const std::size_t slash = target.find('/', scheme + 3);
    target = slash == std::string_view::npos ? std::string_view("/") : target.substr(slash);
  }
  return std::string(target.substr(0, target.find('?')));
}

}  // namespace camtrack::camsim
