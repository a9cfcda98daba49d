// GET/POST /site: the enterprise and the customs branch that manages it (the letterhead of notices).
// Everyone reads; admin and officer save.
#include "incidents/permissions.hpp"
#include "pages/format.hpp"
#include "pages/guard.hpp"
#include "pages/routes.hpp"

namespace camtrack::web::pages {
namespace {

using incidents::Role;

struct Field {
  const char* name;
  std::string incidents::Site::*member;
};

const Field fields[] = {
    {"enterprise_name", &incidents::Site::enterprise_name},
    {"tax_code", &incidents::Site::tax_code},
    {"address", &incidents::Site::address},
    {"phone", &incidents::Site::phone},
    {"email", &incidents::Site::email},
    {"contact_person", &incidents::Site::contact_person},
    {"legal_representative", &incidents::Site::legal_representative},
    {"place_name", &incidents::Site::place_name},
    {"customs_unit", &incidents::Site::customs_unit},
    {"addressee_line", &incidents::Site::addressee_line},
};

Response site_page(const PageContext& ctx, const std::optional<incidents::Site>& edited = std::nullopt,
                   const std::string& error = {}, int status = 200) {
  auto stored = ctx.services.inventory.site(ctx.actor());
  const bool known = stored.ok();
  const incidents::Site site = edited ? *edited : known ? *stored : incidents::Site{};
  Data data;
  Data rows = list();
  for (const auto& f : fields) {
    Data row;
    row.set("name", f.name);
    row.set("label", std::string(ctx.t(std::string("site_") + f.name)));
    row.set("value", site.*(f.member));
    rows.push_back(row);
  }
  data.set("fields", rows);
  std::string emails;
  for (const auto& e : site.customs_emails) emails += e + "\n";
  data.set("customs_emails", emails);
  data.set("known", known || edited.has_value());
  data.set("may_edit", incidents::may(ctx.session.role, incidents::Command::edit_inventory));
  if (!error.empty()) data.set("error", error);
  return render_page(ctx, "site.html", "title_site", std::move(data), status);
}

Response post_site(const PageContext& ctx) {
  incidents::Site site;
  for (const auto& f : fields) site.*(f.member) = ctx.request.form_param(f.name);
  const auto emails = ctx.request.form_param("customs_emails");
  std::size_t start = 0;
  while (start < emails.size()) {
    auto end = emails.find('\n', start);
    if (end == std::string::npos) end = emails.size();
    auto line = emails.substr(start, end - start);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    while (!line.empty() && line.front() == ' ') line.erase(0, 1);
    if (!line.empty()) site.customs_emails.push_back(line);
    start = end + 1;
  }
  auto saved = ctx.services.inventory.save_site(ctx.actor(), site, ctx.now);
  if (!saved.ok()) return site_page(ctx, site, refusal_text(ctx.lang, saved.refusal()), 422);
  return see_other("/site?flash=flash_site_saved");
}

}  // namespace

void add_site_routes(Router& router, Auth& auth, WebServices& services) {
  router.get("/site", guarded(auth, services, {}, [](const PageContext& ctx) { return site_page(ctx); }));
  router.post("/site", guarded(auth, services, {Role::admin, Role::officer}, post_site));
}

}  // namespace camtrack::web::pages
