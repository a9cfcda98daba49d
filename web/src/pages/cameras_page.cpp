// /cameras: the inventory list; /cameras/edit: one camera's form (admin, officer); /cameras/import:
// CSV pasted into a form, all rows or none.
#include <map>

#include "incidents/camera_csv.hpp"
#include "incidents/permissions.hpp"
#include "pages/format.hpp"
#include "pages/guard.hpp"
#include "pages/routes.hpp"

namespace camtrack::web::pages {
namespace {

using incidents::Role;
const std::vector<Role> editors = {Role::admin, Role::officer};

bool may_edit(const PageContext& ctx) { return incidents::may(ctx.session.role, incidents::Command::edit_inventory); }

Response camera_list(const PageContext& ctx, const std::string& import_error = {}, const std::string& csv = {},
                     int status = 200) {
  Data data;
  Data rows = list();
  if (auto cameras = ctx.services.inventory.cameras(ctx.actor()); cameras.ok()) {
    for (const auto& c : *cameras) {
      Data row;
      row.set("code", c.code);
      row.set("name", c.name);
      row.set("location", location_label(ctx.lang, c.location));
      row.set("address", c.onvif_address);
      row.set("switch", c.switch_name);
      row.set("enabled", c.enabled);
      row.set("edit_href", "/cameras/edit?code=" + url_encode(c.code));
      rows.push_back(row);
    }
  }
  data.set("has_cameras", !rows.is_empty_list());
  data.set("cameras", rows);
  data.set("may_edit", may_edit(ctx));
  if (!import_error.empty()) data.set("import_error", import_error);
  data.set("csv", csv);
  return render_page(ctx, "cameras.html", "title_cameras", std::move(data), status);
}

Data location_options(const PageContext& ctx, incidents::LocationClass chosen) {
  Data out = list();
  for (const auto location : incidents::all_location_classes) {
    Data o;
    o.set("value", std::string(incidents::location_class_name(location)));
    o.set("label", location_label(ctx.lang, location));
    o.set("selected", location == chosen);
    out.push_back(o);
  }
  return out;
}

Response edit_form(const PageContext& ctx, const incidents::Camera& camera, bool is_new, const std::string& error,
                   int status) {
  Data data;
  data.set("code", camera.code);
  data.set("name", camera.name);
  data.set("address", camera.onvif_address);
  data.set("username", camera.username);
  data.set("switch", camera.switch_name);
  data.set("enabled", camera.enabled);
  data.set("has_password", camera.has_password);
  data.set("is_new", is_new);
  data.set("locations", location_options(ctx, camera.location));
  if (!error.empty()) data.set("error", error);
  return render_page(ctx, "camera_edit.html", "title_camera_edit", std::move(data), status);
}

Response get_edit(const PageContext& ctx) {
  const auto code = ctx.request.query_param("code");
  if (code.empty()) return edit_form(ctx, {}, true, {}, 200);
  auto camera = ctx.services.inventory.camera(ctx.actor(), code);
  if (!camera.ok()) return error_page(ctx.request, ctx.lang, 404, "error_not_found");
  return edit_form(ctx, *camera, false, {}, 200);
}

Response post_edit(const PageContext& ctx) {
  const auto& r = ctx.request;
  incidents::Camera camera;
  camera.code = r.form_param("code");
  const bool is_new = r.form_param("is_new") == "1";
  if (!is_new) {
    if (auto stored = ctx.services.inventory.camera(ctx.actor(), camera.code); stored.ok()) camera = *stored;
  }
  camera.name = r.form_param("name");
  camera.onvif_address = r.form_param("onvif_address");
  camera.username = r.form_param("username");
  camera.switch_name = r.form_param("switch");
  camera.enabled = r.form_param("enabled") == "1";
  const auto password = r.form_param("password");
  camera.password = password.empty() ? std::nullopt : std::optional(password);
  const auto location = incidents::parse_location_class(r.form_param("location"));
  if (!location) {
    return edit_form(ctx, camera, is_new, std::string(ctx.t("location")) + ": " + std::string(ctx.t("refusal_invalid_input")), 422);
  }
  camera.location = *location;
  auto saved = ctx.services.inventory.save_camera(ctx.actor(), camera, ctx.now);
  if (!saved.ok()) return edit_form(ctx, camera, is_new, refusal_text(ctx.lang, saved.refusal()), 422);
  return see_other("/cameras?flash=flash_camera_saved");
}

Response post_import(const PageContext& ctx) {
  const auto csv = ctx.request.form_param("csv");
  const auto parsed = incidents::parse_camera_csv(csv);
  if (!parsed.errors.empty()) {
    std::string problems;
    for (const auto& e : parsed.errors) problems += (problems.empty() ? "" : "; ") + incidents::describe(e);
    return camera_list(ctx, std::string(ctx.t("refusal_invalid_input")) + ": " + problems, csv, 422);
  }
  auto imported = ctx.services.inventory.import_cameras(ctx.actor(), parsed.rows, ctx.now);
  if (!imported.ok()) return camera_list(ctx, refusal_text(ctx.lang, imported.refusal()), csv, 422);
  return see_other("/cameras?flash=flash_imported");
}

}  // namespace

void add_camera_routes(Router& router, Auth& auth, WebServices& services) {
  router.get("/cameras", guarded(auth, services, {}, [](const PageContext& ctx) { return camera_list(ctx); }));
  router.get("/cameras/edit", guarded(auth, services, editors, get_edit));
  router.post("/cameras/edit", guarded(auth, services, editors, post_edit));
  router.post("/cameras/import", guarded(auth, services, editors, post_import));
}

}  // namespace camtrack::web::pages
