// MIME composition with Poco::Net::MailMessage: UTF-8 (RFC 2047) subject and names, a multipart/mixed
// message holding a multipart/alternative text+HTML body and attachments (the notice PDF), and the
// Message-ID and Date the caller chose, so the same message always has the same identity.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "notices/notice_data.hpp"

namespace camtrack::notices {

struct MailAddress {
  std::string address;        // bare: xnk@example.vn
  std::string display_name;   // may be Vietnamese
};

struct Attachment {
  std::string filename;       // ASCII, e.g. TB-CAM-07-2026.pdf
  std::string content_type;   // e.g. application/pdf
  std::string bytes;
};

struct MailContent {
  MailAddress from;
  std::vector<MailAddress> to;
  std::string subject;
  std::string text;
  std::string html;
  std::vector<Attachment> attachments;
  std::string message_id;     // with <>, see make_message_id()
  Instant date{};
};

// "<appendix_ii.incident-42@camtrack.example.vn>": stable for the same kind, key and domain.
std::string make_message_id(std::string_view kind, std::string_view key, std::string_view domain);

// The complete RFC 5322 message with CRLF line ends.
std::string compose_mime(const MailContent& mail);

// A header value for people: "Name <addr>", the name RFC 2047-encoded when it is not ASCII.
std::string format_address(const MailAddress& address);

}  // namespace camtrack::notices
