#include "responses.hpp"

namespace camtrack::camsim {

std::string http_response(int status, std::string_view reason, std::string_view content_type,
                          std::string_view body, std::string_view extra_headers) {
  std::string out = "HTTP/1.1 " + std::to_string(status) + " ";
  out.append(reason);
  out += "\r\nServer: camsim\r\nContent-Type: ";
  out.append(content_type);
  out += "\r\nContent-Length: " + std::to_string(body.size()) + "\r\nConnection: close\r\n";
  out.append(extra_headers);
  out += "\r\n";
  out.append(body);
  return out;
}

std::string rtsp_response(int status, std::string_view reason, std::string_view cseq,
                          std::string_view extra_headers, std::string_view content_type, std::string_view body) {
  std::string out = "RTSP/1.0 " + std::to_string(status) + " ";
  out.append(reason);
  out += "\r\nCSeq: ";
  out.append(cseq.empty() ? std::string_view("0") : cseq);
  out += "\r\nServer: camsim\r\n";
  out.append(extra_headers);
  if (!body.empty()) {
    out += "Content-Type: ";
    out.append(content_type);
    out += "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  }
  out += "\r\n";
  out.append(body);
  return out;
}

}  // namespace camtrack::camsim
