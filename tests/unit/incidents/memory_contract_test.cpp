// The contract suites run against the in-memory MemoryStore.
#include "contract/harness.hpp"
#include "incidents/memory_store.hpp"

namespace camtrack::incidents::testing {
namespace {

class MemoryHarness final : public Harness {
 public:
  explicit MemoryHarness(const LifecyclePolicy& policy) : store_(every_day_clock(), policy) {}
  IncidentCommands& commands() override { return store_; }
  IncidentQueries& queries() override { return store_; }
  InventoryRepository& inventory() override { return store_; }

 private:
  MemoryStore store_;
};

const HarnessFactory memory{"Memory", [](const LifecyclePolicy& p) { return std::make_unique<MemoryHarness>(p); }};

INSTANTIATE_TEST_SUITE_P(Memory, IncidentContract, ::testing::Values(memory), harness_name);
INSTANTIATE_TEST_SUITE_P(Memory, InventoryContract, ::testing::Values(memory), harness_name);

}  // namespace
}  // namespace camtrack::incidents::testing
