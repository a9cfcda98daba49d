// A site for the notice runtime tests: the configuration pointing at the test SMTP server, cameras in
// the inventory of a real SQLite file, and the real incident store on the shipped calendar.
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>

#include "config/config.hpp"
#include "incidents/calendar/working_calendar.hpp"
#include "smtp_peer.hpp"
#include "store/database.hpp"
#include "store/incident_store.hpp"

namespace camtrack::app::testing {

inline const incidents::Actor officer{"huong", incidents::Role::officer};
inline const incidents::Actor technician{"binh", incidents::Role::technician};
inline const incidents::Actor guard{"tuan", incidents::Role::guard};

// [site], [smtp] (STARTTLS + AUTH to 127.0.0.1:port, trusting `ca_file`) and [notices] for the tests.
Config site_config(const std::filesystem::path& db, int smtp_port, const std::filesystem::path& ca_file,
                   bool auto_send);

// Creates the database with cameras CAM-GATE-01 (gate), CAM-WH-03 (warehouse door), CAM-YARD-01..05.
void create_site(const std::filesystem::path& db);

// The shipped state calendar (loaded once per process).
const incidents::WorkingCalendar& state_calendar();

// The incident store on its own connection, as the monitor and the web use it.
struct Incidents {
  explicit Incidents(const std::filesystem::path& db);
  store::Database db;
  store::IncidentStore commands;  // commands and queries
};

std::chrono::sys_seconds wall_now();

// Polls `done` every 5 ms until it is true or `timeout` passes.
bool eventually(const std::function<bool()>& done, std::chrono::milliseconds timeout);

}  // namespace camtrack::app::testing
