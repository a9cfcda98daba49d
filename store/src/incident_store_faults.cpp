// IncidentStore: the reads the monitor needs (active faults at start, the incident a restore applies to,
// open incidents by kind for /metrics).
#include "incident_rows.hpp"
#include "store/database.hpp"
#include "store/incident_store.hpp"

namespace camtrack::store {

using namespace incidents;

std::vector<ActiveFault> IncidentStore::active_faults() {
  std::vector<ActiveFault> out;
  detail::read_snapshot(db_, [&] {
    auto s = db_.prepare("SELECT id, fault_key, kind, detected_at FROM incidents "
                         "WHERE state NOT IN ('restored', 'closed') AND fault_key <> '' ORDER BY id");
    while (s.step()) {
      ActiveFault f;
      f.incident_id = s.int64(0);
      f.fault_key = s.text(1);
      f.kind = parse_incident_kind(s.text(2)).value_or(IncidentKind::equipment);
      f.detected_at = detail::from_unix(s.int64(3));
      out.push_back(std::move(f));
    }
    std::vector<std::int64_t> ids;
    for (const auto& f : out) ids.push_back(f.incident_id);
    auto cameras = detail::cameras_of(db_, ids);
    for (auto& f : out) f.cameras = std::move(cameras[f.incident_id]);
  });
  return out;
}

std::optional<std::int64_t> IncidentStore::active_with_fault(const std::string& fault_key) {
  auto s = db_.prepare("SELECT id FROM incidents WHERE fault_key = ?1 AND state NOT IN ('restored', 'closed') "
                       "ORDER BY id DESC LIMIT 1");
  s.bind(1, fault_key);
  if (!s.step()) return std::nullopt;
  return s.int64(0);
}

std::vector<std::pair<std::string, std::int64_t>> IncidentStore::active_counts_by_kind() {
  auto s = db_.prepare("SELECT kind, count(*) FROM incidents WHERE state NOT IN ('restored', 'closed') "
                       "GROUP BY kind ORDER BY kind");
  std::vector<std::pair<std::string, std::int64_t>> out;
  while (s.step()) out.emplace_back(s.text(0), s.int64(1));
  return out;
}

}  // namespace camtrack::store
