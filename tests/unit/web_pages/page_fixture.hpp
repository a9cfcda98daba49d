// A router with every page, over in-memory fakes: accounts (one user per role), MemoryStore for
// incidents and inventory, the rules-only calendar, a notice directory and audit view in memory, and a
// settable site health. Requests go straight to Router::handle: no socket.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>

#include "../web/fake_accounts.hpp"
#include "incidents/calendar/deadline.hpp"
#include "incidents/memory_store.hpp"
#include "web/pages.hpp"

namespace camtrack::web::testing {

class FakeNotices final : public NoticeDirectory {
 public:
  std::vector<NoticeInfo> for_incident(std::int64_t incident_id) override { return notices[incident_id]; }
  std::optional<std::string> pdf(std::int64_t notice_id) override {
    const auto it = pdfs.find(notice_id);
    if (it == pdfs.end()) return std::nullopt;
    return it->second;
  }
  std::map<std::int64_t, std::vector<NoticeInfo>> notices;
  std::map<std::int64_t, std::string> pdfs;
};

class FakeAudit final : public AuditView {
 public:
  std::vector<AuditEntry> list(std::int64_t before_id, int limit) override {
    std::vector<AuditEntry> out;
    for (auto it = entries.rbegin(); it != entries.rend() && static_cast<int>(out.size()) < limit; ++it) {
      if (before_id == 0 || it->id < before_id) out.push_back(*it);
    }
    return out;
  }
  AuditCheck verify() override { return check; }
  std::vector<AuditEntry> entries;
  AuditCheck check;
};

struct Sent {
  int status = 0;
  std::string body;
  Response response;
};

class PageTest : public ::testing::Test {
 protected:
  PageTest();

  // Sends a request; `cookie` is "name=value" or empty.
  Response send(const std::string& method, const std::string& target, const std::string& cookie = {},
                const std::string& form = {});
  // Signs in the user of `role` through POST /login; returns {cookie, csrf token}.
  std::pair<std::string, std::string> sign_in(incidents::Role role);
  Response get_as(incidents::Role role, const std::string& target);
  // Posts a form (the session's CSRF token added unless `with_csrf` is false).
  Response post_as(incidents::Role role, const std::string& target, const std::string& form, bool with_csrf = true);

  // Opens an equipment incident on a camera (created as a gate camera when new).
  std::int64_t open_incident(const std::string& camera, incidents::LocationClass location = incidents::LocationClass::gate);
  void add_camera(const std::string& code, const std::string& name, incidents::LocationClass location);

  incidents::Instant now{std::chrono::sys_days{std::chrono::year{2026} / 3 / 4} + std::chrono::hours(2)};
  FakeAccounts accounts;
  incidents::WorkingCalendar calendar = incidents::rules_only_calendar();
  std::unique_ptr<incidents::MemoryStore> store;
  FakeNotices notices;
  FakeAudit audit;
  SiteHealth health;
  std::unique_ptr<WebServices> services;
  std::shared_ptr<Auth> auth;
  Router router;
  std::map<incidents::Role, std::pair<std::string, std::string>> sessions;
};

// The form encoding of one value.
std::string form_value(const std::string& text);

}  // namespace camtrack::web::testing
