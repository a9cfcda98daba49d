// Wire text of the plain HTTP and RTSP answers camsim writes itself (everything but SOAP).
#pragma once

#include <string>
#include <string_view>

namespace camtrack::camsim {

// "HTTP/1.1 <status> <reason>" with Content-Type, Content-Length, Connection: close and extra headers
// (each "Name: value\r\n").
std::string http_response(int status, std::string_view reason, std::string_view content_type,
                          std::string_view body, std::string_view extra_headers = {});

// "RTSP/1.0 <status> <reason>" with CSeq echoed, extra headers and an optional body.
std::string rtsp_response(int status, std::string_view reason, std::string_view cseq,
                          std::string_view extra_headers = {}, std::string_view content_type = {},
                          std::string_view body = {});

}  // namespace camtrack::camsim
