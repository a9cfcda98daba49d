// Helpers shared by the account store's sources (private to store/src).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "incidents/accounts.hpp"

namespace camtrack::store::accounts_detail {

// RFC 3339 UTC, e.g. 2026-03-06T17:00:00Z, and back (nullopt when malformed).
std::string rfc3339(incidents::Instant at);
std::optional<incidents::Instant> parse_rfc3339(std::string_view text);
// 32 random bytes as base64url without padding (43 characters).
std::string random_token();
// Hex SHA-256 of the text.
std::string sha256_hex(std::string_view text);
// Constant-time comparison of two strings of possibly different lengths.
bool same_secret(std::string_view a, std::string_view b);
// A JSON string literal, quotes included.
std::string json_string(std::string_view text);

}  // namespace camtrack::store::accounts_detail
