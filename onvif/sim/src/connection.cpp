#include "connection.hpp"

#include <boost/asio/write.hpp>

namespace camtrack::camsim {

namespace asio = boost::asio;

Connection::Connection(asio::ip::tcp::socket socket, RequestHandler& handler, const ConnectionLimits& limits,
                       ConnectionCounters& counters)
    : socket_(std::move(socket)),
      timer_(socket_.get_executor()),
      handler_(handler),
      limits_(limits),
      counters_(counters) {
  ++counters_.accepted;
  ++counters_.open;
}

Connection::~Connection() {
  --counters_.open;
  if (hanging_) --counters_.hanging;
}

void Connection::start() {
  if (handler_.hang_on_accept()) {
    start_hanging();
  } else {
    arm_timer(limits_.request_timeout);
  }
  read_more();
}

void Connection::read_more() {
  socket_.async_read_some(asio::buffer(chunk_),
                          [self = shared_from_this()](const boost::system::error_code& ec, std::size_t n) {
                            self->on_read(ec, n);
                          });
}

void Connection::on_read(const boost::system::error_code& ec, std::size_t n) {
  if (closed_) return;
  if (ec) {
    close();
    return;
  }
  if (hanging_) {
    arm_timer(limits_.hang_close_after);  // idle limit counts from the last byte seen
    read_more();
    return;
  }
  buffer_.append(chunk_.data(), n);
  process_buffer();
}

void Connection::process_buffer() {
  const Frame frame = frame_request(buffer_, limits_.max_request_bytes);
  switch (frame.status) {
    case FrameStatus::incomplete:
      read_more();
      return;
    case FrameStatus::bad:
    case FrameStatus::too_large:
      write(handler_.bad_request(frame.status == FrameStatus::too_large), false);
      return;
    case FrameStatus::complete:
      break;
  }
  Reply reply = handler_.handle(frame.request);
  buffer_.erase(0, frame.length);
  switch (reply.kind) {
    case Reply::Kind::answer:
      write(std::move(reply.bytes), reply.keep_open);
      return;
    case Reply::Kind::hang:
      buffer_.clear();
      start_hanging();
      read_more();
      return;
    case Reply::Kind::close:
      close();
      return;
  }
}

void Connection::write(std::string bytes, bool keep_open) {
  out_ = std::move(bytes);
  asio::async_write(socket_, asio::buffer(out_),
                    [self = shared_from_this(), keep_open](const boost::system::error_code& ec, std::size_t) {
                      if (self->closed_) return;
                      if (ec || !keep_open) {
                        boost::system::error_code ignored;
                        self->socket_.shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
                        self->close();
                        return;
                      }
                      self->arm_timer(self->limits_.request_timeout);
                      if (self->buffer_.empty()) {
                        self->read_more();
                      } else {
                        self->process_buffer();
                      }
                    });
}

void Connection::start_hanging() {
  if (!hanging_) {
    hanging_ = true;
    ++counters_.hanging;
  }
  arm_timer(limits_.hang_close_after);
}

void Connection::arm_timer(std::chrono::seconds after) {
  timer_.expires_after(after);
  timer_.async_wait([weak = weak_from_this()](const boost::system::error_code& ec) {
    if (ec) return;  // re-armed or cancelled
    if (auto self = weak.lock()) self->close();
  });
}

void Connection::close() {
  if (closed_) return;
  closed_ = true;
  timer_.cancel();
  boost::system::error_code ignored;
  socket_.close(ignored);
}

}  // namespace camtrack::camsim
