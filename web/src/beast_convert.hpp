// Conversions between Beast messages and web::Request/Response (private to web/src).
#pragma once

#include <boost/beast/http.hpp>

#include <string>

#include "web/http.hpp"

namespace camtrack::web::detail {

inline Request from_beast(const boost::beast::http::request<boost::beast::http::string_body>& in,
                          std::string remote_address, bool secure) {
  Request out;
  out.method = std::string(in.method_string());
  out.target = std::string(in.target());
  for (const auto& field : in) out.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
  out.body = in.body();
  out.remote_address = std::move(remote_address);
  out.secure = secure;
  return out;
}

inline boost::beast::http::response<boost::beast::http::string_body> to_beast(const Response& in, unsigned version,
                                                                            bool keep_alive, bool head) {
  namespace http = boost::beast::http;
  http::response<http::string_body> out{static_cast<http::status>(in.status), version};
  out.set(http::field::server, "camtrack");
  for (const auto& [name, value] : in.headers) out.insert(name, value);
  out.keep_alive(keep_alive);
  if (head) {
    out.content_length(in.body.size());
  } else {
    out.body() = in.body;
    out.prepare_payload();
  }
  return out;
}

}  // namespace camtrack::web::detail
