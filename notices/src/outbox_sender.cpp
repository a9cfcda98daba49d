#include "notices/outbox_sender.hpp"

#include <algorithm>
#include <exception>

namespace camtrack::notices {

std::chrono::seconds retry_delay(int attempts, const RetryPolicy& policy) {
  auto delay = policy.base;
  for (int i = 1; i < attempts && delay < policy.cap; ++i) delay *= 2;
  return std::min(delay, policy.cap);
}

OutboxSender::OutboxSender(incidents::Outbox& outbox, MailTransport& transport, Clock clock, RetryPolicy policy)
    : outbox_(outbox), transport_(transport), clock_(std::move(clock)), policy_(policy) {}

OutboxSender::~OutboxSender() { stop(); }

int OutboxSender::send_due() {
  int attempted = 0;
  while (true) {
    const auto now = clock_();
    const auto message = outbox_.next_due(now);
    if (!message) return attempted;
    ++attempted;
    outbox_.begin_attempt(message->id, now);
    const auto result = transport_.send(*message);
    const auto after = clock_();
    switch (result.kind) {
      case SendResult::Kind::delivered: outbox_.mark_sent(message->id, after); break;
      case SendResult::Kind::permanent: outbox_.mark_failed(message->id, after, result.detail); break;
      case SendResult::Kind::retry:
        outbox_.mark_retry(message->id, after + retry_delay(message->attempts + 1, policy_), result.detail);
        break;
    }
    {
      std::lock_guard lock(mutex_);
      if (stopping_) return attempted;
    }
  }
}

void OutboxSender::start(std::chrono::milliseconds idle_poll) {
  std::lock_guard lock(mutex_);
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this, idle_poll] { run(idle_poll); });
}

void OutboxSender::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

std::string OutboxSender::last_failure() const {
  std::lock_guard lock(mutex_);
  return last_failure_;
}

void OutboxSender::poke() {
  {
    std::lock_guard lock(mutex_);
    poked_ = true;
  }
  wake_.notify_all();
}

void OutboxSender::run(std::chrono::milliseconds idle_poll) {
  while (true) {
    auto wait = idle_poll;
    try {
      send_due();
      if (const auto next = outbox_.next_wake()) {
        const auto until = std::chrono::duration_cast<std::chrono::milliseconds>(*next - clock_());
        wait = std::clamp(until, std::chrono::milliseconds{0}, idle_poll);
      }
    } catch (const std::exception& e) {
      // The database was busy or failed: nothing was marked, so the message is tried again later.
      std::lock_guard lock(mutex_);
      last_failure_ = e.what();
    }
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, wait, [this] { return stopping_ || poked_; });
    if (stopping_) return;
    poked_ = false;
  }
}

}  // namespace camtrack::notices
