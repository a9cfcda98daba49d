// Runs gSOAP's server dispatch on a request already read by the event loop: one struct soap shared by
// all service skeletons, fed from a memory buffer (frecv) and writing into a string (fsend), so no
// socket or thread belongs to gSOAP. Single-threaded: used on the loop thread only.
#pragma once

#include <memory>
#include <string>
#include <string_view>

struct soap;

namespace camtrack::camsim {

class Camera;

class SoapServer {
 public:
  SoapServer();
  ~SoapServer();
  SoapServer(const SoapServer&) = delete;
  SoapServer& operator=(const SoapServer&) = delete;

  // request: the complete HTTP request (head and body). Returns the complete HTTP response.
  std::string handle(std::string_view request, Camera& camera, std::string path);

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace camtrack::camsim
