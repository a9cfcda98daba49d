// Validation of a loaded configuration: every rule adds an error naming its key; none stops the others.
#pragma once

#include <vector>

#include "config/load_config.hpp"

namespace camtrack::app {

void validate_config(const Config& config, std::vector<ConfigError>& errors);

// Splits "host:port" (IPv4, name, or [IPv6]); false when malformed or the port is not 1-65535 (0 allowed
// when allow_zero, for tests).
bool split_listen_address(const std::string& text, std::string& host, unsigned short& port, bool allow_zero = false);

// A bare address such as xnk@example.vn (no name, no brackets, no spaces).
bool looks_like_email(const std::string& text);

}  // namespace camtrack::app
