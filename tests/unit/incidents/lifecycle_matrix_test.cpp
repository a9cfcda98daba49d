// Every lifecycle command tried from every state: allowed ones give the expected state, the others a
// refusal naming the state.
#include <gtest/gtest.h>

#include <functional>

#include "contract/fake_clock.hpp"
#include "incidents/lifecycle.hpp"

namespace camtrack::incidents {
namespace {

using namespace std::chrono_literals;
using testing::at;
using testing::t0;

const Actor admin{"root", Role::admin};

Incident reach(IncidentState target) {
  const auto clocks = testing::every_day_clock();
  Observation obs{IncidentKind::equipment, "", {{"CAM-1", LocationClass::gate}}, t0(), std::nullopt};
  Incident i = open_incident(obs, admin, clocks, {}, at(1min))->incident;
  i.id = 7;
  auto step = [&](Outcome<Transition> t) {
    EXPECT_TRUE(t.ok()) << t.refusal().reason;
    i = t.value().incident;
  };
  if (target == IncidentState::open) return i;
  if (target == IncidentState::notified) {
    step(mark_notified(i, admin, {"1/TB", at(2min)}, at(2min)));
    return i;
  }
  step(assign_technician(i, admin, "tech", at(3min)));
  if (target == IncidentState::in_repair) return i;
  step(mark_restored(i, admin, at(1h), at(1h)));
  if (target == IncidentState::restored) return i;
  if (target == IncidentState::reopened) {
    step(reopen_incident(i, admin, at(2h), {}, at(2h)));
    return i;
  }
  step(close_incident(i, admin, {"PoE port burnt", "moved to port 7", "", 30, std::nullopt}, at(3h)));
  return i;
}

using Apply = std::function<Outcome<Transition>(const Incident&)>;

struct Case {
  const char* command;
  IncidentState from;
  std::optional<IncidentState> to;  // nullopt: refused
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.command << " from " << incident_state_name(c.from); }

Apply command_for(const std::string& name) {
  const Instant now = at(5h);
  if (name == "notify") return [=](const Incident& i) { return mark_notified(i, admin, {"2/TB", now}, now); };
  if (name == "assign") return [=](const Incident& i) { return assign_technician(i, admin, "binh", now); };
  if (name == "restore") return [=](const Incident& i) { return mark_restored(i, admin, now, now); };
  if (name == "close") {
    return [=](const Incident& i) { return close_incident(i, admin, {"cause", "action", "", 10, std::nullopt}, now); };
  }
  if (name == "reopen") return [=](const Incident& i) { return reopen_incident(i, admin, now, {}, now); };
  if (name == "note") return [=](const Incident& i) { return add_note(i, admin, "checked cable", now); };
  return [=](const Incident& i) { return require_final_snapshot(i, admin, true, now); };
}

class LifecycleMatrix : public ::testing::TestWithParam<Case> {};

TEST_P(LifecycleMatrix, CommandFromStateGivesExpectedStateOrRefusal) {
  const Case c = GetParam();
  const Incident before = reach(c.from);
  ASSERT_EQ(before.state, c.from);
  const auto result = command_for(c.command)(before);
  if (c.to) {
    ASSERT_TRUE(result.ok()) << result.refusal().reason;
    EXPECT_EQ(result->incident.state, *c.to);
    EXPECT_FALSE(result->events.empty());
  } else {
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.refusal().code, RefusalCode::invalid_transition);
    EXPECT_NE(result.refusal().reason.find(std::string(incident_state_name(c.from))), std::string::npos)
        << result.refusal().reason;
  }
}

using S = IncidentState;
constexpr auto no = std::nullopt;

INSTANTIATE_TEST_SUITE_P(
    AllStates, LifecycleMatrix,
    ::testing::Values(
        Case{"notify", S::open, S::notified}, Case{"notify", S::notified, no}, Case{"notify", S::in_repair, S::in_repair},
        Case{"notify", S::restored, no}, Case{"notify", S::closed, no}, Case{"notify", S::reopened, S::notified},
        Case{"assign", S::open, S::in_repair}, Case{"assign", S::notified, S::in_repair},
        Case{"assign", S::in_repair, S::in_repair}, Case{"assign", S::restored, no}, Case{"assign", S::closed, no},
        Case{"assign", S::reopened, S::in_repair},
        Case{"restore", S::open, S::restored}, Case{"restore", S::notified, S::restored},
        Case{"restore", S::in_repair, S::restored}, Case{"restore", S::restored, no}, Case{"restore", S::closed, no},
        Case{"restore", S::reopened, S::restored},
        Case{"close", S::open, no}, Case{"close", S::notified, no}, Case{"close", S::in_repair, no},
        Case{"close", S::restored, S::closed}, Case{"close", S::closed, no}, Case{"close", S::reopened, no},
        Case{"reopen", S::open, no}, Case{"reopen", S::notified, no}, Case{"reopen", S::in_repair, no},
        Case{"reopen", S::restored, S::reopened}, Case{"reopen", S::closed, S::reopened}, Case{"reopen", S::reopened, no},
        Case{"note", S::open, S::open}, Case{"note", S::notified, S::notified}, Case{"note", S::in_repair, S::in_repair},
        Case{"note", S::restored, S::restored}, Case{"note", S::closed, S::closed}, Case{"note", S::reopened, S::reopened},
        Case{"snapshot", S::open, S::open}, Case{"snapshot", S::notified, S::notified},
        Case{"snapshot", S::in_repair, S::in_repair}, Case{"snapshot", S::restored, S::restored},
        Case{"snapshot", S::closed, no}, Case{"snapshot", S::reopened, S::reopened}),
    [](const ::testing::TestParamInfo<Case>& p) {
      return std::string(p.param.command) + "_from_" + std::string(incident_state_name(p.param.from));
    });

}  // namespace
}  // namespace camtrack::incidents
