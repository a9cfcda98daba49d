// Recording (trc) and Search (tse), Profile G: one recording whose footage range follows the camera's
// retention (or an explicit range), shortened by the short_retention fault.
#include "services.hpp"
#include "time_text.hpp"

namespace camtrack::camsim {

int RecordingService::GetRecordings(_trc__GetRecordings*, _trc__GetRecordingsResponse& out) {
  if (authorize(soap, ctx_) != SOAP_OK) return soap->error;
  const Camera& cam = *ctx_.camera;
  const auto days = std::chrono::floor<std::chrono::days>(cam.recording_latest() - cam.recording_earliest());
  tt__GetRecordingsResponseItem item;
  item.soap_default(soap);
  item.RecordingToken = "Recording_1";
  item.Configuration = soap_new_tt__RecordingConfiguration(soap);
  item.Configuration->Source = soap_new_tt__RecordingSourceInformation(soap);
  item.Configuration->Source->SourceId = "VideoSource_1";
  item.Configuration->Source->Name = cam.name();
  item.Configuration->Source->Location = "camsim";
  item.Configuration->Source->Description = "simulated camera";
  item.Configuration->Source->Address = cam.http_base() + "/onvif/device_service";
  item.Configuration->Content = "continuous";
  item.Configuration->MaximumRetentionTime = soap_new_std__string(soap);
  std::string& retention = *item.Configuration->MaximumRetentionTime;
  retention = "P";  // appended in steps: GCC 12 -O3 reports a false -Wrestrict on "P" + s + "D"
  retention += std::to_string(days.count());
  retention += 'D';
  item.Tracks = soap_new_tt__GetTracksResponseList(soap);
  tt__GetTracksResponseItem track;
  track.soap_default(soap);
  track.TrackToken = "VideoTrack_1";
  track.Configuration = soap_new_tt__TrackConfiguration(soap);
  track.Configuration->TrackType = "Video";
  track.Configuration->Description = "main stream";
  item.Tracks->Track.push_back(track);
  out.RecordingItem.push_back(item);
  return SOAP_OK;
}

int SearchService::GetRecordingSummary(_tse__GetRecordingSummary*, _tse__GetRecordingSummaryResponse& out) {
  if (authorize(soap, ctx_) != SOAP_OK) return soap->error;
  const Camera& cam = *ctx_.camera;
  out.Summary = soap_new_tt__RecordingSummary(soap);
  out.Summary->DataFrom = format_utc(cam.recording_earliest());
  out.Summary->DataUntil = format_utc(cam.recording_latest());
  out.Summary->NumberRecordings = 1;
  return SOAP_OK;
}

}  // namespace camtrack::camsim
