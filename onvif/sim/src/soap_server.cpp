#include "soap_server.hpp"

#include <algorithm>
#include <cstring>

#include "services.hpp"

namespace camtrack::camsim {

namespace {

struct Io {
  std::string_view in;
  std::size_t pos = 0;
  std::string out;
};

Io& io_of(struct soap* soap) { return *static_cast<Io*>(soap->user); }

size_t buffer_recv(struct soap* soap, char* buf, size_t len) {
  Io& io = io_of(soap);
  const std::size_t n = std::min(len, io.in.size() - io.pos);
  std::memcpy(buf, io.in.data() + io.pos, n);
  io.pos += n;
  return n;
}

int string_send(struct soap* soap, const char* s, size_t n) {
  io_of(soap).out.append(s, n);
  return SOAP_OK;
}

int no_close(struct soap*) { return SOAP_OK; }

}  // namespace

struct SoapServer::Impl {
  struct soap* soap = soap_new1(SOAP_C_UTFSTRING);
  ServiceContext ctx;
  DeviceService device{soap, ctx};
  MediaService media{soap, ctx};
  Media2Service media2{soap, ctx};
  RecordingService recording{soap, ctx};
  SearchService search{soap, ctx};
  EventService events{soap, ctx};
  SubscriptionService subscriptions{soap, ctx};

  ~Impl() {
    soap_destroy(soap);
    soap_end(soap);
    soap_free(soap);
  }

  int dispatch() {
    int rc = device.dispatch(soap);
    if (rc == SOAP_NO_METHOD) rc = media.dispatch(soap);
    if (rc == SOAP_NO_METHOD) rc = media2.dispatch(soap);
    if (rc == SOAP_NO_METHOD) rc = recording.dispatch(soap);
    if (rc == SOAP_NO_METHOD) rc = search.dispatch(soap);
    if (rc == SOAP_NO_METHOD) rc = events.dispatch(soap);
    if (rc == SOAP_NO_METHOD) rc = subscriptions.dispatch(soap);
    return rc;
  }
};

SoapServer::SoapServer() : impl_(std::make_unique<Impl>()) {}

SoapServer::~SoapServer() = default;

std::string SoapServer::handle(std::string_view request, Camera& camera, std::string path) {
  struct soap* soap = impl_->soap;
  Io io{request, 0, {}};
  impl_->ctx.camera = &camera;
  impl_->ctx.path = std::move(path);
  soap->user = &io;
  soap->frecv = buffer_recv;
  soap->fsend = string_send;
  soap->fclose = no_close;
  soap->fpoll = nullptr;  // no socket to poll: soap_send_fault must not give up on the answer
  soap->socket = SOAP_INVALID_SOCKET;
  // With neither a socket nor a master socket gSOAP writes CGI headers ("Status: 200"); a master that
  // looks valid makes it write an HTTP status line. Never used as a descriptor: reset below.
  soap->master = 0;
  soap->keep_alive = 0;
  // soap_begin_serve answers parse errors with a fault itself.
  if (soap_begin_serve(soap) == SOAP_OK) {
    if (impl_->dispatch() != SOAP_OK && soap->error != SOAP_OK && soap->error < SOAP_STOP) {
      soap->header = nullptr;
      soap_send_fault(soap);
    }
  }
  soap_destroy(soap);
  soap_end(soap);
  soap->master = SOAP_INVALID_SOCKET;
  soap->user = nullptr;
  impl_->ctx.camera = nullptr;
  return std::move(io.out);
}

}  // namespace camtrack::camsim
