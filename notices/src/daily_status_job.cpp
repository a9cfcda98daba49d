#include "notices/daily_status_job.hpp"

namespace camtrack::notices {
namespace {

std::optional<Date> last_sent(incidents::Outbox& outbox) {
  const auto text = outbox.last_daily_status_date();
  return text ? parse_iso_date(*text) : std::nullopt;
}

}  // namespace

std::optional<Date> run_daily_status(const DailyStatusJob& job, incidents::Outbox& outbox, std::chrono::sys_seconds now) {
  const auto due = daily_status_due(now, last_sent(outbox), job.schedule, job.is_working_day);
  if (!due) return std::nullopt;
  DailyStatus status;
  status.date = *due;
  status.open_incidents = job.open_incidents();
  outbox.enqueue(daily_status_message(job.renderer, job.site, status, job.settings, now));
  return due;
}

std::optional<std::chrono::sys_seconds> next_daily_status_run(const DailyStatusJob& job, incidents::Outbox& outbox,
                                                              std::chrono::sys_seconds now) {
  return next_daily_status(now, last_sent(outbox), job.schedule, job.is_working_day);
}

}  // namespace camtrack::notices
