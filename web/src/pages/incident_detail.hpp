// The incident detail page, shared by GET /incidents/{id} and the action forms that show it again
// with a refusal and the user's input kept.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "pages/view.hpp"

namespace camtrack::web::pages {

// A form shown again after a refusal: which action, the reason, the fields as the user sent them.
struct FormState {
  std::string action;  // assign, note, explain, restore, close, reopen, approve_notice
  std::string error;
  std::map<std::string, std::string> values;
};

Response incident_page(const PageContext& ctx, std::int64_t id, const FormState& form = {}, int status = 200);

// The id of /incidents/{id}, or nullopt when it is not a positive number.
std::optional<std::int64_t> incident_id_param(const Request& request);

}  // namespace camtrack::web::pages
