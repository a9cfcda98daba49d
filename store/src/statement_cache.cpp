#include "statement_cache.hpp"

#include <sqlite3.h>

namespace camtrack::store {

StatementCache::~StatementCache() { close(); }

sqlite3_stmt* StatementCache::take(const std::string& sql) {
  const auto it = idle_.find(sql);
  if (it == idle_.end() || it->second.empty()) return nullptr;
  sqlite3_stmt* stmt = it->second.back();
  it->second.pop_back();
  return stmt;
}

void StatementCache::give_back(sqlite3_stmt* stmt) {
  if (stmt == nullptr) return;
  sqlite3_reset(stmt);
  sqlite3_clear_bindings(stmt);
  const char* sql = sqlite3_sql(stmt);
  if (closed_ || sql == nullptr) {
    sqlite3_finalize(stmt);
    return;
  }
  auto it = idle_.find(sql);
  if (it == idle_.end()) {
    if (idle_.size() >= max_texts) {
      sqlite3_finalize(stmt);
      return;
    }
    it = idle_.emplace(sql, std::vector<sqlite3_stmt*>{}).first;
  }
  it->second.push_back(stmt);
}

void StatementCache::close() {
  for (auto& [sql, stmts] : idle_)
    for (auto* stmt : stmts) sqlite3_finalize(stmt);
  idle_.clear();
  closed_ = true;
}

}  // namespace camtrack::store
