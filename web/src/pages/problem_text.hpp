// The monitor's fault reasons ("no_response", "video_loss", ... as web::CameraHealth::problem carries
// them, "(unconfirmed)" appended while a fault is not yet confirmed) written for people in the page
// language. An unknown code is shown as it is.
#pragma once

#include <string>

#include "pages/i18n.hpp"

namespace camtrack::web::pages {

std::string problem_text(Lang lang, const std::string& problem);

}  // namespace camtrack::web::pages
