#include "fields.hpp"

#include <glib.h>

#include "notices/vietnamese_format.hpp"

namespace camtrack::notices::detail {

Fields& Fields::set(const std::string& name, std::string text) {
  values[name] = Value{std::move(text)};
  return *this;
}

Fields& Fields::flag(const std::string& name, bool on) {
  values[name] = Value{on};
  return *this;
}

Fields& Fields::list(const std::string& name, std::vector<Fields> items) {
  values[name] = Value{std::move(items)};
  return *this;
}

kainjow::mustache::data to_mustache(const Fields& fields) {
  kainjow::mustache::data out;
  for (const auto& [name, value] : fields.values) {
    if (const auto* s = std::get_if<std::string>(&value.v)) {
      out.set(name, *s);
    } else if (const auto* b = std::get_if<bool>(&value.v)) {
      out.set(name, kainjow::mustache::data(*b));
    } else {
      kainjow::mustache::data items(kainjow::mustache::data::type::list);
      for (const auto& item : std::get<std::vector<Fields>>(value.v)) items.push_back(to_mustache(item));
      out.set(name, items);
    }
  }
  return out;
}

void collect_names(const Fields& fields, std::set<std::string>& names) {
  for (const auto& [name, value] : fields.values) {
    names.insert(name);
    if (const auto* items = std::get_if<std::vector<Fields>>(&value.v)) {
      for (const auto& item : *items) collect_names(item, names);
    }
  }
}

std::string upper(const std::string& text) {
  gchar* up = g_utf8_strup(text.c_str(), static_cast<gssize>(text.size()));
  std::string out = up != nullptr ? up : text;
  g_free(up);
  return out;
}

namespace {

Fields site_fields(const SiteInfo& site) {
  Fields f;
  f.set("enterprise_name", site.enterprise_name)
      .set("enterprise_upper", upper(site.enterprise_name))
      .set("tax_code", site.tax_code)
      .set("address", site.address)
      .set("phone", site.phone)
      .set("email", site.email)
      .set("contact_person", site.contact_person)
      .set("addressee", site.addressee)
      .set("signer_title", site.signer_title)
      .set("signer_name", site.signer_name)
      .flag("signer_known", !site.signer_name.empty())
      .set("blank", "……………………………………");
  return f;
}

void optional_text(Fields& f, const std::string& name, const std::optional<std::string>& value) {
  const bool known = value.has_value() && !value->empty();
  f.set(name, known ? *value : std::string()).flag(name + "_known", known);
}

std::vector<Fields> supervision_plan(const NoticeData& n) {
  std::vector<Fields> plan;
  const auto add = [&](std::string text) { plan.push_back(Fields{}.set("item", std::move(text))); };
  bool gate = false;
  for (const auto& c : n.cameras) gate = gate || c.gate;
  if (gate) {
    add("Bảo vệ cổng lập sổ theo dõi phương tiện ra, vào (biển số xe, số container nếu có, thời gian vào/ra) "
        "trong thời gian camera cổng bị sự cố; xuất trình sổ cho cơ quan hải quan khi được yêu cầu.");
  }
  if (n.kind == IncidentKind::link) {
    add("Tiếp tục ghi hình và lưu trữ dữ liệu tại doanh nghiệp trong thời gian kênh truyền bị gián đoạn; "
        "sẵn sàng cung cấp dữ liệu cho cơ quan hải quan khi được yêu cầu.");
  }
  for (const auto& extra : n.supervision_plan) add(extra);
  return plan;
}

}  // namespace

Fields notice_fields(const SiteInfo& site, const NoticeData& n) {
  Fields f = site_fields(site);
  f.set("number", n.number)
      .set("place_date", place_and_date(site.place, n.date))
      .set("letter_date", date_text(n.date))
      .set("occurred_text", time_text(n.occurred_at))
      .flag("detected_differs", n.detected_at.has_value() && *n.detected_at != n.occurred_at)
      .set("detected_text", n.detected_at ? time_text(*n.detected_at) : std::string())
      .set("kind_text", std::string(kind_name_vi(n.kind)))
      .set("kind_equipment_box", n.kind == IncidentKind::equipment ? "☒" : "☐")
      .set("kind_link_box", n.kind == IncidentKind::link ? "☒" : "☐")
      .set("working_days", n.kind == IncidentKind::equipment ? "10" : "03")
      .set("deadline_date", date_text(n.deadline.date))
      .set("deadline_explanation", n.deadline.explanation)
      .flag("deadline_provisional", n.deadline.provisional)
      .flag("expected_known", n.expected_completion.has_value())
      .set("expected_date", n.expected_completion ? date_text(*n.expected_completion) : std::string())
      .set("first_number", n.first_notice_number)
      .set("first_date", n.first_notice_date.ok() ? date_text(n.first_notice_date) : std::string())
      .flag("restored_known", n.restored_at.has_value())
      .set("restored_text", n.restored_at ? time_text(*n.restored_at) : std::string());
  optional_text(f, "cause", n.cause);
  optional_text(f, "remedy", n.remedy);
  optional_text(f, "reason", n.delay_reason);
  optional_text(f, "repair", n.repair_summary);
  std::vector<Fields> cameras;
  bool gate = false;
  for (std::size_t i = 0; i < n.cameras.size(); ++i) {
    const auto& c = n.cameras[i];
    gate = gate || c.gate;
    cameras.push_back(Fields{}
                          .set("index", std::to_string(i + 1))
                          .set("code", c.code)
                          .set("name", c.name)
                          .set("location", c.location)
                          .set("status", c.status)
                          .set("note", c.note));
  }
  f.set("camera_count", std::to_string(n.cameras.size())).flag("has_gate", gate);
  f.list("cameras", std::move(cameras));
  f.list("plan", supervision_plan(n));
  return f;
}

Fields daily_fields(const SiteInfo& site, const DailyStatus& status) {
  Fields f = site_fields(site);
  f.set("place_date", place_and_date(site.place, status.date))
      .set("date", date_text(status.date))
      .set("count", std::to_string(status.open_incidents.size()))
      .flag("has_incidents", !status.open_incidents.empty());
  std::vector<Fields> rows;
  int overdue = 0;
  for (std::size_t i = 0; i < status.open_incidents.size(); ++i) {
    const auto& r = status.open_incidents[i];
    overdue += r.overdue ? 1 : 0;
    std::string cameras;
    for (const auto& c : r.cameras) cameras += (cameras.empty() ? "" : ", ") + c;
    rows.push_back(Fields{}
                       .set("index", std::to_string(i + 1))
                       .set("kind_text", std::string(kind_name_vi(r.kind)))
                       .set("cameras", cameras)
                       .set("detected_text", time_text(r.detected_at))
                       .set("days_elapsed", std::to_string(r.days_elapsed))
                       .set("days_remaining", std::to_string(r.days_remaining))
                       .set("deadline", date_text(r.deadline))
                       .flag("overdue", r.overdue)
                       .set("overdue_text", r.overdue ? "QUÁ HẠN" : "Trong hạn")
                       .set("vehicle_log", std::to_string(r.vehicle_log_entries))
                       .set("notice_number", r.notice_number.empty() ? "—" : r.notice_number));
  }
  f.set("overdue_count", std::to_string(overdue)).list("incidents", std::move(rows));
  return f;
}

Fields alert_fields(const SiteInfo& site, const AlertData& alert) {
  Fields f = site_fields(site);
  f.set("title", alert.title).set("message", alert.message).set("link", alert.link)
      .flag("has_link", !alert.link.empty()).set("at_text", time_text(alert.at));
  std::vector<Fields> details;
  for (const auto& d : alert.details) details.push_back(Fields{}.set("item", d));
  f.list("details", std::move(details));
  return f;
}

}  // namespace camtrack::notices::detail
