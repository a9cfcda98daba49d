// The audit log and the notices of the outbox as web/ reads them (web::AuditView, web::NoticeDirectory),
// over a SQLite connection guarded by the caller's mutex. A notice's PDF is taken from the stored MIME
// message itself (the attachment of type application/pdf), so nothing is stored twice.
#pragma once

#include <mutex>

#include "store/database.hpp"
#include "web/services.hpp"

namespace camtrack::app {

class SqliteAuditView final : public web::AuditView {
 public:
  SqliteAuditView(std::mutex& mutex, store::Database& db) : mutex_(mutex), db_(db) {}
  std::vector<web::AuditEntry> list(std::int64_t before_id, int limit) override;
  web::AuditCheck verify() override;

 private:
  std::mutex& mutex_;
  store::Database& db_;
};

class OutboxNotices final : public web::NoticeDirectory {
 public:
  OutboxNotices(std::mutex& mutex, store::Database& db) : mutex_(mutex), db_(db) {}
  std::vector<web::NoticeInfo> for_incident(std::int64_t incident_id) override;
  std::optional<std::string> pdf(std::int64_t notice_id) override;

 private:
  std::mutex& mutex_;
  store::Database& db_;
};

// The first application/pdf part of an RFC 5322 message, decoded; nullopt when there is none or the
// message cannot be parsed.
std::optional<std::string> pdf_attachment(const std::string& mime_bytes);

}  // namespace camtrack::app
