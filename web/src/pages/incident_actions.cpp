// POST /incidents/{id}/{assign|note|explain|restore|close|reopen|approve-notice}: one command each
// (approve-notice: the notices runtime releases the held Appendix II); success → 303
// back with a flash message, refusal → the page again with the reason and the input kept. Also the
// last good snapshot of an affected camera and the PDF of a notice.
#include "incidents/time_text.hpp"
#include "pages/format.hpp"
#include "pages/guard.hpp"
#include "pages/incident_detail.hpp"
#include "pages/routes.hpp"

namespace camtrack::web::pages {
namespace {

using incidents::Done;
using incidents::Outcome;
using incidents::Refusal;
using incidents::RefusalCode;

Refusal missing(const PageContext& ctx, std::string_view field_key) {
  return {RefusalCode::invalid_input, std::string(ctx.t(field_key)) + ": " + std::string(ctx.t("field_required"))};
}

std::optional<incidents::Instant> time_field(const std::string& text, const PageContext& ctx) {
  if (text.empty()) return ctx.now;
  return parse_local_time(text);
}

// An officer or admin releases the incident's Appendix II held for approval.
std::variant<std::string, Refusal> approve_notice(const PageContext& ctx, std::int64_t id, FormState& form) {
  form.action = "approve_notice";
  const auto role = ctx.session.role;
  if (role != incidents::Role::admin && role != incidents::Role::officer) {
    return Refusal{RefusalCode::forbidden, std::string(ctx.t("approve_forbidden"))};
  }
  if (auto detail = ctx.services.queries.incident_detail(ctx.actor(), id, ctx.now); !detail.ok()) return detail.refusal();
  const auto answer = ctx.services.approve_appendix_ii ? ctx.services.approve_appendix_ii(ctx.actor(), id)
                                                       : NoticeApproval::unavailable;
  switch (answer) {
    case NoticeApproval::released: return std::string("flash_notice_approved");
    case NoticeApproval::not_held: return Refusal{RefusalCode::conflict, std::string(ctx.t("approve_not_held"))};
    case NoticeApproval::forbidden: return Refusal{RefusalCode::forbidden, std::string(ctx.t("approve_forbidden"))};
    case NoticeApproval::unavailable: break;
  }
  return Refusal{RefusalCode::conflict, std::string(ctx.t("approve_unavailable"))};
}

// Runs the action's command with the form's fields; the flash key on success.
std::variant<std::string, Refusal> run(const PageContext& ctx, std::int64_t id, const std::string& action,
                                       FormState& form) {
  auto field = [&](const std::string& name) {
    auto value = ctx.request.form_param(name);
    form.values[name] = value;
    return value;
  };
  auto& commands = ctx.services.commands;
  const auto actor = ctx.actor();
  auto done = [](const Outcome<Done>& o, const char* flash) -> std::variant<std::string, Refusal> {
    if (!o.ok()) return o.refusal();
    return std::string(flash);
  };
  if (action == "assign") {
    const auto technician = field("technician");
    if (technician.empty()) return missing(ctx, "technician");
    return done(commands.assign(actor, id, technician, ctx.now), "flash_assigned");
  }
  if (action == "note") {
    const auto text = field("text");
    if (text.empty()) return missing(ctx, "note");
    return done(commands.add_note(actor, id, text, ctx.now), "flash_noted");
  }
  if (action == "explain") {
    const auto reason = field("reason");
    const auto expected_text = field("expected");
    if (reason.empty()) return missing(ctx, "reason");
    if (expected_text.empty()) return missing(ctx, "expected_completion");
    const auto expected = incidents::parse_date(expected_text);
    if (!expected) return Refusal{RefusalCode::invalid_input, std::string(ctx.t("expected_completion")) + ": " + expected_text};
    return done(commands.explain_overdue(actor, id, reason, expected, ctx.now), "flash_explained");
  }
  if (action == "restore" || action == "reopen") {
    const auto when_text = field("at");
    const auto when = time_field(when_text, ctx);
    const char* key = action == "restore" ? "restored" : "returned_at";
    if (!when) return Refusal{RefusalCode::invalid_input, std::string(ctx.t(key)) + ": " + when_text};
    if (action == "restore") return done(commands.mark_restored(actor, id, *when, ctx.now), "flash_restored");
    return done(commands.reopen(actor, id, *when, ctx.now), "flash_reopened");
  }
  if (action == "approve-notice") return approve_notice(ctx, id, form);
  if (action == "close") {
    incidents::RepairReport report;
    report.cause = field("cause");
    report.action = field("repair_action");
    report.parts = field("parts");
    const auto minutes = field("minutes");
    if (report.cause.empty()) return missing(ctx, "repair_cause");
    if (report.action.empty()) return missing(ctx, "repair_action");
    if (!minutes.empty()) {
      if (minutes.size() > 6 || minutes.find_first_not_of("0123456789") != std::string::npos) {
        return Refusal{RefusalCode::invalid_input, std::string(ctx.t("minutes_spent")) + ": " + minutes};
      }
      report.minutes_spent = std::stoi(minutes);
    }
    return done(commands.close(actor, id, report, ctx.now), "flash_closed");
  }
  return Refusal{RefusalCode::not_found, action};
}

Response post_action(const PageContext& ctx) {
  const auto id = incident_id_param(ctx.request);
  const std::string action(ctx.request.param("action"));
  if (!id) return error_page(ctx.request, ctx.lang, 404, "error_not_found");
  FormState form;
  form.action = action;
  auto result = run(ctx, *id, action, form);
  if (auto* flash = std::get_if<std::string>(&result)) {
    return see_other("/incidents/" + std::to_string(*id) + "?flash=" + *flash);
  }
  const auto& refusal = std::get<Refusal>(result);
  if (refusal.code == RefusalCode::not_found && action == refusal.reason) {
    return error_page(ctx.request, ctx.lang, 404, "error_not_found");
  }
  form.error = refusal_text(ctx.lang, refusal);
  const int status = refusal.code == RefusalCode::forbidden ? 403 : refusal.code == RefusalCode::not_found ? 404 : 422;
  return incident_page(ctx, *id, form, status);
}

Response snapshot(const PageContext& ctx) {
  const auto id = incident_id_param(ctx.request);
  const std::string code(ctx.request.param("camera"));
  auto detail = id ? ctx.services.queries.incident_detail(ctx.actor(), *id, ctx.now)
                   : Outcome<incidents::IncidentDetail>(Refusal{RefusalCode::not_found, "id"});
  const bool affected = detail.ok() && std::find(detail->incident.cameras.begin(), detail->incident.cameras.end(),
                                                 code) != detail->incident.cameras.end();
  auto jpeg = affected && ctx.services.snapshot ? ctx.services.snapshot(code) : std::nullopt;
  if (!jpeg) return error_page(ctx.request, ctx.lang, 404, "error_not_found");
  auto response = text_response(200, std::move(*jpeg), "image/jpeg");
  response.set_header("Cache-Control", "private, max-age=60");
  return response;
}

Response notice_pdf(const PageContext& ctx) {
  const std::string text(ctx.request.param("id"));
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) {
    return error_page(ctx.request, ctx.lang, 404, "error_not_found");
  }
  auto pdf = ctx.services.notices.pdf(std::stoll(text));
  if (!pdf) return error_page(ctx.request, ctx.lang, 404, "error_not_found");
  auto response = text_response(200, std::move(*pdf), "application/pdf");
  response.set_header("Content-Disposition", "attachment; filename=\"notice-" + text + ".pdf\"");
  return response;
}

}  // namespace

void add_incident_detail_routes(Router& router, Auth& auth, WebServices& services) {
  router.get("/incidents/{id}", guarded(auth, services, {}, [](const PageContext& ctx) {
    const auto id = incident_id_param(ctx.request);
    if (!id) return error_page(ctx.request, ctx.lang, 404, "error_not_found");
    return incident_page(ctx, *id);
  }));
  router.post("/incidents/{id}/{action}", guarded(auth, services, {}, post_action));
  router.get("/incidents/{id}/snapshot/{camera}", guarded(auth, services, {}, snapshot));
  router.get("/notices/{id}/pdf", guarded(auth, services, {}, notice_pdf));
}

}  // namespace camtrack::web::pages
