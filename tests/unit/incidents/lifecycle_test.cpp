// Opening and grouping, clocks, closure, reopening and overdue explanations of the pure lifecycle.
#include <gtest/gtest.h>

#include "contract/fake_clock.hpp"
#include "incidents/lifecycle.hpp"

namespace camtrack::incidents {
namespace {

using namespace std::chrono_literals;
using std::chrono::year;
using testing::at;
using testing::t0;

const Actor officer{"lan", Role::officer};
const Actor tech{"binh", Role::technician};
const ClockRules clocks = testing::every_day_clock();

Observation gate_and_yard() {
  return {IncidentKind::equipment, "recorder:NVR-1",
          {{"CAM-G1", LocationClass::gate}, {"CAM-Y1", LocationClass::yard}, {"CAM-OFF", LocationClass::other},
           {"CAM-G1", LocationClass::gate}},
          t0(), std::nullopt};
}

Incident opened(const Observation& obs = gate_and_yard()) {
  auto t = open_incident(obs, officer, clocks, {}, at(1min));
  EXPECT_TRUE(t.ok()) << t.refusal().reason;
  Incident i = t.value().incident;
  i.id = 1;
  return i;
}

TEST(OpenIncident, GroupsSeveralCamerasAndLeavesOutClassOther) {
  const auto t = open_incident(gate_and_yard(), officer, clocks, {}, at(1min));
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->incident.cameras, (std::vector<std::string>{"CAM-G1", "CAM-Y1"}));
  EXPECT_EQ(t->incident.state, IncidentState::open);
  EXPECT_EQ(t->incident.fault_key, "recorder:NVR-1");
  ASSERT_EQ(t->events.size(), 1u);
  EXPECT_EQ(t->events[0].action, "incident.opened");
  EXPECT_NE(t->events[0].summary.find("CAM-OFF"), std::string::npos);
}

TEST(OpenIncident, EquipmentClockIsTenWorkingDaysFromDetection) {
  const Incident i = opened();
  EXPECT_EQ(i.deadline.working_days, 10);
  EXPECT_EQ(i.deadline.from, t0());
  EXPECT_EQ(i.deadline.deadline_date, year{2026} / 3 / 12);
}

TEST(OpenIncident, LinkClockIsThreeWorkingDaysAndNeedsNoCamera) {
  const Incident i = opened({IncidentKind::link, "uplink:WAN-1", {}, t0(), std::nullopt});
  EXPECT_EQ(i.deadline.working_days, 3);
  EXPECT_EQ(i.deadline.deadline_date, year{2026} / 3 / 5);
  EXPECT_TRUE(i.cameras.empty());
}

TEST(OpenIncident, AnchorOnOccurrenceWhenConfigured) {
  auto obs = gate_and_yard();
  obs.occurred_at = t0() - 48h;
  LifecyclePolicy policy;
  policy.anchor = ClockAnchor::occurred;
  const auto t = open_incident(obs, officer, clocks, policy, at(1min));
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->incident.deadline.from, t0() - 48h);
  EXPECT_EQ(t->incident.deadline.deadline_date, year{2026} / 3 / 10);
}

TEST(OpenIncident, OnlyClassOtherCamerasIsOutOfScope) {
  const auto t = open_incident({IncidentKind::equipment, "", {{"CANTEEN", LocationClass::other}}, t0(), std::nullopt},
                               officer, clocks, {}, at(1min));
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.refusal().code, RefusalCode::out_of_scope);
  EXPECT_NE(t.refusal().reason.find("internal ticket"), std::string::npos);
}

TEST(OpenIncident, RefusesFutureDetectionAndOccurrenceAfterDetection) {
  auto obs = gate_and_yard();
  obs.detected_at = at(2h);
  EXPECT_FALSE(open_incident(obs, officer, clocks, {}, at(1h)).ok());
  obs = gate_and_yard();
  obs.occurred_at = t0() + 1min;
  const auto t = open_incident(obs, officer, clocks, {}, at(1h));
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.refusal().reason.find("occurred_at"), std::string::npos);
}

TEST(OpenIncident, DerivesFaultKeyFromFirstInScopeCamera) {
  Observation obs{IncidentKind::equipment, "", {{"X", LocationClass::other}, {"Y", LocationClass::yard}}, t0(), {}};
  EXPECT_EQ(fault_key_of(obs), "camera:Y");
}

TEST(DecideOpen, MergesIntoActiveReopensWithinWindowElseCreates) {
  Incident i = opened();
  EXPECT_EQ(decide_open(std::nullopt, at(1h), {}), OpenDecision::create);
  EXPECT_EQ(decide_open(i, at(1h), {}), OpenDecision::merge);
  i = mark_restored(i, tech, at(2h), at(2h))->incident;
  EXPECT_EQ(decide_open(i, at(2h) + 72h, {}), OpenDecision::reopen);
  EXPECT_EQ(decide_open(i, at(2h) + 72h + 1s, {}), OpenDecision::create);
  LifecyclePolicy shorter;
  shorter.reopen_window = 1h;
  EXPECT_EQ(decide_open(i, at(4h), shorter), OpenDecision::create);
}

TEST(AddCameras, AddsOnlyNewInScopeCameras) {
  const Incident i = opened();
  Observation more{IncidentKind::equipment, "recorder:NVR-1",
                   {{"CAM-Y1", LocationClass::yard}, {"CAM-W1", LocationClass::warehouse_door}}, at(5min), {}};
  const auto t = add_cameras(i, more, officer, at(5min));
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->incident.cameras, (std::vector<std::string>{"CAM-G1", "CAM-Y1", "CAM-W1"}));
  ASSERT_EQ(t->events.size(), 1u);
  const auto same = add_cameras(t->incident, more, officer, at(6min));
  ASSERT_TRUE(same.ok());
  EXPECT_TRUE(same->events.empty());
}

TEST(Restore, StopsTheClockAtTheRestoreInstant) {
  const Incident i = opened();
  const Instant after_deadline = i.deadline.deadline_at + 24h;
  EXPECT_TRUE(is_overdue(i, after_deadline));
  const auto t = mark_restored(i, tech, at(3h), at(4h));
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->incident.restored_at, at(3h));
  EXPECT_FALSE(is_overdue(t->incident, after_deadline));
  EXPECT_FALSE(missed_deadline(t->incident, after_deadline));
}

TEST(Restore, LateRestoreStillCountsAsMissedDeadline) {
  const Incident i = opened();
  const Instant late = i.deadline.deadline_at + 1h;
  const auto t = mark_restored(i, tech, late, late);
  ASSERT_TRUE(t.ok());
  EXPECT_TRUE(missed_deadline(t->incident, late + 240h));
  EXPECT_NE(t->events[0].summary.find("after the deadline"), std::string::npos);
}

TEST(Restore, RefusesFutureOrBeforeDetection) {
  const Incident i = opened();
  EXPECT_FALSE(mark_restored(i, tech, at(2h), at(1h)).ok());
  EXPECT_FALSE(mark_restored(i, tech, t0() - 1s, at(1h)).ok());
}

TEST(Close, RefusesReportWithoutCauseOrAction) {
  const Incident i = mark_restored(opened(), tech, at(1h), at(1h))->incident;
  auto no_cause = close_incident(i, tech, {" ", "replaced", "", 5, {}}, at(2h));
  ASSERT_FALSE(no_cause.ok());
  EXPECT_NE(no_cause.refusal().reason.find("cause"), std::string::npos);
  auto no_action = close_incident(i, tech, {"water", "", "", 5, {}}, at(2h));
  ASSERT_FALSE(no_action.ok());
  EXPECT_NE(no_action.refusal().reason.find("action"), std::string::npos);
}

TEST(Close, RefusesNonRestoredIncidentWithReason) {
  const auto t = close_incident(opened(), tech, {"water", "dried", "", 5, {}}, at(2h));
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.refusal().reason.find("only a restored incident closes"), std::string::npos);
}

TEST(Close, RequiredFinalSnapshotMustBeGiven) {
  Incident i = require_final_snapshot(opened(), officer, true, at(10min))->incident;
  i = mark_restored(i, tech, at(1h), at(1h))->incident;
  const auto missing = close_incident(i, tech, {"water", "dried", "", 5, {}}, at(2h));
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.refusal().reason.find("snapshot"), std::string::npos);
  const auto given = close_incident(i, tech, {"water", "dried", "fuse", 5, "snap/1.jpg"}, at(2h));
  ASSERT_TRUE(given.ok());
  EXPECT_EQ(given->incident.closed_at, at(2h));
  EXPECT_EQ(given->incident.report->parts, "fuse");
}

TEST(Reopen, WithinWindowRestartsClockAndClearsRestoration) {
  Incident i = mark_restored(opened(), tech, at(1h), at(1h))->incident;
  i = close_incident(i, tech, {"c", "a", "", 1, {}}, at(2h))->incident;
  const auto t = reopen_incident(i, tech, at(1h) + 72h, {}, at(1h) + 72h);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->incident.state, IncidentState::reopened);
  EXPECT_FALSE(t->incident.restored_at.has_value());
  EXPECT_FALSE(t->incident.report.has_value());
  EXPECT_EQ(t->incident.reopen_count, 1);
  EXPECT_EQ(t->incident.deadline.deadline_at, i.deadline.deadline_at);
  EXPECT_TRUE(is_overdue(t->incident, i.deadline.deadline_at));
}

TEST(Reopen, BeyondWindowIsRefused) {
  const Incident i = mark_restored(opened(), tech, at(1h), at(1h))->incident;
  LifecyclePolicy policy;
  policy.reopen_window = 24h;
  const auto t = reopen_incident(i, tech, at(1h) + 24h + 1s, policy, at(30h));
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.refusal().reason.find("open a new incident"), std::string::npos);
}

TEST(ExplainOverdue, RefusedWhileNotOverdue) {
  const auto t = explain_overdue(opened(), officer, "parts", year{2026} / 4 / 1, at(1h));
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.refusal().reason.find("not overdue"), std::string::npos);
}

TEST(ExplainOverdue, NeedsReasonAndDateNotInThePast) {
  const Incident i = opened();
  const Instant now = i.deadline.deadline_at + 1h;  // 2026-03-13 01:00 in Vietnam
  EXPECT_FALSE(explain_overdue(i, officer, "", year{2026} / 3 / 20, now).ok());
  const auto no_date = explain_overdue(i, officer, "waiting for a disk", std::nullopt, now);
  ASSERT_FALSE(no_date.ok());
  EXPECT_NE(no_date.refusal().reason.find("expected completion date: required"), std::string::npos);
  const auto past = explain_overdue(i, officer, "waiting for a disk", year{2026} / 3 / 12, now);
  ASSERT_FALSE(past.ok());
  EXPECT_NE(past.refusal().reason.find("in the past"), std::string::npos);
  const auto today = explain_overdue(i, officer, "waiting for a disk", year{2026} / 3 / 13, now);
  ASSERT_TRUE(today.ok()) << today.refusal().reason;
  ASSERT_EQ(today->incident.explanations.size(), 1u);
  EXPECT_EQ(today->incident.explanations[0].author, "lan");
}

TEST(Notify, RefusesMissingNumberAndNoticeBeforeDetection) {
  const Incident i = opened();
  EXPECT_FALSE(mark_notified(i, officer, {"", at(1h)}, at(1h)).ok());
  EXPECT_FALSE(mark_notified(i, officer, {"1/TB", t0() - 1min}, at(1h)).ok());
  EXPECT_FALSE(mark_notified(i, officer, {"1/TB", at(2h)}, at(1h)).ok());
  const auto ok = mark_notified(i, officer, {"1/TB", at(1h)}, at(1h));
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->incident.notice->number, "1/TB");
}

TEST(Roles, EachCommandRefusesRolesWithoutTheRight) {
  const Incident i = opened();
  const Actor liaison{"hq", Role::liaison};
  const Actor guard{"gate", Role::guard};
  EXPECT_EQ(mark_notified(i, tech, {"1", at(1h)}, at(1h)).refusal().code, RefusalCode::forbidden);
  EXPECT_EQ(assign_technician(i, guard, "x", at(1h)).refusal().code, RefusalCode::forbidden);
  EXPECT_EQ(add_note(i, liaison, "x", at(1h)).refusal().code, RefusalCode::forbidden);
  EXPECT_EQ(mark_restored(i, liaison, at(1h), at(1h)).refusal().code, RefusalCode::forbidden);
  EXPECT_EQ(require_final_snapshot(i, tech, true, at(1h)).refusal().code, RefusalCode::forbidden);
  const Incident restored = mark_restored(i, tech, at(1h), at(1h))->incident;
  const auto officer_close = close_incident(restored, officer, {"c", "a", "", 0, {}}, at(2h));
  EXPECT_EQ(officer_close.refusal().code, RefusalCode::forbidden);
  EXPECT_NE(officer_close.refusal().reason.find("officer"), std::string::npos);
  EXPECT_EQ(reopen_incident(restored, guard, at(2h), {}, at(2h)).refusal().code, RefusalCode::forbidden);
  EXPECT_EQ(explain_overdue(i, tech, "r", year{2026} / 4 / 1, at(1h)).refusal().code, RefusalCode::forbidden);
  EXPECT_EQ(open_incident(gate_and_yard(), guard, clocks, {}, at(1h)).refusal().code, RefusalCode::forbidden);
}

}  // namespace
}  // namespace camtrack::incidents
