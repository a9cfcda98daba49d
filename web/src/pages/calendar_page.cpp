// GET /calendar?year=: the year's days off and make-up working days, provisional years flagged.
#include "pages/format.hpp"
#include "pages/guard.hpp"
#include "pages/routes.hpp"

namespace camtrack::web::pages {
namespace {

std::string day_kind_key(incidents::DayKind kind) {
  switch (kind) {
    case incidents::DayKind::working: return "day_working";
    case incidents::DayKind::weekly_rest: return "day_weekly_rest";
    case incidents::DayKind::holiday: return "day_holiday";
    case incidents::DayKind::compensatory: return "day_compensatory";
    case incidents::DayKind::swapped_off: return "day_swapped_off";
    case incidents::DayKind::makeup_working: return "calendar_make_up";
  }
  return "day_working";
}

Response calendar_page(const PageContext& ctx) {
  const auto& calendar = ctx.services.calendar;
  int year = static_cast<int>(incidents::local_date(ctx.now).year());
  const auto text = ctx.request.query_param("year");
  Data data;
  if (!text.empty()) {
    const bool digits = text.size() == 4 && text.find_first_not_of("0123456789") == std::string::npos;
    const int asked = digits ? std::stoi(text) : 0;
    if (asked < incidents::WorkingCalendar::first_year || asked > incidents::WorkingCalendar::last_year) {
      data.set("error", std::string(ctx.t("calendar_year")) + ": " + text + " (" +
                            std::to_string(incidents::WorkingCalendar::first_year) + "–" +
                            std::to_string(incidents::WorkingCalendar::last_year) + ")");
    } else {
      year = asked;
    }
  }
  data.set("year", std::to_string(year));
  if (year > incidents::WorkingCalendar::first_year) data.set("prev_href", "/calendar?year=" + std::to_string(year - 1));
  if (year < incidents::WorkingCalendar::last_year) data.set("next_href", "/calendar?year=" + std::to_string(year + 1));
  data.set("provisional", calendar.is_provisional(year));
  data.set("source", calendar.year_source(year));
  data.set("calendar_kind", std::string(ctx.t(calendar.kind() == incidents::CalendarKind::state ? "calendar_state" : "calendar_enterprise")));
  Data days = list();
  for (const auto& day : calendar.special_days(year)) {
    Data row;
    row.set("date", date_text(day.date));
    row.set("iso", std::to_string(static_cast<int>(day.date.year())) + "-" +
                       (static_cast<unsigned>(day.date.month()) < 10 ? "0" : "") + std::to_string(static_cast<unsigned>(day.date.month())) + "-" +
                       (static_cast<unsigned>(day.date.day()) < 10 ? "0" : "") + std::to_string(static_cast<unsigned>(day.date.day())));
    row.set("kind", std::string(ctx.t(day_kind_key(day.kind))));
    row.set("name", day.name);
    row.set("working", day.working);
    row.set("source", day.source);
    days.push_back(row);
  }
  data.set("has_days", !days.is_empty_list());
  data.set("days", days);
  return render_page(ctx, "calendar.html", "title_calendar", std::move(data), data.get("error") ? 400 : 200);
}

}  // namespace

void add_calendar_routes(Router& router, Auth& auth, WebServices& services) {
  router.get("/calendar", guarded(auth, services, {}, calendar_page));
}

}  // namespace camtrack::web::pages
