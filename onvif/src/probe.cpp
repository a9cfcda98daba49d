// The probe sequence (see probe.hpp): about eight SOAP exchanges and one RTSP DESCRIBE.
#include "onvif/probe.hpp"

#include "onvif/text.hpp"

namespace camtrack::onvif {
namespace {

class Prober {
 public:
  Prober(const std::string& url, const ProbeOptions& options)
      : options_(options), client_(url, options.credentials, options.client) {}

  ProbeReport run() {
    auto clock = counted(client_.get_system_date_and_time());
    if (!clock.ok && is_transport_failure(clock.error)) {
      note("system_date_and_time", clock.error);
      return std::move(report_);
    }
    report_.reachable = true;
    if (clock.ok) report_.clock_offset_seconds = clock.value.offset_seconds;
    else note("system_date_and_time", clock.error);
    identity();
    services();
    media();
    recording();
    if (options_.describe_stream && report_.stream_uri) describe();
    return std::move(report_);
  }

 private:
  template <class T>
  Result<T> counted(Result<T> r) {
    ++report_.soap_exchanges;
    return r;
  }
  void note(const char* check, const Error& e) { report_.errors.push_back({check, e.code, e.message}); }

  void identity() {
    auto info = counted(client_.get_device_information());
    if (info.ok) report_.device = info.value;
    else note("device_information", info.error);
  }

  void services() {
    auto s = counted(client_.get_services());
    if (!s.ok) note("services", s.error);
  }

  void media() {
    const bool has_media2 = !client_.services().media2.empty();
    MediaVersion version = MediaVersion::media1;
    auto profiles = counted(client_.get_profiles(version));
    if ((!profiles.ok || profiles.value.empty()) && has_media2) {
      if (!profiles.ok) note("profiles_media1", profiles.error);
      version = MediaVersion::media2;
      profiles = counted(client_.get_profiles(version));
    }
    if (!profiles.ok) return note("profiles", profiles.error);
    report_.profiles = profiles.value;
    if (profiles.value.empty()) return note("profiles", {code::missing_field, "the device lists no media profile"});
    const std::string token = profiles.value.front().token;
    auto stream = counted(client_.get_stream_uri(version, token));
    if (!stream.ok && version == MediaVersion::media1 && has_media2)
      stream = counted(client_.get_stream_uri(MediaVersion::media2, token));
    if (stream.ok) report_.stream_uri = stream.value;
    else note("stream_uri", stream.error);
    auto snapshot = counted(client_.get_snapshot_uri(version, token));
    if (snapshot.ok) report_.snapshot_uri = snapshot.value;
    else note("snapshot_uri", snapshot.error);
  }

  void recording() {
    if (client_.services().search.empty()) {
      report_.errors.push_back({"recording", code::not_offered, "the device offers no recording search service"});
      return;
    }
    auto summary = counted(client_.get_recording_summary());
    if (!summary.ok) return note("recording", summary.error);
    report_.recording = ProbeRecording{format_rfc3339(*summary.value.earliest), format_rfc3339(*summary.value.latest),
                                       summary.value.count};
  }

  void describe() {
    auto check = check_stream(*report_.stream_uri, options_.credentials.username, options_.credentials.password,
                              options_.checks);
    ProbeStream s;
    s.ok = check.ok;
    s.rtsp_status = check.ok ? check.value.rtsp_status : check.http_status;
    s.video_codec = check.value.video_codec;
    if (!check.ok) {
      s.code = check.error.code;
      s.message = check.error.message;
      note("stream", check.error);
    }
    report_.stream = s;
  }

  const ProbeOptions& options_;
  DeviceClient client_;
  ProbeReport report_;
};

}  // namespace

bool is_transport_failure(const Error& e) {
  return e.code == code::timeout || e.code == code::refused || e.code == code::unreachable || e.code == code::bad_url;
}

ProbeReport run_probe(const std::string& device_url, const ProbeOptions& options) {
  if (!parse_url(device_url) || device_url.rfind("http", 0) != 0) {
    ProbeReport r;
    r.errors.push_back({"url", code::bad_url, "not an http(s) device URL: " + device_url});
    return r;
  }
  return Prober(device_url, options).run();
}

}  // namespace camtrack::onvif
