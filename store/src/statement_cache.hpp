// Prepared statements kept per connection: a Statement goes back here when it is destroyed (reset, its
// bindings cleared) and the next prepare() of the same SQL text takes it instead of parsing again. A
// page that runs the same few queries on every request no longer pays SQLite's parser for each.
// One connection is used by one thread at a time, so the cache needs no lock.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3_stmt;

namespace camtrack::store {

class StatementCache {
 public:
  StatementCache() = default;
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;
  ~StatementCache();

  // An idle statement prepared from exactly this SQL text, or nullptr.
  sqlite3_stmt* take(const std::string& sql);
  // A statement no longer used: reset and kept, or finalized when the cache is closed or full.
  void give_back(sqlite3_stmt* stmt);
  // Finalizes every idle statement; later give_back() calls finalize (the connection is closing).
  void close();

 private:
  static constexpr std::size_t max_texts = 256;  // distinct SQL texts kept (dynamic IN lists vary)
  std::unordered_map<std::string, std::vector<sqlite3_stmt*>> idle_;
  bool closed_ = false;
};

}  // namespace camtrack::store
