// Vietnamese plate numbers and ISO 6346 container numbers.
#include <cctype>

#include "incidents/vehicle_log.hpp"

namespace camtrack::incidents {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Upper-cases and drops spaces and the given separators.
std::string squeeze(std::string_view text, std::string_view drop) {
  std::string out;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c)) || drop.find(c) != std::string_view::npos) continue;
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

Checked bad(std::string field, std::string_view text, const std::string& problem) {
  return Checked{std::nullopt, field + ": '" + std::string(text) + "' " + problem};
}

}  // namespace

Checked check_plate(std::string_view text) {
  const std::string s = squeeze(text, "-.");
  const std::string example = " (expected e.g. 51C-123.45, 29H1-234.56, 51LD-012.34 or 30A-1234)";
  if (s.empty()) return Checked{std::nullopt, "plate: required"};
  if (s.size() < 7 || !is_digit(s[0]) || !is_digit(s[1])) {
    return bad("plate", text, "must start with a 2-digit province code" + example);
  }
  const int province = (s[0] - '0') * 10 + (s[1] - '0');
  if (province < 11) return bad("plate", text, "has province code " + s.substr(0, 2) + ", which does not exist");
  std::size_t pos = 2;
  while (pos < s.size() && is_upper(s[pos])) ++pos;
  const std::size_t letters = pos - 2;
  if (letters == 0 || letters > 2) return bad("plate", text, "needs a series of 1 or 2 letters after the province code" + example);
  const std::size_t rest = s.size() - pos;
  // A digit right after a single letter belongs to the series when 5 digits remain after it (29H1-234.56).
  std::string series = s.substr(2, letters);
  if (letters == 1 && rest == 6 && is_digit(s[pos])) {
    series += s[pos];
    ++pos;
  }
  const std::string number = s.substr(pos);
  for (char c : number) {
    if (!is_digit(c)) return bad("plate", text, "has a non-digit in its number" + example);
  }
  if (number.size() != 4 && number.size() != 5) {
    return bad("plate", text, "needs a 4- or 5-digit number after the series" + example);
  }
  const std::string head = s.substr(0, 2) + series + "-";
  if (number.size() == 4) return Checked{head + number, {}};
  return Checked{head + number.substr(0, 3) + "." + number.substr(3), {}};
}

int container_check_digit(std::string_view s) {
  if (s.size() < 10) return -1;
  long sum = 0;
  for (std::size_t i = 0; i < 10; ++i) {
    int value = 0;
    const char c = s[i];
    if (i < 4) {
      if (!is_upper(c)) return -1;
      // A=10, skipping multiples of 11: B=12 ... K=21, L=23 ... U=32, V=34 ... Z=38.
      value = 10 + (c - 'A');
      value += value >= 11 ? 1 : 0;
      value += value >= 22 ? 1 : 0;
      value += value >= 33 ? 1 : 0;
    } else {
      if (!is_digit(c)) return -1;
      value = c - '0';
    }
    sum += static_cast<long>(value) << i;
  }
  return static_cast<int>(sum % 11 % 10);
}

Checked check_container(std::string_view text) {
  const std::string s = squeeze(text, "-./");
  const std::string example = " (expected 4 letters, 6 digits and a check digit, e.g. CSQU3054383)";
  if (s.size() != 11) return bad("container", text, "must have 11 characters" + example);
  for (std::size_t i = 0; i < 4; ++i) {
    if (!is_upper(s[i])) return bad("container", text, "must start with 4 letters" + example);
  }
  if (s[3] != 'U' && s[3] != 'J' && s[3] != 'Z') {
    return bad("container", text, "has category '" + std::string(1, s[3]) + "'; the 4th letter must be U, J or Z");
  }
  for (std::size_t i = 4; i < 11; ++i) {
    if (!is_digit(s[i])) return bad("container", text, "must end with 7 digits" + example);
  }
  const int expected = container_check_digit(s);
  if (expected != s[10] - '0') {
    return bad("container", text, "has check digit " + std::string(1, s[10]) + " but the number gives " +
                                      std::to_string(expected) + " (mistyped?)");
  }
  return Checked{s, {}};
}

}  // namespace camtrack::incidents
