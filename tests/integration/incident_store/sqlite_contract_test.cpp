// The contract suites run against the SQLite store (a new database file per test).
#include "sqlite_harness.hpp"

namespace camtrack::incidents::testing {
namespace {

const HarnessFactory sqlite{"Sqlite", [](const LifecyclePolicy& p) { return std::make_unique<SqliteHarness>(p); }};

INSTANTIATE_TEST_SUITE_P(Sqlite, IncidentContract, ::testing::Values(sqlite), harness_name);
INSTANTIATE_TEST_SUITE_P(Sqlite, InventoryContract, ::testing::Values(sqlite), harness_name);

}  // namespace
}  // namespace camtrack::incidents::testing
