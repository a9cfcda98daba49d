// The schema migrations compiled into camtrack (generated from store/migrations/*.sql).
#pragma once

#include <vector>

namespace camtrack::store {

struct Migration {
  int version;
  const char* name;
  const char* sql;
};

// Sorted by version, starting at 1 with no gaps.
const std::vector<Migration>& embedded_migrations();

}  // namespace camtrack::store
