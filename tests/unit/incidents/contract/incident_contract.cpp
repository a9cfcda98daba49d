// The incident contract: commands, queries and the vehicle log, for every repository implementation.
#include <algorithm>

#include "contract/harness.hpp"

namespace camtrack::incidents::testing {

using namespace std::chrono_literals;

void IncidentContract::SetUp() {
  policy_.reopen_window = 24h;
  h_ = GetParam().make(policy_);
  add_site_cameras();
}

void IncidentContract::add_site_cameras() {
  Recorder nvr;
  nvr.code = "NVR-1";
  nvr.name = "Đầu ghi 1";
  const auto r = h_->inventory().save_recorder(admin_actor, nvr, t0());
  ASSERT_TRUE(r.ok()) << r.refusal().reason;
  const std::pair<const char*, LocationClass> cams[] = {{"GATE-1", LocationClass::gate},
                                                        {"YARD-1", LocationClass::yard},
                                                        {"DOOR-1", LocationClass::warehouse_door},
                                                        {"CANTEEN", LocationClass::other}};
  for (const auto& [code, cls] : cams) {
    Camera c;
    c.code = code;
    c.name = std::string("Camera ") + code;
    c.location = cls;
    c.recorder_id = r->id;
    const auto saved = h_->inventory().save_camera(admin_actor, c, t0());
    ASSERT_TRUE(saved.ok()) << saved.refusal().reason;
  }
}

std::int64_t IncidentContract::open(std::vector<std::string> cameras, std::string fault_key, Instant detected,
                                    IncidentKind kind) {
  const auto r = h_->commands().open_incident(officer_actor, {kind, fault_key, cameras, detected, {}}, detected);
  EXPECT_TRUE(r.ok()) << r.refusal().reason;
  return r.ok() ? r->incident_id : 0;
}

IncidentDetail IncidentContract::detail(std::int64_t id, Instant now) {
  auto d = h_->queries().incident_detail(liaison_actor, id, now);
  EXPECT_TRUE(d.ok()) << d.refusal().reason;
  return d.ok() ? d.value() : IncidentDetail{};
}

namespace {

std::vector<std::string> actions(const IncidentDetail& d) {
  std::vector<std::string> out;
  for (const auto& e : d.timeline) out.push_back(e.action);
  return out;
}

}  // namespace

TEST_P(IncidentContract, OpenIncidentIsListedWithTheApiFields) {
  const auto id = open({"GATE-1", "YARD-1"}, "recorder:NVR-1", t0());
  const auto page = h_->queries().list_incidents(liaison_actor, {}, at(1h));
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->total, 1);
  const auto& s = page->items.at(0);
  EXPECT_EQ(s.id, id);
  EXPECT_EQ(s.kind, IncidentKind::equipment);
  EXPECT_EQ(s.state, IncidentState::open);
  EXPECT_EQ(s.cameras, (std::vector<std::string>{"GATE-1", "YARD-1"}));
  EXPECT_EQ(s.detected_at, t0());
  EXPECT_EQ(s.deadline_date, std::chrono::year{2026} / 3 / 12);
  EXPECT_EQ(s.deadline_at, end_of_vietnam_day(std::chrono::year{2026} / 3 / 12));
  EXPECT_FALSE(s.overdue);
}

TEST_P(IncidentContract, OpenRefusesUnknownCameraAndClassOtherOnly) {
  const auto unknown = h_->commands().open_incident(officer_actor, {IncidentKind::equipment, "", {"NOPE"}, t0(), {}}, t0());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.refusal().code, RefusalCode::not_found);
  const auto other = h_->commands().open_incident(officer_actor, {IncidentKind::equipment, "", {"CANTEEN"}, t0(), {}}, t0());
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.refusal().code, RefusalCode::out_of_scope);
  EXPECT_EQ(h_->queries().list_incidents(admin_actor, {}, t0())->total, 0);
}

TEST_P(IncidentContract, SameFaultGroupsCamerasIntoOneIncident) {
  const auto first = open({"GATE-1"}, "recorder:NVR-1", t0());
  const auto second = h_->commands().open_incident(
      officer_actor, {IncidentKind::equipment, "recorder:NVR-1", {"YARD-1", "CANTEEN", "GATE-1"}, at(2min), {}}, at(2min));
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->incident_id, first);
  EXPECT_EQ(second->decision, OpenDecision::merge);
  const auto d = detail(first, at(3min));
  EXPECT_EQ(d.incident.cameras, (std::vector<std::string>{"GATE-1", "YARD-1"}));
  EXPECT_EQ(actions(d), (std::vector<std::string>{"incident.opened", "incident.cameras_added"}));
  EXPECT_EQ(h_->queries().list_incidents(admin_actor, {}, at(3min))->total, 1);
}

TEST_P(IncidentContract, SameFaultReopensWithinWindowAndOpensNewAfter) {
  const auto id = open({"DOOR-1"}, "", t0());
  ASSERT_TRUE(h_->commands().mark_restored(tech_actor, id, at(1h), at(1h)).ok());
  const auto again = h_->commands().open_incident(officer_actor, {IncidentKind::equipment, "", {"DOOR-1"}, at(5h), {}}, at(5h));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->incident_id, id);
  EXPECT_EQ(again->decision, OpenDecision::reopen);
  EXPECT_EQ(detail(id, at(5h)).incident.state, IncidentState::reopened);
  ASSERT_TRUE(h_->commands().mark_restored(tech_actor, id, at(6h), at(6h)).ok());
  const auto later = h_->commands().open_incident(officer_actor, {IncidentKind::equipment, "", {"DOOR-1"}, at(31h), {}}, at(31h));
  ASSERT_TRUE(later.ok());
  EXPECT_NE(later->incident_id, id);
  EXPECT_EQ(later->decision, OpenDecision::create);
}

TEST_P(IncidentContract, FullLifecycleRecordsTimelineAndStopsClockAtRestore) {
  const auto id = open({"GATE-1"}, "", t0());
  auto& c = h_->commands();
  ASSERT_TRUE(c.mark_notified(officer_actor, id, {"15/TB-CTX", at(10min)}, at(10min)).ok());
  ASSERT_TRUE(c.assign(officer_actor, id, "binh", at(20min)).ok());
  ASSERT_TRUE(c.add_note(tech_actor, id, "PoE switch port dead", at(30min)).ok());
  ASSERT_TRUE(c.require_final_snapshot(officer_actor, id, true, at(40min)).ok());
  ASSERT_TRUE(c.mark_restored(tech_actor, id, at(2h), at(2h)).ok());
  const auto no_snap = c.close(tech_actor, id, {"port dead", "moved port", "", 90, {}}, at(3h));
  ASSERT_FALSE(no_snap.ok());
  ASSERT_TRUE(c.close(tech_actor, id, {"port dead", "moved port", "1 patch cord", 90, "snap/15.jpg"}, at(3h)).ok());
  const Instant much_later = at(24h * 30);
  const auto d = detail(id, much_later);
  EXPECT_EQ(d.incident.state, IncidentState::closed);
  EXPECT_EQ(d.incident.notice->number, "15/TB-CTX");
  EXPECT_EQ(d.incident.notice->sent_at, at(10min));
  EXPECT_EQ(d.incident.technician, "binh");
  EXPECT_EQ(d.incident.restored_at, at(2h));
  EXPECT_EQ(d.incident.closed_at, at(3h));
  ASSERT_TRUE(d.incident.report);
  EXPECT_EQ(d.incident.report->parts, "1 patch cord");
  EXPECT_EQ(d.incident.report->minutes_spent, 90);
  EXPECT_EQ(d.incident.report->final_snapshot, "snap/15.jpg");
  EXPECT_TRUE(d.incident.final_snapshot_required);
  EXPECT_FALSE(d.overdue);
  EXPECT_FALSE(d.clock.overdue);  // the clock stopped at restoration
  EXPECT_EQ(actions(d), (std::vector<std::string>{"incident.opened", "incident.notified", "incident.assigned",
                                                  "incident.note", "incident.snapshot_requirement",
                                                  "incident.restored", "incident.closed"}));
  EXPECT_EQ(d.timeline[3].actor, "binh");
  EXPECT_EQ(d.timeline[3].summary, "PoE switch port dead");
  EXPECT_EQ(d.timeline[3].at, at(30min));
}

TEST_P(IncidentContract, RefusedCommandChangesNothing) {
  const auto id = open({"YARD-1"}, "", t0());
  const auto before = detail(id, at(1h));
  const auto r = h_->commands().close(tech_actor, id, {"c", "a", "", 1, {}}, at(1h));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.refusal().code, RefusalCode::invalid_transition);
  EXPECT_FALSE(h_->commands().add_note(liaison_actor, id, "hi", at(1h)).ok());
  EXPECT_EQ(h_->commands().assign(guard_actor, id, "x", at(1h)).refusal().code, RefusalCode::forbidden);
  const auto after = detail(id, at(1h));
  EXPECT_EQ(after.incident.state, before.incident.state);
  EXPECT_EQ(after.timeline.size(), before.timeline.size());
  EXPECT_EQ(h_->commands().add_note(tech_actor, 999, "x", at(1h)).refusal().code, RefusalCode::not_found);
  EXPECT_EQ(h_->queries().incident_detail(admin_actor, 999, at(1h)).refusal().code, RefusalCode::not_found);
}

TEST_P(IncidentContract, OverdueIsDerivedAndExplanationIsChecked) {
  const auto id = open({"GATE-1"}, "", t0(), IncidentKind::link);  // deadline 2026-03-05 24:00 (+07)
  const Instant late = end_of_vietnam_day(std::chrono::year{2026} / 3 / 5) + 1h;
  EXPECT_FALSE(detail(id, late - 2h).overdue);
  const auto d = detail(id, late);
  EXPECT_TRUE(d.overdue);
  EXPECT_TRUE(d.explanation_due);
  auto& c = h_->commands();
  EXPECT_FALSE(c.explain_overdue(officer_actor, id, "ISP", std::nullopt, late).ok());
  const auto past = c.explain_overdue(officer_actor, id, "ISP", std::chrono::year{2026} / 3 / 5, late);
  ASSERT_FALSE(past.ok());
  EXPECT_NE(past.refusal().reason.find("in the past"), std::string::npos);
  ASSERT_TRUE(c.explain_overdue(officer_actor, id, "ISP fibre cut", std::chrono::year{2026} / 3 / 9, late).ok());
  const auto after = detail(id, late);
  EXPECT_FALSE(after.explanation_due);
  ASSERT_EQ(after.incident.explanations.size(), 1u);
  EXPECT_EQ(after.incident.explanations[0].reason, "ISP fibre cut");
  EXPECT_EQ(after.incident.explanations[0].expected_completion, std::chrono::year{2026} / 3 / 9);
  EXPECT_EQ(after.incident.explanations[0].author, "lan");
}

TEST_P(IncidentContract, ListFiltersAndPages) {
  const auto a = open({"GATE-1"}, "a", t0());
  const auto b = open({"YARD-1"}, "b", at(1h), IncidentKind::link);
  const auto c = open({"DOOR-1", "YARD-1"}, "c", at(2h));
  ASSERT_TRUE(h_->commands().mark_restored(tech_actor, b, at(3h), at(3h)).ok());
  auto& q = h_->queries();
  const Instant now = at(24h * 20);  // every unrestored deadline has passed
  auto ids = [&](IncidentFilter f) {
    std::vector<std::int64_t> out;
    const auto page = q.list_incidents(liaison_actor, f, now);
    EXPECT_TRUE(page.ok()) << page.refusal().reason;
    if (page.ok()) for (const auto& s : page->items) out.push_back(s.id);
    return out;
  };
  EXPECT_EQ(ids({}), (std::vector<std::int64_t>{c, b, a}));
  IncidentFilter f;
  f.kind = IncidentKind::link;
  EXPECT_EQ(ids(f), (std::vector<std::int64_t>{b}));
  f = {};
  f.state = IncidentState::open;
  EXPECT_EQ(ids(f), (std::vector<std::int64_t>{c, a}));
  f = {};
  f.overdue = true;
  EXPECT_EQ(ids(f), (std::vector<std::int64_t>{c, a}));
  f.overdue = false;
  EXPECT_EQ(ids(f), (std::vector<std::int64_t>{b}));
  f = {};
  f.camera = "YARD-1";
  EXPECT_EQ(ids(f), (std::vector<std::int64_t>{c, b}));
  f = {};
  f.detected_from = at(1h);
  f.detected_to = at(2h);
  EXPECT_EQ(ids(f), (std::vector<std::int64_t>{b}));
  f = {};
  f.limit = 2;
  f.offset = 1;
  EXPECT_EQ(ids(f), (std::vector<std::int64_t>{b, a}));
  EXPECT_EQ(q.list_incidents(liaison_actor, f, now)->total, 3);
  f.limit = 0;
  EXPECT_EQ(q.list_incidents(liaison_actor, f, now).refusal().code, RefusalCode::invalid_input);
}

TEST_P(IncidentContract, VehicleLogNeedsAnOpenGateIncident) {
  auto& c = h_->commands();
  const VehicleEntryInput entry{"GATE-1", "51c 123 45", "CSQU3054383", "in", at(1h)};
  const auto none = c.log_vehicle(guard_actor, entry, at(1h));
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.refusal().reason.find("no open incident affects gate camera 'GATE-1'"), std::string::npos);
  const auto id = open({"GATE-1", "YARD-1"}, "", t0());
  const auto yard = c.log_vehicle(guard_actor, {"YARD-1", "51C-123.45", "", "in", at(1h)}, at(1h));
  ASSERT_FALSE(yard.ok());
  EXPECT_NE(yard.refusal().reason.find("not a gate camera"), std::string::npos);
  const auto bad = c.log_vehicle(guard_actor, {"GATE-1", "51C-1", "CSQU3054384", "in", at(1h)}, at(1h));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.refusal().reason.find("plate:"), std::string::npos);
  EXPECT_NE(bad.refusal().reason.find("container:"), std::string::npos);
  EXPECT_EQ(c.log_vehicle(liaison_actor, entry, at(1h)).refusal().code, RefusalCode::forbidden);
  const auto ok = c.log_vehicle(guard_actor, entry, at(1h));
  ASSERT_TRUE(ok.ok()) << ok.refusal().reason;
  EXPECT_EQ(ok->plate, "51C-123.45");
  EXPECT_EQ(ok->incident_id, id);
  EXPECT_EQ(ok->guard, "tuan");
  ASSERT_TRUE(c.log_vehicle(guard_actor, {"GATE-1", "29H1-234.56", "", "out", at(30min)}, at(2h)).ok());
  ASSERT_TRUE(c.mark_restored(tech_actor, id, at(3h), at(3h)).ok());
  EXPECT_FALSE(c.log_vehicle(guard_actor, entry, at(4h)).ok());
  VehicleLogFilter vf;
  vf.incident_id = id;
  const auto log = h_->queries().vehicle_log(liaison_actor, vf);
  ASSERT_TRUE(log.ok());
  ASSERT_EQ(log->size(), 2u);
  EXPECT_EQ((*log)[0].plate, "29H1-234.56");  // oldest first
  EXPECT_EQ((*log)[1].container, "CSQU3054383");
  EXPECT_EQ((*log)[1].direction, Direction::in);
  vf.from = at(45min);
  EXPECT_EQ(h_->queries().vehicle_log(liaison_actor, vf)->size(), 1u);
}

}  // namespace camtrack::incidents::testing
