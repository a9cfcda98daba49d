// DeviceClient: Events (tev, wsnt): pull-point subscription, pulling, unsubscribing; topic classification.
#include "client_impl.hpp"

namespace camtrack::onvif {
namespace {

using detail::CallSpec;
using detail::checked;

constexpr const char* kConcreteSet = "http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet";

std::string seconds_duration(std::chrono::seconds s) { return "PT" + std::to_string(s.count()) + "S"; }

void read_items(const tt__ItemList* list, std::vector<std::pair<std::string, std::string>>& out) {
  if (list == nullptr) return;
  for (const auto& item : list->SimpleItem) out.emplace_back(checked(item.Name), checked(item.Value));
}

Event from_message(const wsnt__NotificationMessageHolderType& m) {
  Event e;
  if (m.Topic != nullptr) e.topic = detail::clean_uri(checked(m.Topic->__item));
  e.kind = classify_topic(e.topic);
  if (const _tt__Message* msg = m.Message.tt__Message) {
    e.utc_time = checked(msg->UtcTime);
    e.operation = detail::opt_text(msg->PropertyOperation);
    read_items(msg->Source, e.source);
    read_items(msg->Data, e.data);
  }
  return e;
}

}  // namespace

EventKind classify_topic(const std::string& topic) {
  auto has = [&topic](const char* part) { return topic.find(part) != std::string::npos; };
  if (has("SignalLoss") || has("VideoLoss")) return EventKind::video_loss;
  if (has("Tamper") || has("GlobalSceneChange")) return EventKind::tampering;
  if (has("StorageFailure") || (has("Storage") && has("Failure"))) return EventKind::storage_failure;
  if (has("Motion")) return EventKind::motion;
  return EventKind::other;
}

Result<Subscription> DeviceClient::create_pull_point_subscription(const std::vector<std::string>& topics,
                                                                  std::chrono::seconds termination) {
  auto url = impl_->endpoint(&ServiceAddresses::events, *this);
  if (!url.ok) return Result<Subscription>::failure(url.error);
  wsnt__FilterType filter;
  if (!topics.empty()) {
    wsnt__TopicExpressionType expr;
    expr.Dialect = kConcreteSet;
    for (const auto& t : topics) expr.__item += (expr.__item.empty() ? "" : "|") + t;
    filter.wsnt__TopicExpression.push_back(expr);
  }
  std::string initial = seconds_duration(termination);
  _tev__CreatePullPointSubscription req;
  req.Filter = topics.empty() ? nullptr : &filter;
  req.InitialTerminationTime = &initial;
  _tev__CreatePullPointSubscriptionResponse resp;
  CallSpec spec;
  spec.endpoint = url.value.c_str();
  spec.action = "http://www.onvif.org/ver10/events/wsdl/EventPortType/CreatePullPointSubscriptionRequest";
  spec.request_tag = "tev:CreatePullPointSubscription";
  spec.response_tag = "tev:CreatePullPointSubscriptionResponse";
  auto& impl = *impl_;
  return impl.run<Subscription>(spec, req, resp, [&impl](_tev__CreatePullPointSubscriptionResponse& r) {
    const std::string address = checked(r.SubscriptionReference.Address);
    if (address.empty()) return Result<Subscription>::failure({code::missing_field, "no subscription address"});
    return Result<Subscription>::success(Subscription{impl.rebase(address), checked(r.wsnt__TerminationTime)});
  });
}

Result<std::vector<Event>> DeviceClient::pull_messages(const Subscription& subscription, std::chrono::seconds wait,
                                                       int message_limit) {
  using Out = std::vector<Event>;
  _tev__PullMessages req;
  req.Timeout = seconds_duration(wait);
  req.MessageLimit = message_limit;
  _tev__PullMessagesResponse resp;
  CallSpec spec;
  spec.endpoint = subscription.address.c_str();
  spec.action = "http://www.onvif.org/ver10/events/wsdl/PullPointSubscription/PullMessagesRequest";
  spec.request_tag = "tev:PullMessages";
  spec.response_tag = "tev:PullMessagesResponse";
  spec.wsa_to = subscription.address.c_str();
  return impl_->run<Out>(spec, req, resp, [](_tev__PullMessagesResponse& r) {
    Out out;
    for (const auto& m : r.wsnt__NotificationMessage) out.push_back(from_message(m));
    return Result<Out>::success(out);
  });
}

Result<Done> DeviceClient::unsubscribe(const Subscription& subscription) {
  _wsnt__Unsubscribe req;
  _wsnt__UnsubscribeResponse resp;
  CallSpec spec;
  spec.endpoint = subscription.address.c_str();
  spec.action = "http://docs.oasis-open.org/wsn/bw-2/SubscriptionManager/UnsubscribeRequest";
  spec.request_tag = "wsnt:Unsubscribe";
  spec.response_tag = "wsnt:UnsubscribeResponse";
  spec.wsa_to = subscription.address.c_str();
  return impl_->run<Done>(spec, req, resp, [](_wsnt__UnsubscribeResponse&) { return Result<Done>::success({}); });
}

}  // namespace camtrack::onvif
