// GET /audit: the audit log, newest first, 50 a page, with the result of verifying its hash chain.
#include "pages/guard.hpp"
#include "pages/routes.hpp"

namespace camtrack::web::pages {
namespace {

using incidents::Role;
constexpr int page_size = 50;

Response audit_page(const PageContext& ctx) {
  Data data;
  std::int64_t before = 0;
  const auto text = ctx.request.query_param("before");
  if (!text.empty()) {
    if (text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) {
      return error_page(ctx.request, ctx.lang, 400, "refusal_invalid_input", "before: " + text);
    }
    before = std::stoll(text);
  }
  const auto check = ctx.services.audit.verify();
  data.set("intact", check.intact);
  data.set("rows", std::to_string(check.rows));
  data.set("problem", check.problem);
  Data entries = list();
  const auto list_entries = ctx.services.audit.list(before, page_size);
  for (const auto& e : list_entries) {
    Data row;
    row.set("id", std::to_string(e.id));
    row.set("at", e.at);
    row.set("actor", e.actor);
    row.set("action", e.action);
    row.set("subject", e.subject);
    row.set("detail", e.detail);
    entries.push_back(row);
  }
  data.set("entries", entries);
  if (static_cast<int>(list_entries.size()) == page_size) {
    data.set("older_href", "/audit?before=" + std::to_string(list_entries.back().id));
  }
  return render_page(ctx, "audit.html", "title_audit", std::move(data));
}

}  // namespace

void add_audit_routes(Router& router, Auth& auth, WebServices& services) {
  router.get("/audit", guarded(auth, services, {Role::admin, Role::officer, Role::liaison}, audit_page));
}

}  // namespace camtrack::web::pages
