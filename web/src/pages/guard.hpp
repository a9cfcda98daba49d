// The door of every page: a signed-in user whose role is allowed, and on POST the session's CSRF token
// (hidden field csrf_token or the X-CSRF-Token header). No session: 303 to /login?next=<path>; role
// refused or CSRF wrong: a 403 page.
#pragma once

#include <functional>
#include <vector>

#include "pages/view.hpp"
#include "web/auth.hpp"

namespace camtrack::web::pages {

using PageHandler = std::function<Response(const PageContext&)>;

// `roles` empty: every role.
Handler guarded(Auth& auth, WebServices& services, std::vector<incidents::Role> roles, PageHandler handler);

}  // namespace camtrack::web::pages
