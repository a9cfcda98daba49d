#include "deep_checks.hpp"

#include <curl/curl.h>

#include <mutex>

#include "curl_checks.hpp"
#include "onvif/result.hpp"

namespace camtrack::monitor {

namespace {

bool is_auth_error(const onvif::Error& e) {
  const std::string& c = e.code;
  return c == "ter:NotAuthorized" || c == "wsse:FailedAuthentication" || c == "wsse:InvalidSecurity" ||
         c == onvif::code::http_401 || c == onvif::code::http_401_html || c == onvif::code::auth_required ||
         c == onvif::code::digest_rejected || c.find("NotAuthorized") != std::string::npos ||
         c.find("FailedAuthentication") != std::string::npos;
}

FaultReason reason_of(const onvif::Error& e) {
  if (is_auth_error(e)) return FaultReason::auth_failed;
  if (e.code == onvif::code::timeout) return FaultReason::no_response;
  if (e.code == onvif::code::refused || e.code == onvif::code::unreachable) return FaultReason::unreachable;
  return FaultReason::bad_response;
}

onvif::ClientOptions client_options(std::chrono::milliseconds timeout) {
  onvif::ClientOptions o;
  o.connect_timeout = timeout;
  o.send_timeout = timeout;
  o.receive_timeout = timeout;
  o.total_timeout = timeout * 2;
  o.max_response_bytes = 512 * 1024;
  return o;
}

// Services, then the first media profile's stream and snapshot URIs. Returns the failure, if any.
std::optional<onvif::Error> discover(onvif::DeviceClient& client, DeepResult& out) {
  auto services = client.get_services();
  if (!services.ok) return services.error;
  out.services = services.value;
  auto profiles = client.get_profiles(onvif::MediaVersion::media1);
  if (!profiles.ok) return profiles.error;
  if (profiles.value.empty()) return onvif::Error{onvif::code::missing_field, "no media profile"};
  const std::string token = profiles.value.front().token;
  auto stream = client.get_stream_uri(onvif::MediaVersion::media1, token);
  if (stream.ok) out.stream_uri = stream.value;
  auto snap = client.get_snapshot_uri(onvif::MediaVersion::media1, token);
  if (snap.ok) out.snapshot_uri = snap.value;
  return std::nullopt;
}

}  // namespace

void init_curl_once() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

DeepResult run_deep_checks(const DeepRequest& req) {
  const auto started = std::chrono::steady_clock::now();
  DeepResult out;
  out.services = req.services;
  out.stream_uri = req.stream_uri;
  out.snapshot_uri = req.snapshot_uri;
  onvif::DeviceClient client(req.device_url, req.credentials, client_options(req.timeout));
  if (req.clock_offset_seconds) client.set_clock_offset_seconds(*req.clock_offset_seconds);
  if (!req.services.device.empty()) client.set_services(req.services);

  if (req.auth) {
    auto info = client.get_device_information();
    out.auth = info.ok ? CheckOutcome::good() : CheckOutcome::bad(reason_of(info.error));
    if (!info.ok && out.auth->reason == FaultReason::auth_failed) {
      out.latency = std::chrono::steady_clock::now() - started;
      return out;  // the other checks need the same account: judged once it works again
    }
  }
  const bool need_media = (req.stream && out.stream_uri.empty()) || (req.snapshot && out.snapshot_uri.empty());
  const bool need_services = out.services.device.empty() && (need_media || req.recording);
  if (need_services || need_media) {
    if (auto failed = discover(client, out)) {
      const CheckOutcome bad = CheckOutcome::bad(reason_of(*failed));
      if (!req.auth && bad.reason == FaultReason::auth_failed) out.auth = bad;
      if (req.stream) out.stream = bad;
      if (req.snapshot) out.snapshot = SnapshotFacts{};
      if (req.recording) out.recording = bad;
      out.latency = std::chrono::steady_clock::now() - started;
      return out;
    }
  }
  if (req.stream) {
    if (out.stream_uri.empty()) {
      out.stream = CheckOutcome::bad(FaultReason::stream_dead);
    } else {
      const CurlReply r = rtsp_describe(out.stream_uri, req.credentials, req.timeout);
      const bool sdp = r.status == 200 && r.body.find("m=video") != std::string::npos;
      out.stream = sdp ? CheckOutcome::good()
                       : CheckOutcome::bad(r.status == 401 ? FaultReason::auth_failed : FaultReason::stream_dead);
    }
  }
  if (req.snapshot) {
    SnapshotFacts facts;
    if (!out.snapshot_uri.empty()) {
      const CurlReply r = http_get(out.snapshot_uri, req.credentials, req.timeout, req.max_snapshot_bytes);
      if (r.status == 200 && !r.body.empty()) {
        facts.fetched = true;
        facts.luminance = mean_luminance(r.body);
        facts.hash = content_hash(r.body);
        if (facts.luminance) out.snapshot_jpeg = r.body;
      }
    }
    out.snapshot = facts;
  }
  if (req.recording) {
    auto summary = client.get_recording_summary();
    if (summary.ok) {
      out.recording = CheckOutcome::good();
      out.earliest_footage = summary.value.earliest;
    } else {
      out.recording = CheckOutcome::bad(onvif::is_not_supported(summary.error) ? FaultReason::recording_failed
                                                                              : reason_of(summary.error));
    }
  }
  if (req.events) {
    out.events = run_event_round(client, req.subscription);
    if (out.services.device.empty()) out.services = client.services();
  }
  out.latency = std::chrono::steady_clock::now() - started;
  return out;
}

}  // namespace camtrack::monitor
