// Audit log (newest first, chain check) and outbox notices for the web (see store_views.hpp).
#include "runtime/store_views.hpp"

#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/PartHandler.h>
#include <Poco/StreamCopier.h>
#include <Poco/String.h>

#include <algorithm>
#include <cctype>
#include <sstream>

#include "store/audit_log.hpp"
#include "store/outbox_store.hpp"

namespace camtrack::app {
namespace {

class PdfCollector final : public Poco::Net::PartHandler {
 public:
  void handlePart(const Poco::Net::MessageHeader& header, std::istream& stream) override {
    const auto type = Poco::toLower(header.get("Content-Type", ""));
    if (pdf || type.rfind("application/pdf", 0) != 0) return;
    std::string bytes;
    Poco::StreamCopier::copyToString(stream, bytes);
    pdf = std::move(bytes);
  }
  std::optional<std::string> pdf;
};

bool mentions_pdf(const std::string& bytes) {
  static const std::string needle = "application/pdf";
  return std::search(bytes.begin(), bytes.end(), needle.begin(), needle.end(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == b;
         }) != bytes.end();
}

}  // namespace

std::vector<web::NoticeInfo> notices_of(store::Database& db, std::int64_t incident_id);

std::optional<std::string> pdf_attachment(const std::string& mime_bytes) {
  try {
    std::istringstream in(mime_bytes);
    Poco::Net::MailMessage message;
    PdfCollector collector;
    message.read(in, collector);
    return collector.pdf;
  } catch (const Poco::Exception&) {
    return std::nullopt;
  }
}

std::vector<web::AuditEntry> SqliteAuditView::list(std::int64_t before_id, int limit) {
  return lanes_.with([&](StoreLane& lane) {
    auto st = lane.db.prepare(
        "SELECT id, at, actor, action, subject, details FROM audit_log WHERE (?1 = 0 OR id < ?1) "
        "ORDER BY id DESC LIMIT ?2");
    st.bind(1, before_id).bind(2, std::clamp(limit, 1, 1000));
    std::vector<web::AuditEntry> out;
    while (st.step()) out.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)});
    return out;
  });
}

web::AuditCheck SqliteAuditView::verify() {
  const auto result = lanes_.with([](StoreLane& lane) { return store::AuditLog(lane.db).verify(); });
  return {result.ok, result.rows_checked, result.problem};
}

std::vector<web::NoticeInfo> OutboxNotices::for_incident(std::int64_t incident_id) {
  return lanes_.with([&](StoreLane& lane) { return notices_of(lane.db, incident_id); });
}

std::vector<web::NoticeInfo> notices_of(store::Database& db, std::int64_t incident_id) {
  auto st = db.prepare(
      "SELECT id, kind, notice_number, subject, state, created_at, sent_at, last_error, bytes FROM outbox "
      "WHERE subject_ref = ?1 ORDER BY id");
  st.bind(1, "incident/" + std::to_string(incident_id));
  std::vector<web::NoticeInfo> out;
  while (st.step()) {
    web::NoticeInfo info;
    info.id = st.int64(0);
    info.kind = st.text(1);
    info.notice_number = st.text(2);
    info.subject = st.text(3);
    info.state = st.text(4);
    info.created_at = store::parse_rfc3339(st.text(5));
    if (auto sent = st.optional_text(6)) info.sent_at = store::parse_rfc3339(*sent);
    info.last_error = st.text(7);
    info.has_pdf = mentions_pdf(st.text(8));
    out.push_back(std::move(info));
  }
  return out;
}

std::optional<std::string> OutboxNotices::pdf(std::int64_t notice_id) {
  const auto bytes = lanes_.with([&](StoreLane& lane) -> std::optional<std::string> {
    auto st = lane.db.prepare("SELECT bytes FROM outbox WHERE id = ?1");
    st.bind(1, notice_id);
    if (!st.step()) return std::nullopt;
    return st.text(0);
  });
  if (!bytes) return std::nullopt;
  return pdf_attachment(*bytes);
}

}  // namespace camtrack::app
