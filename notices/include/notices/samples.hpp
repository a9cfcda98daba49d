// Complete and minimal example inputs: used to check templates at load time (every field present),
// by tests, and by the demo's preview.
#pragma once

#include "notices/notice_data.hpp"

namespace camtrack::notices {

SiteInfo sample_site();
NoticeData sample_notice();           // every optional field filled, a gate camera affected
NoticeData minimal_notice();          // only what is always known: cause, remedy, dates left blank
DailyStatus sample_daily_status();    // two open incidents, one overdue
AlertData sample_alert();

}  // namespace camtrack::notices
