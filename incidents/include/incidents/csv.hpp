// CSV (RFC 4180) reading and writing for bulk inventory and the vehicle log: comma separated, fields
// optionally quoted with '"' ('""' inside quotes is one quote, quoted fields may span lines), CRLF or LF,
// UTF-8 (a leading byte-order mark is ignored). Pure.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace camtrack::incidents {

struct CsvRecord {
  int line = 0;                     // 1-based line where the record starts
  std::vector<std::string> fields;
};

struct CsvError {
  int line = 0;
  std::string problem;
};

struct CsvDocument {
  std::vector<CsvRecord> records;   // blank lines are skipped
  std::optional<CsvError> error;    // the first syntax error (records stop before it)
};

CsvDocument parse_csv(std::string_view text);
// True when text is valid UTF-8.
bool is_valid_utf8(std::string_view text);

// Quotes a field when it needs it (comma, quote, CR or LF, leading/trailing space).
std::string csv_field(std::string_view value);
// One line: fields joined by commas, ending with "\r\n" (RFC 4180).
std::string csv_line(const std::vector<std::string>& fields);

}  // namespace camtrack::incidents
