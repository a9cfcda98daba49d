// What every part of a running camsim shares, owned by Simulator::Impl and used on the loop thread
// only: options, counters, the gSOAP server, the JPEG maker, the io_context and the cameras.
#pragma once

#include <memory>
#include <vector>

#include <boost/asio/io_context.hpp>

#include "camera.hpp"
#include "camsim/options.hpp"
#include "connection.hpp"
#include "jpeg_maker.hpp"
#include "soap_server.hpp"

namespace camtrack::camsim {

struct RequestCounters {
  std::uint64_t soap = 0;
  std::uint64_t rtsp = 0;
  std::uint64_t snapshot = 0;
  std::uint64_t control = 0;
};

struct SimCore {
  explicit SimCore(SimulatorOptions opts)
      : options(std::move(opts)),
        limits{options.request_timeout, options.hang_close_after, options.max_request_bytes} {}

  SimulatorOptions options;
  ConnectionLimits limits;
  ConnectionCounters connections;
  RequestCounters requests;
  SoapServer soap;
  JpegMaker jpeg;
  std::string rtsp_nonce;  // Digest nonce, random per process
  // Declared after everything that connections and handlers reference, before the sockets that use it.
  boost::asio::io_context io{1};
};

}  // namespace camtrack::camsim
