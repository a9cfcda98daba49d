// Process exit codes shared by every subcommand (sysexits-style where one fits).
#pragma once

namespace camtrack::app::exit_code {

inline constexpr int ok = 0;
inline constexpr int failure = 1;       // the work failed (I/O error, peer refused, check failed)
inline constexpr int unreachable = 2;   // probe: the device did not answer
inline constexpr int usage = 64;        // bad command line
inline constexpr int data_error = 65;   // bad input file (CSV, calendar data) or tampered data
inline constexpr int no_input = 66;     // an input file cannot be read
inline constexpr int config = 78;       // invalid configuration

}  // namespace camtrack::app::exit_code
