// How pages write an incident's timeline events and the domain's refusal reasons in the page language:
// each known event action / refusal is rewritten from the message catalog with its details (who,
// cameras, times in Vietnam time); anything not recognised keeps the domain's stored English text.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "incidents/incident.hpp"
#include "incidents/outcome.hpp"
#include "pages/i18n.hpp"

namespace camtrack::web::pages {

// The catalog message `key` with {1}, {2}... replaced by `args` in order.
std::string fill_message(Lang lang, std::string_view key, std::initializer_list<std::string> args);

// One timeline line: "Mở sự cố thiết bị (recorder:NVR-01), hạn khắc phục hết ngày 08/12/2026; camera: ..."
// — the stored summary when the action or its text is not recognised.
std::string event_text(Lang lang, const incidents::IncidentEvent& event);

// The refusal's reason in Vietnamese when it is a common one (role, state, repair report, overdue
// explanation too early, unknown camera, plate format); nullopt otherwise (and for English pages).
std::optional<std::string> refusal_reason_text(Lang lang, const incidents::Refusal& refusal);

// A field problem from the vehicle-log checks (plate, container: "'AB' must start ..."), in the page language.
std::string field_problem_text(Lang lang, std::string_view field, const std::string& problem);

}  // namespace camtrack::web::pages
