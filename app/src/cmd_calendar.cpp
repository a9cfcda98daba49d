// `camtrack calendar deadline|year`: legal-clock deadlines and a year's working-day calendar
// (state or enterprise), as text (Vietnamese or English), JSON or iCalendar.
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>

#include "calendar_format.hpp"
#include "calendar_load.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "paths.hpp"

namespace camtrack::app {
namespace {

using incidents::CalendarKind;
using incidents::Instant;

struct CalendarOptions {
  std::string from;
  int working_days = 0;
  int year = 0;
  std::string calendar = "state";
  std::string lang = "vi";
  std::string calendar_file;
  bool json = false;
  bool ics = false;
};

bool digits(const std::string& s, size_t pos, size_t count) {
  for (size_t i = pos; i < pos + count; ++i)
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
  return true;
}

int number(const std::string& s, size_t pos, size_t count) { return std::stoi(s.substr(pos, count)); }

// YYYY-MM-DD or YYYY-MM-DDTHH:MM, Vietnam local time.
std::optional<Instant> parse_from(const std::string& s) {
  const bool date_only = s.size() == 10;
  if (!(date_only || s.size() == 16) || !digits(s, 0, 4) || s[4] != '-' || !digits(s, 5, 2) || s[7] != '-' ||
      !digits(s, 8, 2))
    return std::nullopt;
  const incidents::Date d{std::chrono::year{number(s, 0, 4)}, std::chrono::month{static_cast<unsigned>(number(s, 5, 2))},
                          std::chrono::day{static_cast<unsigned>(number(s, 8, 2))}};
  if (!d.ok()) return std::nullopt;
  int hours = 0, minutes = 0;
  if (!date_only) {
    if ((s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2) || s[13] != ':' || !digits(s, 14, 2)) return std::nullopt;
    hours = number(s, 11, 2);
    minutes = number(s, 14, 2);
    if (hours > 23 || minutes > 59) return std::nullopt;
  }
  const std::chrono::sys_seconds local{std::chrono::sys_days{d} + std::chrono::hours{hours} +
                                       std::chrono::minutes{minutes}};
  return local - incidents::vietnam_utc_offset;
}

int fail(int code, const std::string& message) {
  std::cerr << message << "\n";
  return code;
}

CalendarLoad load_for(const CalendarOptions& o) {
  const auto kind = o.calendar == "enterprise" ? CalendarKind::enterprise : CalendarKind::state;
  return load_calendar(kind, shipped_file("data/calendar/vn-state.toml"), o.calendar_file);
}

int run_deadline(const CalendarOptions& o) {
  const auto from = parse_from(o.from);
  if (!from)
    return fail(exit_code::usage, "camtrack: --from: '" + o.from +
                                      "' is not a valid date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM, Vietnam time)");
  if (o.working_days < 1 || o.working_days > incidents::max_working_days)
    return fail(exit_code::usage, "camtrack: --working-days: must be between 1 and " +
                                      std::to_string(incidents::max_working_days) + ", not " +
                                      std::to_string(o.working_days));
  const auto load = load_for(o);
  if (!load.calendar) return fail(load.exit_code, load.error);
  if (!load.calendar->contains(incidents::local_date(*from)))
    return fail(exit_code::usage, "camtrack: --from: must be between 1900-01-01 and 2100-12-31");
  incidents::Deadline deadline;
  try {
    deadline = incidents::compute_deadline(*load.calendar, *from, o.working_days);
  } catch (const std::out_of_range&) {
    return fail(exit_code::usage, "camtrack: --working-days: the deadline would fall after 2100-12-31");
  }
  const Lang lang = o.lang == "en" ? Lang::en : Lang::vi;
  if (o.json) std::cout << deadline_json(deadline).dump(2) << "\n";
  else std::cout << deadline_text(*load.calendar, deadline, lang);
  return exit_code::ok;
}

int run_year(const CalendarOptions& o) {
  if (o.year < incidents::calendar_first_year || o.year > incidents::calendar_last_year)
    return fail(exit_code::usage, "camtrack: --year: must be between 1900 and 2100, not " + std::to_string(o.year));
  const auto load = load_for(o);
  if (!load.calendar) return fail(load.exit_code, load.error);
  if (o.ics) {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    std::cout << year_ics(*load.calendar, o.year, now);
  } else if (o.json) {
    std::cout << year_json(*load.calendar, o.year).dump(2) << "\n";
  } else {
    std::cout << year_text(*load.calendar, o.year, o.lang == "en" ? Lang::en : Lang::vi);
  }
  return exit_code::ok;
}

void add_common_options(CLI::App* cmd, CalendarOptions& o) {
  cmd->add_option("--calendar", o.calendar, "Calendar: state (civil service, default) or enterprise")
      ->check(CLI::IsMember({"state", "enterprise"}));
  cmd->add_option("--calendar-file", o.calendar_file, "Site calendar file applied on top of the shipped data");
  cmd->add_option("--lang", o.lang, "Language of the text output: vi (default) or en")
      ->check(CLI::IsMember({"vi", "en"}));
}

// Runs `body`, turning any escaped exception into one line and a failure code (never a crash).
void guarded(CommandResult& result, int (*body)(const CalendarOptions&), const CalendarOptions& o) {
  try {
    result.exit_code = body(o);
  } catch (const std::exception& e) {
    result.exit_code = fail(exit_code::failure, std::string("camtrack: calendar: ") + e.what());
  }
}

}  // namespace

void add_calendar_command(CLI::App& root, CommandResult& result) {
  auto options = std::make_shared<CalendarOptions>();
  auto* cmd = root.add_subcommand("calendar", "Working-day calendar and legal-clock deadlines (Vietnam)");
  cmd->require_subcommand(1);

  auto* deadline = cmd->add_subcommand("deadline", "Deadline of N working days after an event (Civil Code Art. 147/148)");
  deadline->add_option("--from", options->from, "Event (detection) time: YYYY-MM-DD[THH:MM], Vietnam time")->required();
  deadline->add_option("--working-days", options->working_days, "Number of working days (3 link, 10 equipment)")->required();
  deadline->add_flag("--json", options->json, "Print JSON");
  add_common_options(deadline, *options);
  deadline->callback([options, &result] { guarded(result, run_deadline, *options); });

  auto* year = cmd->add_subcommand("year", "A year's days off and make-up working days");
  year->add_option("--year", options->year, "Year (1900-2100)")->required();
  auto* json = year->add_flag("--json", options->json, "Print JSON");
  year->add_flag("--ics", options->ics, "Print an iCalendar (RFC 5545) of the year's days off")->excludes(json);
  add_common_options(year, *options);
  year->callback([options, &result] { guarded(result, run_year, *options); });
}

}  // namespace camtrack::app
