// Shared pieces of the API handlers: input errors as exceptions caught at the handler's edge (so a
// handler reads fields top to bottom and any bad one ends it with 4xx naming the field), JSON body
// parsing with a size limit, typed field readers, refusal → HTTP status, and roles per domain command.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "incidents/incident.hpp"
#include "incidents/outcome.hpp"
#include "incidents/permissions.hpp"
#include "incidents/vehicle_log.hpp"
#include "web/auth.hpp"
#include "web/http.hpp"

namespace camtrack::web::api {

using nlohmann::json;

// A problem with the request: becomes json_error(status, message, field).
class ApiError : public std::runtime_error {
 public:
  ApiError(int status, std::string message, std::string field = {})
      : std::runtime_error(std::move(message)), status_(status), field_(std::move(field)) {}
  int status() const { return status_; }
  const std::string& field() const { return field_; }

 private:
  int status_;
  std::string field_;
};

// Wraps a session handler so an ApiError becomes its JSON error response.
SessionHandler guarded(SessionHandler handler);

// The domain's actor for a session (the username stays owned by the session).
inline incidents::Actor actor_of(const incidents::Session& s) { return {s.username, s.role}; }

// The roles allowed to run a command (incidents/permissions.hpp).
std::vector<incidents::Role> roles_for(incidents::Command command);

// forbidden 403, not_found 404, invalid_transition/conflict 409, out_of_scope 422, invalid_input 400.
Response refusal_response(const incidents::Refusal& refusal, std::string_view field = {});
[[noreturn]] void throw_refusal(const incidents::Refusal& refusal, std::string_view field = {});
// The value of an outcome, or throws the refusal as an ApiError with the matching status.
template <typename T>
T take(incidents::Outcome<T> outcome, std::string_view field = {}) {
  if (!outcome.ok()) throw_refusal(outcome.refusal(), field);
  return std::move(outcome).value();
}

// Field problems found by a domain rule (inventory_rules.hpp...): 400 naming the first field.
void check_fields(const std::vector<incidents::FieldError>& errors);

// The body as a JSON object: Content-Type application/json, at most max_api_json_bytes, well-formed;
// an empty body is an empty object (its required fields are then reported missing).
json json_body(const Request& request);
// A path parameter that must be a positive integer id.
std::int64_t id_param(const Request& request, std::string_view name = "id");

// Field readers: a missing required field, a wrong type or an out-of-range value throws 400 naming it.
std::string required_string(const json& body, const std::string& field, std::size_t max_length = 1000);
std::optional<std::string> optional_string(const json& body, const std::string& field, std::size_t max_length = 1000);
std::optional<std::int64_t> optional_int(const json& body, const std::string& field, std::int64_t min,
                                         std::int64_t max);
std::optional<bool> optional_bool(const json& body, const std::string& field);
std::optional<incidents::Instant> optional_instant(const json& body, const std::string& field);
std::optional<incidents::Date> optional_date(const json& body, const std::string& field);
std::vector<std::string> string_list(const json& body, const std::string& field, std::size_t max_items = 100);

// Query parameters: absent → nullopt; malformed → 400 naming the parameter.
std::optional<std::int64_t> query_int(const Request& request, const std::string& name, std::int64_t min,
                                      std::int64_t max);
std::optional<bool> query_bool(const Request& request, const std::string& name);
// An RFC 3339 instant, or a date YYYY-MM-DD meaning 00:00 Vietnam time of that day.
std::optional<incidents::Instant> query_instant(const Request& request, const std::string& name);

}  // namespace camtrack::web::api
