// Text helpers for what devices send: xsd:dateTime and xsd:duration values, URIs still carrying XML
// escapes (`&amp;`), host:port rewriting, UTF-8 validation. Pure functions.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace camtrack::onvif {

// "2018-02-27T18:36:53Z", "...53.123Z", "...53+07:00", "...53" (taken as UTC). nullopt when unreadable.
std::optional<std::chrono::sys_seconds> parse_xsd_datetime(std::string_view text);
std::string format_rfc3339(std::chrono::sys_seconds t);  // "YYYY-MM-DDTHH:MM:SSZ"
// RFC 7231 HTTP date, "Sun, 06 Nov 1994 08:49:37 GMT". nullopt when unreadable.
std::optional<std::chrono::sys_seconds> parse_http_date(std::string_view text);
// "P30D", "PT1H", "P1Y2M3DT4H5M6.5S" (a year counts 365 days, a month 30). nullopt when unreadable.
std::optional<std::chrono::seconds> parse_xsd_duration(std::string_view text);

// Decodes the five XML entities and numeric character references left in a URI (`&amp;` -> `&`),
// repeatedly, for devices that escape twice.
std::string unescape_xml_entities(std::string_view text);

struct UrlParts {
  std::string scheme, userinfo, host, port, path;  // path includes query; host without brackets
};
std::optional<UrlParts> parse_url(std::string_view url);
// Replaces scheme://[userinfo@]host[:port] by scheme://[userinfo@]authority, keeping the rest.
std::string replace_authority(std::string_view url, std::string_view authority);

// Rewrites every http://, https:// and rtsp:// URL host in a text: http(s) to http_authority (scheme
// becomes http), rtsp to rtsp_authority. Used to point captured answers at local test servers.
std::string rewrite_url_hosts(std::string_view text, std::string_view http_authority,
                              std::string_view rtsp_authority);

bool is_valid_utf8(std::string_view text);

}  // namespace camtrack::onvif
