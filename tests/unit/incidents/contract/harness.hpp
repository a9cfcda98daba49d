// The contract suite's view of a repository under test: the same tests run against the in-memory
// MemoryStore (unit tier) and the SQLite store (integration tier).
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>

#include <gtest/gtest.h>

#include "contract/fake_clock.hpp"
#include "incidents/incident_commands.hpp"
#include "incidents/incident_queries.hpp"
#include "incidents/inventory_repository.hpp"

namespace camtrack::incidents::testing {

class Harness {
 public:
  virtual ~Harness() = default;
  virtual IncidentCommands& commands() = 0;
  virtual IncidentQueries& queries() = 0;
  virtual InventoryRepository& inventory() = 0;
};

// Builds a fresh, empty repository with the fake clock and the given reopen window.
struct HarnessFactory {
  std::string name;
  std::function<std::unique_ptr<Harness>(const LifecyclePolicy&)> make;
};

class IncidentContract : public ::testing::TestWithParam<HarnessFactory> {
 protected:
  void SetUp() override;
  // Cameras GATE-1 (gate), YARD-1 (yard), DOOR-1 (warehouse_door), CANTEEN (other), recorder NVR-1.
  void add_site_cameras();
  std::int64_t open(std::vector<std::string> cameras, std::string fault_key, Instant detected,
                    IncidentKind kind = IncidentKind::equipment);
  IncidentDetail detail(std::int64_t id, Instant now);

  std::unique_ptr<Harness> h_;
  LifecyclePolicy policy_;
};

class InventoryContract : public IncidentContract {};

inline const Actor admin_actor{"root", Role::admin};
inline const Actor officer_actor{"lan", Role::officer};
inline const Actor tech_actor{"binh", Role::technician};
inline const Actor guard_actor{"tuan", Role::guard};
inline const Actor liaison_actor{"hq", Role::liaison};

inline void PrintTo(const HarnessFactory& f, std::ostream* os) { *os << f.name; }

inline std::string harness_name(const ::testing::TestParamInfo<HarnessFactory>& p) { return p.param.name; }

}  // namespace camtrack::incidents::testing
