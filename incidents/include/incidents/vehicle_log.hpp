// The gate vehicle log (REGULATION.md §3, point 4): kept while an incident affects a gate camera.
// Validation of Vietnamese plate numbers and ISO 6346 container numbers, one clear message per bad field.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "incidents/calendar/legal_clock.hpp"

namespace camtrack::incidents {

enum class Direction { in, out };

constexpr std::string_view direction_name(Direction d) { return d == Direction::in ? "in" : "out"; }
constexpr std::optional<Direction> parse_direction(std::string_view s) {
  if (s == "in") return Direction::in;
  if (s == "out") return Direction::out;
  return std::nullopt;
}

// A value that validated, in canonical form, or the problem with it.
struct Checked {
  std::optional<std::string> value;  // canonical form when valid
  std::string problem;               // when invalid: names the field and what is wrong
};

// Vietnamese plates: province code (2 digits) + series (1-2 letters, optionally a digit) + number of
// 4 or 5 digits. Spaces, case and separators are normalised: "51c 12345" → "51C-123.45",
// "29h1-23456" → "29H1-234.56", "30a-1234" → "30A-1234".
Checked check_plate(std::string_view text);

// ISO 6346: owner code (3 letters) + category (U, J or Z) + 6-digit serial + check digit.
// "csqu 305438 3" → "CSQU3054383".
Checked check_container(std::string_view text);
// The check digit for the first 10 characters (owner, category, serial), or -1 if they are malformed.
int container_check_digit(std::string_view first_ten);

struct VehicleEntryInput {
  std::string gate_camera;           // code of the gate camera whose incident requires the log
  std::string plate;
  std::string container;             // empty: none
  std::string direction;             // "in" or "out"
  Instant at{};
};

struct VehicleEntry {
  std::int64_t id = 0;
  std::int64_t incident_id = 0;
  std::string gate_camera;
  std::string plate;                   // canonical
  std::optional<std::string> container;  // canonical
  Direction direction = Direction::in;
  Instant at{};
  std::string guard;                   // who wrote the entry
  Instant recorded_at{};
};

struct FieldError {
  std::string field;
  std::string problem;
};

// Validates and normalises one entry; the errors list every bad field. `now` rejects future times.
struct CheckedEntry {
  std::optional<VehicleEntry> entry;  // without ids, incident or guard
  std::vector<FieldError> errors;
};
CheckedEntry check_vehicle_entry(const VehicleEntryInput& input, Instant now);

// "plate: ...; container: ..." for a refusal.
std::string describe(const std::vector<FieldError>& errors);

// CSV export (header + one line per entry, times in RFC 3339 UTC).
std::string vehicle_log_csv(const std::vector<VehicleEntry>& entries);

}  // namespace camtrack::incidents
