// Deadline computation throughput on the shipped state calendar: N in {3, 10}, start dates spread over
// 2024-2035 at every hour of the day. items_per_second is deadlines per second on one core.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "incidents/calendar/deadline.hpp"
#include "incidents/calendar/working_calendar.hpp"

namespace {

using namespace camtrack::incidents;

const WorkingCalendar& calendar() {
  static const WorkingCalendar c = [] {
    std::ifstream in(std::string(CAMTRACK_SOURCE_DIR) + "/data/calendar/vn-state.toml", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return calendar_from_toml(text.str(), CalendarKind::state);
  }();
  return c;
}

std::vector<Instant> starts() {
  const auto first = std::chrono::sys_days{Date{std::chrono::year{2024}, std::chrono::January, std::chrono::day{1}}};
  const auto last = std::chrono::sys_days{Date{std::chrono::year{2035}, std::chrono::December, std::chrono::day{1}}};
  std::vector<Instant> out;
  int hour = 0;
  for (auto d = first; d < last; d += std::chrono::days{1}) {
    out.push_back(Instant{d} + std::chrono::hours{hour});
    hour = (hour + 7) % 24;
  }
  return out;
}

void BM_ComputeDeadline(benchmark::State& state) {
  const WorkingCalendar& c = calendar();
  const auto from = starts();
  const int n = static_cast<int>(state.range(0));
  size_t i = 0;
  for (auto _ : state) {
    Deadline d = compute_deadline(c, from[i], n);
    benchmark::DoNotOptimize(d);
    i = i + 1 == from.size() ? 0 : i + 1;
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_ComputeDeadline)->Arg(3)->Arg(10);

// The date alone (no explanation), for callers that only need the deadline.
void BM_NthWorkingDay(benchmark::State& state) {
  const WorkingCalendar& c = calendar();
  const auto from = starts();
  const int n = static_cast<int>(state.range(0));
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(c.nth_working_day_after(local_date(from[i]), n));
    i = i + 1 == from.size() ? 0 : i + 1;
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_NthWorkingDay)->Arg(3)->Arg(10);

}  // namespace

BENCHMARK_MAIN();
