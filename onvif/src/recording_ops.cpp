// DeviceClient: Recording (trc) and Search (tse): recordings, retention, and the footage range.
#include "client_impl.hpp"

namespace camtrack::onvif {
namespace {

using detail::CallSpec;
using detail::checked;

CallSpec spec_for(const std::string& url, const char* action, const char* req, const char* resp) {
  CallSpec s;
  s.endpoint = url.c_str();
  s.action = action;
  s.request_tag = req;
  s.response_tag = resp;
  return s;
}

Recording from_item(const tt__GetRecordingsResponseItem& item) {
  Recording r;
  r.token = checked(item.RecordingToken);
  if (const auto* c = item.Configuration) {
    r.content = checked(c->Content);
    if (c->Source != nullptr) r.source_name = checked(c->Source->Name);
    if (c->MaximumRetentionTime != nullptr) {
      r.max_retention = checked(*c->MaximumRetentionTime);
      if (auto d = parse_xsd_duration(r.max_retention)) r.max_retention_seconds = *d;
    }
  }
  if (item.Tracks != nullptr) {
    for (const auto& t : item.Tracks->Track) {
      if (t.Configuration != nullptr && t.Configuration->TrackType == "Video") ++r.video_tracks;
    }
  }
  return r;
}

}  // namespace

Result<std::vector<Recording>> DeviceClient::get_recordings() {
  using Out = std::vector<Recording>;
  auto url = impl_->endpoint(&ServiceAddresses::recording, *this);
  if (!url.ok) return Result<Out>::failure(url.error);
  _trc__GetRecordings req;
  _trc__GetRecordingsResponse resp;
  const auto spec = spec_for(url.value, "http://www.onvif.org/ver10/recording/wsdl/GetRecordings",
                             "trc:GetRecordings", "trc:GetRecordingsResponse");
  return impl_->run<Out>(spec, req, resp, [](_trc__GetRecordingsResponse& r) {
    Out out;
    for (const auto& item : r.RecordingItem) out.push_back(from_item(item));
    return Result<Out>::success(out);
  });
}

Result<RecordingSummary> DeviceClient::get_recording_summary() {
  auto url = impl_->endpoint(&ServiceAddresses::search, *this);
  if (!url.ok) return Result<RecordingSummary>::failure(url.error);
  _tse__GetRecordingSummary req;
  _tse__GetRecordingSummaryResponse resp;
  const auto spec = spec_for(url.value, "http://www.onvif.org/ver10/search/wsdl/GetRecordingSummary",
                             "tse:GetRecordingSummary", "tse:GetRecordingSummaryResponse");
  return impl_->run<RecordingSummary>(spec, req, resp, [](_tse__GetRecordingSummaryResponse& r) {
    if (r.Summary == nullptr) return Result<RecordingSummary>::failure({code::missing_field, "no Summary"});
    RecordingSummary s;
    s.earliest_text = checked(r.Summary->DataFrom);
    s.latest_text = checked(r.Summary->DataUntil);
    s.earliest = parse_xsd_datetime(s.earliest_text);
    s.latest = parse_xsd_datetime(s.latest_text);
    s.count = r.Summary->NumberRecordings;
    if (!s.earliest || !s.latest)
      return Result<RecordingSummary>::failure({code::bad_value, "unreadable DataFrom/DataUntil: '" +
                                                                     s.earliest_text + "', '" + s.latest_text + "'"});
    return Result<RecordingSummary>::success(s);
  });
}

}  // namespace camtrack::onvif
