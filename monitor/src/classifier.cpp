#include "monitor/classifier.hpp"

#include <algorithm>
#include <utility>

namespace camtrack::monitor {

namespace {

std::string detail_line(const std::string& member, FaultReason reason) {
  std::string m = member;
  const auto colon = m.find(':');
  if (colon != std::string::npos) m[colon] = ' ';
  return m + ": " + std::string(fault_reason_name(reason));
}

std::string member_kind(const std::string& member) { return member.substr(0, member.find(':')); }

}  // namespace

Classifier::Classifier(const SiteInventory& site, ClassifierPolicy policy) : policy_(policy) {
  std::map<std::int64_t, std::string> recorder_codes;
  for (const auto& r : site.recorders) recorder_codes[r.recorder.id] = r.recorder.code;
  for (const auto& c : site.cameras) {
    CameraInfo info{c.camera.location, c.camera.switch_name, {}};
    if (c.camera.recorder_id) {
      const auto it = recorder_codes.find(*c.camera.recorder_id);
      if (it != recorder_codes.end()) info.recorder = it->second;
    }
    cameras_[c.camera.code] = std::move(info);
  }
}

void Classifier::resume(const std::vector<ActiveFault>& open) {
  for (const auto& f : open) {
    Reported& r = reported_[f.fault_key];
    r.kind = f.kind;
    const std::string kind = member_kind(f.fault_key);
    if (kind == "recorder" || kind == "uplink" || kind == "retention") r.members.insert(f.fault_key);
    for (const auto& code : f.cameras) {
      if (kind != "recorder" && kind != "retention") r.members.insert("camera:" + code);
    }
    for (const auto& m : r.members) {
      faulty_.insert(m);
      key_of_[m] = f.fault_key;
    }
  }
}

void Classifier::open_now(const std::string& key, incidents::IncidentKind kind, bool internal,
                          const std::string& member, std::vector<std::string> cameras,
                          std::vector<std::string> details, Instant occurred, Instant now) {
  Reported& r = reported_[key];
  r.kind = kind;
  r.internal = internal;
  r.members.insert(member);
  key_of_[member] = key;
  Observation o;
  o.action = internal ? ObservationAction::internal_open : ObservationAction::open;
  o.kind = kind;
  o.fault_key = key;
  o.cameras = std::move(cameras);
  o.details = std::move(details);
  o.at = now;
  o.occurred_at = occurred;
  out_.push_back(std::move(o));
}

void Classifier::camera_failed(const std::string& code, FaultReason reason, Instant occurred, Instant now) {
  const std::string member = "camera:" + code;
  if (!faulty_.insert(member).second) return;
  if (key_of_.count(member) > 0) return;  // already part of a reported fault
  pending_.push_back({code, reason, occurred, now});
}

void Classifier::camera_cleared(const std::string& code, Instant now) {
  std::erase_if(pending_, [&](const Pending& p) { return p.code == code; });
  member_cleared("camera:" + code, now);
}

void Classifier::recorder_failed(const std::string& code, FaultReason reason, Instant occurred, Instant now) {
  const bool retention = reason == FaultReason::retention_short;
  const std::string key = (retention ? "retention:" : "recorder:") + code;
  const std::string member = key;
  if (!faulty_.insert(member).second || key_of_.count(member) > 0) return;
  open_now(key, incidents::IncidentKind::equipment, false, member, cameras_of_recorder(code),
           {detail_line("recorder:" + code, reason)}, occurred, now);
}

void Classifier::recorder_cleared(const std::string& code, bool retention, Instant now) {
  member_cleared((retention ? "retention:" : "recorder:") + code, now);
}

void Classifier::uplink_failed(const std::string& code, FaultReason reason, Instant occurred, Instant now) {
  const std::string member = "uplink:" + code;
  if (!faulty_.insert(member).second || key_of_.count(member) > 0) return;
  open_now(member, incidents::IncidentKind::link, false, member, {}, {detail_line(member, reason)}, occurred, now);
}

void Classifier::uplink_cleared(const std::string& code, Instant now) { member_cleared("uplink:" + code, now); }

void Classifier::member_cleared(const std::string& member, Instant now) {
  if (faulty_.erase(member) == 0) return;
  const auto k = key_of_.find(member);
  if (k == key_of_.end()) return;
  const std::string key = k->second;
  const auto r = reported_.find(key);
  if (r == reported_.end()) return;
  for (const auto& m : r->second.members) {
    if (faulty_.count(m) > 0) return;  // the fault is not gone yet
  }
  Observation o;
  o.action = r->second.internal ? ObservationAction::internal_restore : ObservationAction::restore;
  o.kind = r->second.kind;
  o.fault_key = key;
  for (const auto& m : r->second.members) {
    if (member_kind(m) == "camera") o.cameras.push_back(m.substr(7));
    key_of_.erase(m);
  }
  o.at = now;
  out_.push_back(std::move(o));
  reported_.erase(r);
}

std::vector<std::string> Classifier::cameras_of_recorder(const std::string& recorder) const {
  std::vector<std::string> codes;
  for (const auto& [code, info] : cameras_) {
    if (info.recorder == recorder && incidents::in_legal_scope(info.location)) codes.push_back(code);
  }
  return codes;
}

void Classifier::flush_group(const std::vector<Pending>& group, const std::string& key, Instant now) {
  Observation o;
  o.action = ObservationAction::open;
  o.kind = incidents::IncidentKind::equipment;
  o.fault_key = key;
  o.at = now;
  o.occurred_at = group.front().occurred;
  Reported& r = reported_[key];
  r.kind = o.kind;
  for (const auto& p : group) {
    const std::string member = "camera:" + p.code;
    r.members.insert(member);
    key_of_[member] = key;
    o.cameras.push_back(p.code);
    o.details.push_back(detail_line(member, p.reason));
    o.occurred_at = std::min(o.occurred_at, p.occurred);
  }
  out_.push_back(std::move(o));
}

std::vector<Observation> Classifier::take(Instant now) {
  std::stable_sort(pending_.begin(), pending_.end(),
                   [](const Pending& a, const Pending& b) { return a.confirmed < b.confirmed; });
  while (!pending_.empty() && pending_.front().confirmed + policy_.group_window <= now) {
    const Pending first = pending_.front();
    const CameraInfo info = cameras_.count(first.code) > 0 ? cameras_.at(first.code) : CameraInfo{};
    if (!incidents::in_legal_scope(info.location)) {
      pending_.erase(pending_.begin());
      const std::string member = "camera:" + first.code;
      open_now(member, incidents::IncidentKind::equipment, true, member, {first.code},
               {detail_line(member, first.reason)}, first.occurred, now);
      continue;
    }
    // Siblings: in-scope cameras pending behind the same switch, else the same recorder.
    auto siblings = [&](auto same) {
      std::vector<Pending> g;
      for (const auto& p : pending_) {
        const auto it = cameras_.find(p.code);
        if (it != cameras_.end() && incidents::in_legal_scope(it->second.location) && same(it->second)) {
          g.push_back(p);
        }
      }
      return g;
    };
    std::vector<Pending> group{first};
    std::string key = "camera:" + first.code;
    if (!info.switch_name.empty()) {
      auto g = siblings([&](const CameraInfo& c) { return c.switch_name == info.switch_name; });
      const std::string k = "switch:" + info.switch_name;
      if (static_cast<int>(g.size()) >= policy_.min_group || reported_.count(k) > 0) {
        group = std::move(g);
        key = k;
      }
    }
    if (key.rfind("camera:", 0) == 0 && !info.recorder.empty()) {
      auto g = siblings([&](const CameraInfo& c) { return c.recorder == info.recorder; });
      const std::string k = "recorder:" + info.recorder;
      if (static_cast<int>(g.size()) >= policy_.min_group || reported_.count(k) > 0) {
        group = std::move(g);
        key = k;
      }
    }
    std::erase_if(pending_, [&](const Pending& p) {
      return std::any_of(group.begin(), group.end(), [&](const Pending& q) { return q.code == p.code; });
    });
    flush_group(group, key, now);
  }
  return std::exchange(out_, {});
}

}  // namespace camtrack::monitor
