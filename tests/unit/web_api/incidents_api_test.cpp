// The incident endpoints: the list's contract shape and filters, the CSV export, the detail, each
// action through the domain (and the app's change hook), and bad input answered 4xx naming the field.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "harness.hpp"

namespace camtrack::web::testing {
namespace {

class IncidentsApi : public ::testing::Test {
 protected:
  void SetUp() override {
    h.add_cameras();
    gate = h.open_incident("CAM-GATE-01");
    yard = h.open_incident("CAM-YARD-01", h.now - std::chrono::hours(30));
  }
  ApiHarness h;
  std::int64_t gate = 0, yard = 0;
};

TEST_F(IncidentsApi, ListHasExactlyTheContractShapeAndTotalHeader) {
  const auto r = h.get("/api/v1/incidents?state=open");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.header("X-Total-Count"), "2");
  const auto items = body_of(r);
  ASSERT_EQ(items.size(), 2u);
  const std::set<std::string> keys = {"id", "kind", "state", "cameras", "detected_at", "deadline_at", "deadline_date", "overdue"};
  std::set<std::string> got;
  for (const auto& [k, v] : items[0].items()) got.insert(k);
  EXPECT_EQ(got, keys);
  EXPECT_EQ(items[0]["id"], gate) << "newest detection first";
  EXPECT_EQ(items[0]["kind"], "equipment");
  EXPECT_EQ(items[0]["state"], "open");
  EXPECT_EQ(items[0]["cameras"], json::array({"CAM-GATE-01"}));
  EXPECT_EQ(items[0]["overdue"], false);
  EXPECT_EQ(items[0]["deadline_date"].get<std::string>().size(), 10u);
  EXPECT_EQ(items[0]["detected_at"].get<std::string>().back(), 'Z');
}

TEST_F(IncidentsApi, ListFiltersByCameraStateAndPages) {
  EXPECT_EQ(body_of(h.get("/api/v1/incidents?camera=CAM-YARD-01"))[0]["id"], yard);
  EXPECT_EQ(h.get("/api/v1/incidents?state=closed").header("X-Total-Count"), "0");
  const auto page = h.get("/api/v1/incidents?limit=1&offset=1");
  EXPECT_EQ(page.header("X-Total-Count"), "2");
  ASSERT_EQ(body_of(page).size(), 1u);
  EXPECT_EQ(body_of(page)[0]["id"], yard);
  h.now += std::chrono::days(30);
  EXPECT_EQ(h.get("/api/v1/incidents?overdue=true").header("X-Total-Count"), "2");
  EXPECT_EQ(h.get("/api/v1/incidents?overdue=false").header("X-Total-Count"), "0");
}

TEST_F(IncidentsApi, ListRefusesEachBadParameterByName) {
  for (const auto& [query, field] : std::vector<std::pair<std::string, std::string>>{
           {"state=broken", "state"}, {"kind=power", "kind"}, {"overdue=maybe", "overdue"},
           {"from=yesterday", "from"}, {"to=2026-13-01", "to"}, {"limit=0", "limit"}, {"limit=1001", "limit"},
           {"limit=ten", "limit"}, {"offset=-1", "offset"}, {"from=2026-03-05&to=2026-03-01", "to"}}) {
    const auto r = h.get("/api/v1/incidents?" + query);
    EXPECT_EQ(r.status, 400) << query;
    EXPECT_EQ(body_of(r)["field"], field) << query << " " << r.body;
    EXPECT_EQ(h.get("/api/v1/incidents.csv?" + query).status, 400) << query;
  }
}

TEST_F(IncidentsApi, CsvHasBomHeaderAndEveryMatchingRow) {
  const auto r = h.get("/api/v1/incidents.csv", Role::liaison);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.header("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(r.body.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(r.body.substr(3, r.body.find('\n') - 3), "id,kind,state,cameras,detected_at,deadline_at,deadline_date,overdue\r");
  EXPECT_EQ(std::count(r.body.begin(), r.body.end(), '\n'), 3);
  EXPECT_NE(r.body.find(std::to_string(yard) + ",equipment,open,CAM-YARD-01,"), std::string::npos);
}

TEST_F(IncidentsApi, DetailCarriesTimelineClockDeadlineCamerasAndNotices) {
  h.health.monitoring = true;
  h.health.cameras.push_back({"CAM-GATE-01", Health::down, "no_response", h.now, std::nullopt, false});
  NoticeInfo notice;
  notice.id = 7;
  notice.kind = "appendix_ii";
  notice.notice_number = "01/2026/TB-CAM";
  notice.has_pdf = true;
  h.notices.notices.emplace_back(gate, notice);
  const auto r = h.get("/api/v1/incidents/" + std::to_string(gate), Role::guard);
  ASSERT_EQ(r.status, 200) << r.body;
  const auto d = body_of(r);
  EXPECT_EQ(d["id"], gate);
  EXPECT_EQ(d["timeline"][0]["action"], "incident.opened");
  EXPECT_EQ(d["deadline"]["working_days"], 10);
  EXPECT_EQ(d["clock"]["overdue"], false);
  EXPECT_EQ(d["affected_cameras"][0]["location_class"], "gate");
  EXPECT_EQ(d["affected_cameras"][0]["health"], "down");
  EXPECT_EQ(d["affected_cameras"][0]["problem"], "no_response");
  EXPECT_EQ(d["notices"][0]["pdf_url"], "/api/v1/notices/7/pdf");
}

TEST_F(IncidentsApi, DetailOfBadOrUnknownIdIs4xx) {
  EXPECT_EQ(h.get("/api/v1/incidents/abc").status, 400);
  EXPECT_EQ(body_of(h.get("/api/v1/incidents/abc"))["field"], "id");
  EXPECT_EQ(h.get("/api/v1/incidents/0").status, 400);
  EXPECT_EQ(h.get("/api/v1/incidents/99999999999999999999").status, 400);
  EXPECT_EQ(h.get("/api/v1/incidents/999").status, 404);
}

TEST_F(IncidentsApi, ActionsRunTheDomainCommandsAndPokeTheApp) {
  const auto base = "/api/v1/incidents/" + std::to_string(gate);
  auto r = h.post(base + "/assign", {{"technician", "technician1"}}, Role::officer);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(body_of(r)["technician"], "technician1");
  r = h.post(base + "/notes", {{"text", "Đã gọi nhà cung cấp"}}, Role::technician);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(body_of(r)["timeline"].back()["actor"], "technician1");
  r = h.post(base + "/restore", json::object(), Role::technician);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(body_of(r)["state"], "restored");
  r = h.post(base + "/close", {{"cause", "PoE port"}, {"action", "replaced switch"}, {"minutes_spent", 45}},
             Role::technician);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(body_of(r)["state"], "closed");
  EXPECT_EQ(body_of(r)["report"]["minutes_spent"], 45);
  EXPECT_EQ(h.changed, (std::vector<std::int64_t>{gate, gate, gate, gate}));
}

TEST_F(IncidentsApi, OverdueExplanationIsWrittenByTheOfficer) {
  h.now += std::chrono::days(20);
  const auto r = h.post("/api/v1/incidents/" + std::to_string(gate) + "/explanation",
                        {{"reason", "Chờ linh kiện thay thế"}, {"expected_completion", "2026-04-10"}}, Role::officer);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(body_of(r)["explanations"][0]["author"], "officer1");
  EXPECT_EQ(body_of(r)["explanations"][0]["expected_completion"], "2026-04-10");
}

TEST_F(IncidentsApi, ActionThatTheStateForbidsIs409AndChangesNothing) {
  const auto r = h.post("/api/v1/incidents/" + std::to_string(gate) + "/close",
                        {{"cause", "c"}, {"action", "a"}, {"minutes_spent", 1}}, Role::technician);
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(body_of(h.get("/api/v1/incidents/" + std::to_string(gate)))["state"], "open");
  EXPECT_TRUE(h.changed.empty());
  EXPECT_EQ(h.post("/api/v1/incidents/999/notes", {{"text", "x"}}).status, 404);
}

TEST_F(IncidentsApi, BadActionInputIs4xxNamingTheField) {
  const auto base = "/api/v1/incidents/" + std::to_string(gate);
  struct Bad {
    std::string action;
    std::string body;
    int status;
    std::string field;
  };
  for (const auto& b : std::vector<Bad>{
           {"assign", "{}", 400, "technician"},
           {"assign", R"({"technician": 5})", 400, "technician"},
           {"assign", R"({"technician": "guard1"})", 400, "technician"},
           {"assign", R"({"technician": "nobody"})", 400, "technician"},
           {"notes", R"({"text": "   "})", 400, "text"},
           {"notes", R"({"text": ["a"]})", 400, "text"},
           {"notes", "{\"text\": \"" + std::string(5000, 'x') + "\"}", 400, "text"},
           {"notes", R"({"text": "a")", 400, "body"},
           {"notes", R"(["text"])", 400, "body"},
           {"explanation", R"({"reason": "r", "expected_completion": "soon"})", 400, "expected_completion"},
           {"explanation", R"({"reason": "r"})", 400, "expected_completion"},
           {"explanation", R"({"expected_completion": "2026-12-31"})", 400, "reason"},
           {"restore", R"({"restored_at": "2099-01-01T00:00:00Z"})", 400, "restored_at"},
           {"restore", R"({"restored_at": "noon"})", 400, "restored_at"},
           {"close", R"({"cause": "c", "action": "a"})", 400, "minutes_spent"},
           {"close", R"({"cause": "c", "action": "a", "minutes_spent": -5})", 400, "minutes_spent"},
           {"close", R"({"cause": "c", "action": "a", "minutes_spent": 1.5})", 400, "minutes_spent"},
           {"close", R"({"action": "a", "minutes_spent": 1})", 400, "cause"},
       }) {
    const auto r = h.call("POST", base + "/" + b.action, Role::admin, b.body);
    EXPECT_EQ(r.status, b.status) << b.action << " " << b.body << " → " << r.body;
    EXPECT_EQ(body_of(r)["field"], b.field) << b.action << " " << b.body << " → " << r.body;
  }
  EXPECT_TRUE(h.changed.empty());
}

TEST_F(IncidentsApi, NonJsonAndOversizedBodiesAreRefused) {
  const auto base = "/api/v1/incidents/" + std::to_string(gate) + "/notes";
  auto r = h.call("POST", base, Role::admin, "text=hello", true, "application/x-www-form-urlencoded");
  EXPECT_EQ(r.status, 415);
  EXPECT_EQ(body_of(r)["field"], "Content-Type");
  r = h.call("POST", base, Role::admin, "{\"text\":\"" + std::string(max_api_json_bytes, 'x') + "\"}");
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(body_of(r)["field"], "body");
  r = h.call("POST", base, Role::admin, "{\"text\":\"\xff\xfe\"}");
  EXPECT_EQ(r.status, 400);
}

TEST_F(IncidentsApi, GuardWritesTheVehicleLogWhileTheGateCameraIsDown) {
  auto r = h.post("/api/v1/vehicle-log",
                  {{"gate_camera", "CAM-GATE-01"}, {"plate", "51c 12345"}, {"container", "csqu 305438 3"},
                   {"direction", "in"}},
                  Role::guard);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(body_of(r)["plate"], "51C-123.45");
  EXPECT_EQ(body_of(r)["guard"], "guard1");
  r = h.get("/api/v1/vehicle-log?incident=" + std::to_string(gate), Role::liaison);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(body_of(r).size(), 1u);
  EXPECT_EQ(h.get("/api/v1/vehicle-log?incident=x").status, 400);
}

TEST_F(IncidentsApi, BadVehicleEntryNamesTheField) {
  for (const auto& [body, field] : std::vector<std::pair<json, std::string>>{
           {{{"gate_camera", "CAM-GATE-01"}, {"plate", "hello"}, {"direction", "in"}}, "plate"},
           {{{"gate_camera", "CAM-GATE-01"}, {"plate", "51C-123.45"}, {"direction", "up"}}, "direction"},
           {{{"gate_camera", "CAM-GATE-01"}, {"plate", "51C-123.45"}, {"container", "ABCU1234567"}, {"direction", "in"}},
            "container"},
           {{{"plate", "51C-123.45"}, {"direction", "in"}}, "gate_camera"},
       }) {
    const auto r = h.post("/api/v1/vehicle-log", body, Role::guard);
    EXPECT_EQ(r.status, 400) << body.dump() << " → " << r.body;
    EXPECT_EQ(body_of(r)["field"], field) << r.body;
  }
  const auto r = h.post("/api/v1/vehicle-log", {{"gate_camera", "CAM-YARD-01"}, {"plate", "51C-123.45"}, {"direction", "in"}},
                        Role::guard);
  EXPECT_GE(r.status, 400);
  EXPECT_LT(r.status, 500);
}

}  // namespace
}  // namespace camtrack::web::testing
