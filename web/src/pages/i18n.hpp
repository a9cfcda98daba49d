// The pages' languages and their one message catalog (messages.cpp): Vietnamese by default, English
// with ?lang=en, the choice kept in the camtrack_lang cookie.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "web/http.hpp"

namespace camtrack::web::pages {

enum class Lang { vi, en };

inline constexpr std::string_view lang_cookie_name = "camtrack_lang";

constexpr std::string_view lang_code(Lang lang) { return lang == Lang::vi ? "vi" : "en"; }
std::optional<Lang> parse_lang(std::string_view code);
// ?lang= when valid, else the cookie, else Vietnamese.
Lang request_lang(const Request& request);
// The Set-Cookie value remembering the language when the request chose one with ?lang=, else empty.
std::string lang_cookie(const Request& request);

// The text of a message in a language; the key itself when the catalog lacks it (a visible bug).
std::string_view tr(Lang lang, std::string_view key);
// Every message of the catalog, for the templates' {{t.key}}.
void for_each_message(Lang lang, const std::function<void(std::string_view key, std::string_view text)>& f);
// True when the catalog has the key (tests check every key exists in both languages).
bool has_message(std::string_view key);

}  // namespace camtrack::web::pages
