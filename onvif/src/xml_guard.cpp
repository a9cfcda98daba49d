// XmlGuard (see xml_guard.hpp): a small state machine fed with every received byte.
#include "xml_guard.hpp"

namespace camtrack::onvif::detail {

XmlGuard::Verdict XmlGuard::feed(const char* data, std::size_t len) {
  for (std::size_t i = 0; i < len && verdict_ == Verdict::ok; ++i) {
    markup(data[i]);
    utf8(static_cast<unsigned char>(data[i]));
  }
  return verdict_;
}

void XmlGuard::markup(char c) {
  switch (state_) {
    case State::text:
      if (c == '<') state_ = State::open;
      break;
    case State::open:  // just after '<'
      if (c == '/') {
        state_ = State::close;
      } else if (c == '!' || c == '?') {
        state_ = State::special;
        special_len_ = 0;
        doctype_ = c == '!';
      } else {
        state_ = State::tag;
        if (++depth_ > max_depth_) verdict_ = Verdict::too_deep;
      }
      break;
    case State::tag:
      if (c == '"' || c == '\'') {
        quote_ = c;
        state_ = State::quote;
      } else if (c == '>') {
        if (last_ == '/' && depth_ > 0) --depth_;
        state_ = State::text;
      }
      break;
    case State::quote:
      if (c == quote_) state_ = State::tag;
      break;
    case State::close:
      if (c == '>') {
        if (depth_ > 0) --depth_;
        state_ = State::text;
      }
      break;
    case State::special:  // <!-- -->, <![CDATA[ ]]>, <?xml ?>, <!DOCTYPE
      if (doctype_ && special_len_ < 7) {
        static constexpr char kDoctype[] = "DOCTYPE";
        if (c != kDoctype[special_len_]) doctype_ = false;
        else if (special_len_ == 6) verdict_ = Verdict::dtd;
      }
      ++special_len_;
      if (c == '>') state_ = State::text;
      break;
  }
  if (c != ' ' && c != '\t' && c != '\r' && c != '\n') last_ = c;
}

void XmlGuard::utf8(unsigned char c) {
  if (pending_ > 0) {
    if (c == '\r') {  // an HTTP chunk boundary may split a character: forgive it
      pending_ = 0;
      return;
    }
    if (c < lo_ || c > hi_) {
      verdict_ = Verdict::bad_utf8;
      return;
    }
    lo_ = 0x80;
    hi_ = 0xBF;
    --pending_;
    return;
  }
  if (c < 0x80) return;
  if (c >= 0xC2 && c <= 0xDF) {
    pending_ = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    pending_ = 2;
    if (c == 0xE0) lo_ = 0xA0;
    if (c == 0xED) hi_ = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    pending_ = 3;
    if (c == 0xF0) lo_ = 0x90;
    if (c == 0xF4) hi_ = 0x8F;
  } else {
    verdict_ = Verdict::bad_utf8;
  }
}

}  // namespace camtrack::onvif::detail
