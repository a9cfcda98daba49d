// Handler edge, body parsing, field readers and refusal mapping (see api_support.hpp).
#include "api_support.hpp"

#include <charconv>

#include "incidents/csv.hpp"
#include "incidents/time_text.hpp"
#include "web/api.hpp"

namespace camtrack::web::api {
namespace {

std::optional<std::int64_t> parse_int(std::string_view text) {
  std::int64_t value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end) return std::nullopt;
  return value;
}

const json* find_field(const json& body, const std::string& field) {
  const auto it = body.find(field);
  if (it == body.end() || it->is_null()) return nullptr;
  return &*it;
}

std::string checked_text(const json& value, const std::string& field, std::size_t max_length) {
  if (!value.is_string()) throw ApiError(400, "'" + field + "' must be a string", field);
  auto text = value.get<std::string>();
  if (!incidents::is_valid_utf8(text)) throw ApiError(400, "'" + field + "' is not valid UTF-8", field);
  if (text.size() > max_length)
    throw ApiError(400, "'" + field + "' is longer than " + std::to_string(max_length) + " bytes", field);
  return text;
}

}  // namespace

SessionHandler guarded(SessionHandler handler) {
  return [handler = std::move(handler)](const Request& request, const incidents::Session& session) {
    try {
      return handler(request, session);
    } catch (const ApiError& e) {
      return json_error(e.status(), e.what(), e.field());
    }
  };
}

std::vector<incidents::Role> roles_for(incidents::Command command) {
  std::vector<incidents::Role> roles;
  for (auto role : {incidents::Role::admin, incidents::Role::officer, incidents::Role::technician,
                    incidents::Role::guard, incidents::Role::liaison}) {
    if (incidents::may(role, command)) roles.push_back(role);
  }
  return roles;
}

int refusal_status(incidents::RefusalCode code) {
  switch (code) {
    case incidents::RefusalCode::forbidden: return 403;
    case incidents::RefusalCode::not_found: return 404;
    case incidents::RefusalCode::invalid_transition: return 409;
    case incidents::RefusalCode::conflict: return 409;
    case incidents::RefusalCode::out_of_scope: return 422;
    case incidents::RefusalCode::invalid_input: return 400;
  }
  return 400;
}

Response refusal_response(const incidents::Refusal& refusal, std::string_view field) {
  auto response = json_error(refusal_status(refusal.code), refusal.reason, field);
  return response;
}

void throw_refusal(const incidents::Refusal& refusal, std::string_view field) {
  throw ApiError(refusal_status(refusal.code), refusal.reason, std::string(field));
}

void check_fields(const std::vector<incidents::FieldError>& errors) {
  if (!errors.empty()) throw ApiError(400, incidents::describe(errors), errors.front().field);
}

json json_body(const Request& request) {
  if (request.body.size() > max_api_json_bytes)
    throw ApiError(413, "the body is larger than " + std::to_string(max_api_json_bytes) + " bytes", "body");
  if (request.body.empty()) return json::object();  // an action without fields
  const auto type = request.header("Content-Type");
  if (type.substr(0, type.find(';')) != "application/json")
    throw ApiError(415, "the body must be JSON (Content-Type: application/json)", "Content-Type");
  auto body = json::parse(request.body, nullptr, false);
  if (body.is_discarded()) throw ApiError(400, "the body is not valid JSON", "body");
  if (!body.is_object()) throw ApiError(400, "the body must be a JSON object", "body");
  return body;
}

std::int64_t id_param(const Request& request, std::string_view name) {
  const auto value = parse_int(request.param(name));
  if (!value || *value < 1)
    throw ApiError(400, "'" + std::string(name) + "' must be a positive integer", std::string(name));
  return *value;
}

std::string required_string(const json& body, const std::string& field, std::size_t max_length) {
  const json* value = find_field(body, field);
  if (value == nullptr) throw ApiError(400, "'" + field + "' is required", field);
  auto text = checked_text(*value, field, max_length);
  if (text.find_first_not_of(" \t\r\n") == std::string::npos)
    throw ApiError(400, "'" + field + "' must not be empty", field);
  return text;
}

std::optional<std::string> optional_string(const json& body, const std::string& field, std::size_t max_length) {
  const json* value = find_field(body, field);
  if (value == nullptr) return std::nullopt;
  return checked_text(*value, field, max_length);
}

std::optional<std::int64_t> optional_int(const json& body, const std::string& field, std::int64_t min,
                                         std::int64_t max) {
  const json* value = find_field(body, field);
  if (value == nullptr) return std::nullopt;
  if (!value->is_number_integer()) throw ApiError(400, "'" + field + "' must be an integer", field);
  const auto number = value->get<std::int64_t>();
  if (number < min || number > max || (value->is_number_unsigned() && number < 0))
    throw ApiError(400, "'" + field + "' must be between " + std::to_string(min) + " and " + std::to_string(max),
                   field);
  return number;
}

std::optional<bool> optional_bool(const json& body, const std::string& field) {
  const json* value = find_field(body, field);
  if (value == nullptr) return std::nullopt;
  if (!value->is_boolean()) throw ApiError(400, "'" + field + "' must be true or false", field);
  return value->get<bool>();
}

std::optional<incidents::Instant> optional_instant(const json& body, const std::string& field) {
  const auto text = optional_string(body, field, 64);
  if (!text) return std::nullopt;
  const auto at = incidents::parse_instant(*text);
  if (!at) throw ApiError(400, "'" + field + "' must be an RFC 3339 time such as 2026-03-06T17:00:00Z", field);
  return at;
}

std::optional<incidents::Date> optional_date(const json& body, const std::string& field) {
  const auto text = optional_string(body, field, 64);
  if (!text) return std::nullopt;
  const auto date = incidents::parse_date(*text);
  if (!date) throw ApiError(400, "'" + field + "' must be a date YYYY-MM-DD", field);
  return date;
}

std::vector<std::string> string_list(const json& body, const std::string& field, std::size_t max_items) {
  const json* value = find_field(body, field);
  if (value == nullptr) return {};
  if (!value->is_array() || value->size() > max_items)
    throw ApiError(400, "'" + field + "' must be a list of at most " + std::to_string(max_items) + " strings",
                   field);
  std::vector<std::string> out;
  for (const auto& item : *value) out.push_back(checked_text(item, field, 1000));
  return out;
}

std::optional<std::int64_t> query_int(const Request& request, const std::string& name, std::int64_t min,
                                      std::int64_t max) {
  const auto text = request.query_param(name);
  if (text.empty()) return std::nullopt;
  const auto value = parse_int(text);
  if (!value || *value < min || *value > max)
    throw ApiError(400, "'" + name + "' must be an integer between " + std::to_string(min) + " and " +
                            std::to_string(max),
                   name);
  return value;
}

std::optional<bool> query_bool(const Request& request, const std::string& name) {
  const auto text = request.query_param(name);
  if (text.empty()) return std::nullopt;
  if (text == "true" || text == "1") return true;
  if (text == "false" || text == "0") return false;
  throw ApiError(400, "'" + name + "' must be true or false", name);
}

std::optional<incidents::Instant> query_instant(const Request& request, const std::string& name) {
  const auto text = request.query_param(name);
  if (text.empty()) return std::nullopt;
  if (const auto at = incidents::parse_instant(text)) return at;
  if (const auto date = incidents::parse_date(text); date && text.size() == 10)
    return incidents::Instant{std::chrono::sys_days{*date}} - incidents::vietnam_utc_offset;
  throw ApiError(400, "'" + name + "' must be a date YYYY-MM-DD or an RFC 3339 time", name);
}

}  // namespace camtrack::web::api
