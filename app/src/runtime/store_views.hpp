// The audit log and the notices of the outbox as web/ reads them (web::AuditView, web::NoticeDirectory),
// on the web services' store lanes (locked_stores.hpp). A notice's PDF is taken from the stored MIME
// message itself (the attachment of type application/pdf), so nothing is stored twice.
#pragma once

#include "runtime/locked_stores.hpp"
#include "web/services.hpp"

namespace camtrack::app {

class SqliteAuditView final : public web::AuditView {
 public:
  explicit SqliteAuditView(StoreLanes& lanes) : lanes_(lanes) {}
  std::vector<web::AuditEntry> list(std::int64_t before_id, int limit) override;
  web::AuditCheck verify() override;

 private:
  StoreLanes& lanes_;
};

class OutboxNotices final : public web::NoticeDirectory {
 public:
  explicit OutboxNotices(StoreLanes& lanes) : lanes_(lanes) {}
  std::vector<web::NoticeInfo> for_incident(std::int64_t incident_id) override;
  std::optional<std::string> pdf(std::int64_t notice_id) override;

 private:
  StoreLanes& lanes_;
};

// The first application/pdf part of an RFC 5322 message, decoded; nullopt when there is none or the
// message cannot be parsed.
std::optional<std::string> pdf_attachment(const std::string& mime_bytes);

}  // namespace camtrack::app
