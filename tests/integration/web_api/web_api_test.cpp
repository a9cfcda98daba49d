// The JSON API through the real binary: `camtrack serve` on a real SQLite file seeded through the real
// stores; an officer signs in, lists, acts; a technician restores and closes; the liaison is refused;
// every change lands in the audit log under the user's name; a notice's PDF comes out of the stored mail.
#include <gtest/gtest.h>

#include <csignal>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "http_client.hpp"
#include "incidents/calendar/deadline.hpp"
#include "notices/mime.hpp"
#include "process.hpp"
#include "store/database.hpp"
#include "store/incident_store.hpp"
#include "store/inventory_store.hpp"
#include "store/outbox_store.hpp"
#include "temp_dir.hpp"

namespace camtrack {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;
using testing::BackgroundProcess;
using testing::TempDir;

unsigned short free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t size = sizeof address;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
  ::close(fd);
  return ntohs(address.sin_port);
}

struct Session {
  std::string cookie;
  std::string csrf;
};

class WebApi : public ::testing::Test {
 protected:
  void SetUp() override {
    port = free_port();
    testing::write_file(dir / "camtrack.toml",
                        "[database]\npath = \"" + db_file().string() + "\"\n[secrets]\nkey_file = \"" +
                            (dir / "data" / "key").string() + "\"\n[smtp]\nmail_dir = \"" + (dir / "mail").string() +
                            "\"\n[web]\nlisten = \"127.0.0.1:" + std::to_string(port) + "\"\n");
    std::filesystem::create_directories(dir / "data");
    for (auto [name, role] : {std::pair{"officer1", "officer"}, {"tech1", "technician"}, {"liaison1", "liaison"}}) {
      testing::RunOptions options;
      options.env = {"CAMTRACK_PASSWORD=correct horse battery"};
      const auto r = testing::run_camtrack({"user", "add", name, "--role", role, "--db", db_file().string()}, options);
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    seed();
  }

  std::filesystem::path db_file() const { return dir / "data" / "site.db"; }

  // A gate camera with an open incident, and an Appendix II mail with its PDF in the outbox.
  void seed() {
    auto db = store::Database::open(db_file());
    const incidents::Actor admin{"system", incidents::Role::admin};
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    store::InventoryStore inventory(db, nullptr);
    incidents::Camera camera;
    camera.code = "CAM-GATE-01";
    camera.name = "Cổng chính";
    camera.location = incidents::LocationClass::gate;
    ASSERT_TRUE(inventory.save_camera(admin, camera, now).ok());
    const auto calendar = incidents::rules_only_calendar();
    incidents::ClockRules clocks{
        [calendar](incidents::Instant from, int n) { return incidents::compute_deadline(calendar, from, n); },
        [calendar](const incidents::Deadline& d, incidents::Instant at) { return incidents::clock_status(calendar, d, at); }};
    store::IncidentStore incidents(db, clocks);
    auto opened = incidents.open_incident(admin, {incidents::IncidentKind::equipment, "", {"CAM-GATE-01"}, now - 1h, {}}, now);
    ASSERT_TRUE(opened.ok());
    incident_id = opened->incident_id;

    notices::MailContent mail;
    mail.from = {"camtrack@example.vn", "camtrack"};
    mail.to = {{"giamsat@example.vn", "Hải quan"}};
    mail.subject = "Thông báo sự cố camera";
    mail.text = "Kính gửi";
    mail.html = "<p>Kính gửi</p>";
    mail.attachments.push_back({"TB-CAM-01-2026.pdf", "application/pdf", pdf_bytes});
    mail.message_id = "<appendix_ii.incident-1@example.vn>";
    mail.date = now;
    incidents::OutboxMessage message;
    message.message_id = mail.message_id;
    message.kind = "appendix_ii";
    message.subject_ref = "incident/" + std::to_string(incident_id);
    message.notice_number = "01/2026/TB-CAM";
    message.mail_from = "camtrack@example.vn";
    message.recipients = {"giamsat@example.vn"};
    message.subject = mail.subject;
    message.bytes = notices::compose_mime(mail);
    message.state = incidents::OutboxState::held;
    message.created_at = now;
    message.next_attempt_at = now;
    notice_id = store::OutboxStore(db).enqueue(message);
  }

  Session login(const std::string& user) {
    const auto r = testing::http_request(port, "POST", "/api/v1/login", {{"Content-Type", "application/json"}},
                                         json{{"username", user}, {"password", "correct horse battery"}}.dump());
    EXPECT_EQ(r.status, 200) << r.body;
    const auto cookie = r.header("Set-Cookie");
    return {cookie.substr(0, cookie.find(';')), json::parse(r.body)["csrf_token"].get<std::string>()};
  }

  testing::HttpReply call(const Session& s, const std::string& method, const std::string& target,
                          const std::string& body = "", bool csrf = true) {
    std::vector<std::pair<std::string, std::string>> headers{{"Cookie", s.cookie}};
    if (csrf) headers.emplace_back("X-CSRF-Token", s.csrf);
    if (!body.empty()) headers.emplace_back("Content-Type", "application/json");
    return testing::http_request(port, method, target, headers, body);
  }

  TempDir dir;
  unsigned short port = 0;
  std::int64_t incident_id = 0;
  std::int64_t notice_id = 0;
  const std::string pdf_bytes = std::string("%PDF-1.4\n") + std::string(3000, '\x01') + "\n%%EOF\n";
};

std::int64_t audit_rows(const std::filesystem::path& db_file, const std::string& actor, const std::string& action) {
  auto db = store::Database::open(db_file);
  auto st = db.prepare("SELECT count(*) FROM audit_log WHERE actor = ?1 AND action = ?2");
  st.bind(1, actor).bind(2, action);
  st.step();
  return st.int64(0);
}

TEST_F(WebApi, OfficerListsAndActsTechnicianClosesLiaisonOnlyReads) {
  BackgroundProcess serve(CAMTRACK_BINARY, {"serve", "--config", (dir / "camtrack.toml").string()});
  ASSERT_TRUE(serve.wait_for_output("serving on", 60s)) << serve.err();
  EXPECT_EQ(testing::http_get(port, "/api/v1/incidents").status, 401);

  const auto officer = login("officer1");
  auto r = call(officer, "GET", "/api/v1/incidents?state=open");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.header("X-Total-Count"), "1");
  const auto list = json::parse(r.body);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["id"], incident_id);
  EXPECT_EQ(list[0]["cameras"], json::array({"CAM-GATE-01"}));
  EXPECT_EQ(list[0].size(), 8u);

  const auto base = "/api/v1/incidents/" + std::to_string(incident_id);
  EXPECT_EQ(call(officer, "POST", base + "/notes", R"({"text":"x"})", false).status, 403);
  r = call(officer, "POST", base + "/assign", R"({"technician":"tech1"})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["technician"], "tech1");
  r = call(officer, "POST", base + "/notes", R"({"text":"Đã báo nhà cung cấp"})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(call(officer, "POST", base + "/notes", R"({"text":)").status, 400);

  const auto liaison = login("liaison1");
  EXPECT_EQ(call(liaison, "GET", base).status, 200);
  EXPECT_EQ(call(liaison, "POST", base + "/notes", R"({"text":"x"})").status, 403);

  const auto tech = login("tech1");
  ASSERT_EQ(call(tech, "POST", base + "/restore", "{}").status, 200);
  r = call(tech, "POST", base + "/close", R"({"cause":"Nguồn PoE hỏng","action":"Thay switch","minutes_spent":40})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["state"], "closed");
  EXPECT_EQ(call(officer, "GET", "/api/v1/incidents?state=open").header("X-Total-Count"), "0");

  const auto csv = call(officer, "GET", "/api/v1/incidents.csv");
  EXPECT_EQ(csv.body.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(csv.body.find(",closed,CAM-GATE-01,"), std::string::npos) << csv.body;

  serve.signal(SIGTERM);
  EXPECT_EQ(serve.wait(20s), 0) << serve.err();
  EXPECT_EQ(audit_rows(db_file(), "officer1", "incident.assigned"), 1);
  EXPECT_EQ(audit_rows(db_file(), "tech1", "incident.closed"), 1);
  auto db = store::Database::open(db_file());
  auto st = db.prepare("SELECT count(*) FROM audit_log WHERE actor = 'tech1' AND subject = ?1");
  st.bind(1, "incident/" + std::to_string(incident_id));
  st.step();
  EXPECT_GE(st.int64(0), 2) << "restore and close under the technician's name";
}

TEST_F(WebApi, NoticePdfComesOutOfTheStoredMail) {
  BackgroundProcess serve(CAMTRACK_BINARY, {"serve", "--config", (dir / "camtrack.toml").string()});
  ASSERT_TRUE(serve.wait_for_output("serving on", 60s)) << serve.err();
  const auto officer = login("officer1");
  auto r = call(officer, "GET", "/api/v1/incidents/" + std::to_string(incident_id));
  ASSERT_EQ(r.status, 200) << r.body;
  const auto notices = json::parse(r.body)["notices"];
  ASSERT_EQ(notices.size(), 1u) << r.body;
  EXPECT_EQ(notices[0]["notice_number"], "01/2026/TB-CAM");
  EXPECT_EQ(notices[0]["state"], "held");
  EXPECT_EQ(notices[0]["has_pdf"], true);
  r = call(officer, "GET", notices[0]["pdf_url"].get<std::string>());
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.header("Content-Type"), "application/pdf");
  EXPECT_EQ(r.body, pdf_bytes);
  EXPECT_EQ(call(officer, "GET", "/api/v1/notices/999/pdf").status, 404);
  r = call(officer, "GET", "/api/v1/audit/verify");
  EXPECT_EQ(json::parse(r.body)["intact"], true) << r.body;
  serve.signal(SIGTERM);
  EXPECT_EQ(serve.wait(20s), 0) << serve.err();
}

}  // namespace
}  // namespace camtrack
