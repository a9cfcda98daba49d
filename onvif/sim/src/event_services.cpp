// Events (tev) with PullPoint subscriptions and the SubscriptionManager (wsnt) Unsubscribe. A
// subscription lives at /onvif/events/subscription/<id> on the camera's HTTP port; PullMessages answers
// at once with what is pending (no long poll).
#include <charconv>
#include <cstring>

#include "services.hpp"
#include "time_text.hpp"

namespace camtrack::camsim {

namespace {

constexpr const char* kSubscriptionPath = "/onvif/events/subscription/";

// The subscription id in a path or address ending in kSubscriptionPath + id; 0 when none.
std::uint32_t subscription_id(std::string_view where) {
  const std::size_t at = where.find(kSubscriptionPath);
  if (at == std::string_view::npos) return 0;
  const std::string_view digits = where.substr(at + std::strlen(kSubscriptionPath));
  std::uint32_t id = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), id);
  return id;
}

std::uint32_t subscription_id(const struct soap* soap, const ServiceContext& ctx) {
  if (const auto id = subscription_id(ctx.path)) return id;
  if (soap->header != nullptr && soap->header->wsa5__To != nullptr) return subscription_id(soap->header->wsa5__To);
  return 0;
}

// The topic text member is __item (simple content) or __mixed depending on how onvif.h declares it.
template <class Topic>
void set_topic_text(Topic& topic, const std::string& text) {
  if constexpr (requires { topic.__item; }) {
    topic.__item = text;
  } else {
    topic.__mixed = text;
  }
}

tt__ItemList* items(struct soap* soap, const char* name, const std::string& value) {
  auto* list = soap_new_tt__ItemList(soap);
  _tt__ItemList_SimpleItem item;
  item.soap_default(soap);
  item.Name = name;
  item.Value = value;
  list->SimpleItem.push_back(item);
  return list;
}

wsnt__NotificationMessageHolderType message(struct soap* soap, const Notification& n) {
  wsnt__NotificationMessageHolderType holder;
  holder.soap_default(soap);
  holder.Topic = soap_new_wsnt__TopicExpressionType(soap);
  holder.Topic->Dialect = "http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet";
  set_topic_text(*holder.Topic, topic_of(n.kind));
  auto* msg = soap_new__tt__Message(soap);
  msg->UtcTime = format_utc(n.utc_time);
  msg->PropertyOperation = soap_new_std__string(soap);
  *msg->PropertyOperation = n.operation;
  const char* value = n.state ? "true" : "false";
  switch (n.kind) {
    case EventKind::video_loss:
      msg->Source = items(soap, "Source", "VideoSource_1");
      msg->Data = items(soap, "State", value);
      break;
    case EventKind::tampering:
      msg->Source = items(soap, "Source", "VideoSource_1");
      msg->Data = items(soap, "State", value);
      break;
    case EventKind::storage_failure:
      msg->Source = items(soap, "Token", "Storage_1");
      msg->Data = items(soap, "Failed", value);
      break;
  }
  holder.Message.tt__Message = msg;
  return holder;
}

}  // namespace

int EventService::CreatePullPointSubscription(_tev__CreatePullPointSubscription*,
                                              _tev__CreatePullPointSubscriptionResponse& out) {
  if (authorize(soap, ctx_) != SOAP_OK) return soap->error;
  Camera& cam = *ctx_.camera;
  if (cam.faults().no_events) return sender_fault(soap, "ter:ActionNotSupported", "No event support");
  const std::uint32_t id = cam.subscribe();
  const std::string address = cam.http_base() + kSubscriptionPath + std::to_string(id);
  out.SubscriptionReference.Address = soap_strdup(soap, address.c_str());
  out.wsnt__CurrentTime = format_utc(cam.device_now());
  out.wsnt__TerminationTime = format_utc(cam.subscription(id)->expires);
  return SOAP_OK;
}

int EventService::PullMessages(_tev__PullMessages* in, _tev__PullMessagesResponse& out) {
  const std::uint32_t id = subscription_id(soap, ctx_);
  if (authorize(soap, ctx_) != SOAP_OK) return soap->error;
  Camera& cam = *ctx_.camera;
  Subscription* sub = cam.subscription(id);
  if (sub == nullptr) return sender_fault(soap, "ter:InvalidArgVal", "Unknown or expired subscription");
  const auto now = cam.device_now();
  sub->expires = now + Camera::subscription_lifetime;
  std::size_t limit = in != nullptr && in->MessageLimit > 0 ? static_cast<std::size_t>(in->MessageLimit) : 100;
  while (limit-- > 0 && !sub->pending.empty()) {
    out.wsnt__NotificationMessage.push_back(message(soap, sub->pending.front()));
    sub->pending.pop_front();
  }
  out.CurrentTime = format_utc(now);
  out.TerminationTime = format_utc(sub->expires);
  return SOAP_OK;
}

int SubscriptionService::Unsubscribe(_wsnt__Unsubscribe*, _wsnt__UnsubscribeResponse&) {
  const std::uint32_t id = subscription_id(soap, ctx_);
  if (authorize(soap, ctx_) != SOAP_OK) return soap->error;
  if (!ctx_.camera->unsubscribe(id)) return sender_fault(soap, "ter:InvalidArgVal", "Unknown subscription");
  return SOAP_OK;
}

}  // namespace camtrack::camsim
