// Internal: a streaming check over the raw bytes of an answer, before gSOAP parses them: nesting depth
// (gSOAP does not bound it while skipping unknown elements), no DTD (SOAP forbids them; no entity
// expansion can start), and valid UTF-8 (gSOAP would silently reinterpret broken bytes).
#pragma once

#include <cstddef>

namespace camtrack::onvif::detail {

class XmlGuard {
 public:
  enum class Verdict { ok, too_deep, dtd, bad_utf8 };

  explicit XmlGuard(unsigned max_depth) : max_depth_(max_depth) {}
  Verdict feed(const char* data, std::size_t len);
  Verdict verdict() const { return verdict_; }

 private:
  void markup(char c);
  void utf8(unsigned char c);

  unsigned max_depth_;
  Verdict verdict_ = Verdict::ok;
  // markup state
  enum class State { text, open, tag, quote, close, special } state_ = State::text;
  char quote_ = 0, last_ = 0;
  int special_len_ = 0;
  bool doctype_ = false;
  unsigned depth_ = 0;
  // UTF-8 state
  int pending_ = 0;
  unsigned char lo_ = 0x80, hi_ = 0xBF;
};

}  // namespace camtrack::onvif::detail
