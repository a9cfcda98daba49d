// The message catalog: every key the pages use exists, in both languages.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "../../../web/src/pages/embedded.hpp"
#include "../../../web/src/pages/i18n.hpp"

namespace camtrack::web::pages {
namespace {

TEST(MessageCatalog, EveryMessageHasBothLanguages) {
  int count = 0;
  for_each_message(Lang::vi, [&](std::string_view key, std::string_view vi) {
    ++count;
    EXPECT_FALSE(vi.empty()) << key;
    EXPECT_FALSE(tr(Lang::en, key).empty()) << key;
    EXPECT_TRUE(has_message(key));
  });
  EXPECT_GT(count, 100);
  EXPECT_FALSE(has_message("no_such_key"));
  EXPECT_EQ(tr(Lang::vi, "no_such_key"), "no_such_key");
}

TEST(MessageCatalog, VietnameseTextCarriesItsDiacritics) {
  EXPECT_EQ(tr(Lang::vi, "nav_incidents"), "Sự cố");
  EXPECT_EQ(tr(Lang::en, "nav_incidents"), "Incidents");
}

TEST(MessageCatalog, EveryKeyATemplateUsesExists) {
  const std::regex key(R"(\{\{t\.([a-z0-9_]+)\}\})");
  for (const char* name : {"layout.html", "error.html", "login.html", "dashboard.html", "incidents.html", "incident.html",
                           "gate.html", "cameras.html", "camera_edit.html", "site.html", "calendar.html", "users.html",
                           "audit.html"}) {
    const std::string text(embedded_file(name));
    ASSERT_FALSE(text.empty()) << name;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), key); it != std::sregex_iterator(); ++it) {
      EXPECT_TRUE(has_message((*it)[1].str())) << name << ": " << (*it)[1].str();
    }
  }
}

}  // namespace
}  // namespace camtrack::web::pages
