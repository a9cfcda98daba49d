#include "notices/mime.hpp"

#include <Poco/Net/MailMessage.h>
#include <Poco/Net/StringPartSource.h>
#include <Poco/Base64Encoder.h>
#include <Poco/Timestamp.h>

#include <sstream>

namespace camtrack::notices {
namespace {

bool is_ascii(std::string_view s) {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

std::string safe_token(std::string_view s) {
  std::string out;
  for (const char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '_' || c == '.';
    out += ok ? c : '-';
  }
  return out;
}

// RFC 2047 "B" encoded words of at most 45 bytes of UTF-8 each (a word stays under 75 characters), cut
// after a space where possible, never inside a character; the white space between encoded words is
// dropped by decoders. Most names fit one word.
std::string encode_name(std::string_view name) {
  std::string out;
  std::size_t start = 0;
  while (start < name.size()) {
    std::size_t end = std::min(name.size(), start + 45);
    if (end < name.size()) {
      const auto space = name.rfind(' ', end - 1);
      if (space != std::string_view::npos && space > start) end = space + 1;
    }
    while (end < name.size() && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80) --end;
    std::ostringstream b64;
    Poco::Base64Encoder encoder(b64);
    encoder.rdbuf()->setLineLength(0);
    encoder << name.substr(start, end - start);
    encoder.close();
    if (!out.empty()) out += ' ';
    out.append("=?UTF-8?B?").append(b64.str()).append("?=");
    start = end;
  }
  return out;
}

}  // namespace

std::string make_message_id(std::string_view kind, std::string_view key, std::string_view domain) {
  std::string id(1, '<');  // appended piece by piece: GCC 12 -O3 warns falsely on "<" + std::string
  id.append(safe_token(kind)).append(".").append(safe_token(key)).append("@").append(safe_token(domain)).append(">");
  return id;
}

std::string format_address(const MailAddress& a) {
  if (a.display_name.empty()) return "<" + a.address + ">";
  if (is_ascii(a.display_name)) {
    std::string quoted = "\"";
    for (const char c : a.display_name) {
      if (c == '"' || c == '\\') quoted += '\\';
      quoted += c;
    }
    return quoted + "\" <" + a.address + ">";
  }
  return encode_name(a.display_name) + " <" + a.address + ">";
}

std::string compose_mime(const MailContent& mail) {
  using Poco::Net::MailMessage;
  using Poco::Net::StringPartSource;
  MailMessage msg;
  msg.setSender(format_address(mail.from));
  std::string to;
  for (const auto& r : mail.to) to += (to.empty() ? "" : ", ") + format_address(r);
  msg.set("To", to);
  msg.setSubject(MailMessage::encodeWord(mail.subject, "UTF-8"));
  msg.set("Message-ID", mail.message_id);
  msg.setDate(Poco::Timestamp::fromEpochTime(static_cast<std::time_t>(mail.date.time_since_epoch().count())));

  auto* body = new Poco::Net::MultipartSource("multipart/alternative");
  body->addPart("", new StringPartSource(mail.text, "text/plain; charset=UTF-8"), MailMessage::CONTENT_INLINE,
                MailMessage::ENCODING_QUOTED_PRINTABLE);
  body->addPart("", new StringPartSource(mail.html, "text/html; charset=UTF-8"), MailMessage::CONTENT_INLINE,
                MailMessage::ENCODING_QUOTED_PRINTABLE);
  msg.addContent(body, MailMessage::ENCODING_7BIT);
  for (const auto& a : mail.attachments) {
    msg.addAttachment(a.filename, new StringPartSource(a.bytes, a.content_type, a.filename), MailMessage::ENCODING_BASE64);
  }
  std::ostringstream out;
  msg.write(out);
  return out.str();
}

}  // namespace camtrack::notices
