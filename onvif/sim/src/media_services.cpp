// Media (trt, ver10) and Media2 (tr2, ver20): two H.264 profiles, main and sub stream, an RTSP URI per
// profile on the camera's RTSP port and one snapshot URI on its HTTP port.
#include <string_view>

#include "services.hpp"

namespace camtrack::camsim {

namespace {

struct ProfileSpec {
  const char* token;
  const char* name;
  const char* encoder_token;
  int width;
  int height;
  int channel;
  int bitrate;
};

constexpr ProfileSpec kProfiles[] = {
    {"Profile_1", "mainStream", "VideoEncoder_1", 1920, 1080, 101, 4096},
    {"Profile_2", "subStream", "VideoEncoder_2", 640, 360, 102, 512},
};

const ProfileSpec* find_profile(std::string_view token) {
  for (const auto& p : kProfiles) {
    if (token == p.token) return &p;
  }
  return nullptr;
}

tt__VideoSourceConfiguration* source_config(struct soap* soap) {
  auto* vsc = soap_new_tt__VideoSourceConfiguration(soap);
  vsc->token = "VideoSourceConfig_1";
  vsc->Name = "VideoSourceConfig_1";
  vsc->SourceToken = "VideoSource_1";
  vsc->Bounds = soap_new_tt__IntRectangle(soap);
  vsc->Bounds->width = 1920;
  vsc->Bounds->height = 1080;
  return vsc;
}

tt__VideoEncoderConfiguration encoder1(struct soap* soap, const ProfileSpec& p) {
  tt__VideoEncoderConfiguration vec;
  vec.soap_default(soap);
  vec.token = p.encoder_token;
  vec.Name = p.encoder_token;
  vec.UseCount = 1;
  vec.Encoding = "H264";
  vec.Resolution = soap_new_tt__VideoResolution(soap);
  vec.Resolution->Width = p.width;
  vec.Resolution->Height = p.height;
  vec.Quality = 4;
  vec.RateControl = soap_new_tt__VideoRateControl(soap);
  vec.RateControl->FrameRateLimit = 25;
  vec.RateControl->EncodingInterval = 1;
  vec.RateControl->BitrateLimit = p.bitrate;
  return vec;
}

tt__VideoEncoder2Configuration encoder2(struct soap* soap, const ProfileSpec& p) {
  tt__VideoEncoder2Configuration vec;
  vec.soap_default(soap);
  vec.token = p.encoder_token;
  vec.Name = p.encoder_token;
  vec.UseCount = 1;
  vec.Encoding = "H264";
  vec.Resolution = soap_new_tt__VideoResolution2(soap);
  vec.Resolution->Width = p.width;
  vec.Resolution->Height = p.height;
  vec.Quality = 4;
  vec.RateControl = soap_new_tt__VideoRateControl2(soap);
  vec.RateControl->FrameRateLimit = 25;
  vec.RateControl->BitrateLimit = p.bitrate;
  return vec;
}

tt__MediaUri* media_uri(struct soap* soap, const std::string& uri) {
  auto* m = soap_new_tt__MediaUri(soap);
  m->Uri = uri;
  m->InvalidAfterConnect = false;
  m->InvalidAfterReboot = false;
  m->Timeout = "PT0S";
  return m;
}

int no_profile(struct soap* soap) { return sender_fault(soap, "ter:InvalidArgVal", "No such profile token"); }

}  // namespace

int MediaService::GetProfiles(_trt__GetProfiles*, _trt__GetProfilesResponse& out) {
  if (authorize(soap, ctx_) != SOAP_OK) return soap->error;
  for (const auto& p : kProfiles) {
    tt__Profile profile;
    profile.soap_default(soap);
    profile.token = p.token;
    profile.Name = p.name;
    profile.fixed = soap_new_bool(soap);
    *profile.fixed = true;
    profile.VideoSourceConfiguration = source_config(soap);
    profile.VideoEncoderConfiguration = soap_new_tt__VideoEncoderConfiguration(soap);
    *profile.VideoEncoderConfiguration = encoder1(soap, p);
    out.Profiles.push_back(profile);
  }
  return SOAP_OK;
}

int MediaService::GetStreamUri(_trt__GetStreamUri* in, _trt__GetStreamUriResponse& out) {
  if (authorize(soap, ctx_) != SOAP_OK) return soap->error;
  const ProfileSpec* p = find_profile(in ? in->ProfileToken : std::string());
  if (p == nullptr) return no_profile(soap);
  out.MediaUri = media_uri(soap, ctx_.camera->stream_url(p->channel));
  return SOAP_OK;
}

int MediaService::GetSnapshotUri(_trt__GetSnapshotUri* in, _trt__GetSnapshotUriResponse& out) {
  if (authorize(soap, ctx_) != SOAP_OK) return soap->error;
  if (find_profile(in ? in->ProfileToken : std::string()) == nullptr) return no_profile(soap);
  out.MediaUri = media_uri(soap, ctx_.camera->snapshot_url());
  return SOAP_OK;
}

int MediaService::GetVideoEncoderConfigurations(_trt__GetVideoEncoderConfigurations*,
                                                _trt__GetVideoEncoderConfigurationsResponse& out) {
  if (authorize(soap, ctx_) != SOAP_OK) return soap->error;
  for (const auto& p : kProfiles) out.Configurations.push_back(encoder1(soap, p));
  return SOAP_OK;
}

int Media2Service::GetProfiles(_tr2__GetProfiles*, _tr2__GetProfilesResponse& out) {
  if (authorize(soap, ctx_) != SOAP_OK) return soap->error;
  for (const auto& p : kProfiles) {
    tr2__MediaProfile profile;
    profile.soap_default(soap);
    profile.token = p.token;
    profile.Name = p.name;
    profile.fixed = soap_new_bool(soap);
    *profile.fixed = true;
    profile.Configurations = soap_new_tr2__ConfigurationSet(soap);
    profile.Configurations->VideoSource = source_config(soap);
    profile.Configurations->VideoEncoder = soap_new_tt__VideoEncoder2Configuration(soap);
    *profile.Configurations->VideoEncoder = encoder2(soap, p);
    out.Profiles.push_back(profile);
  }
  return SOAP_OK;
}

int Media2Service::GetStreamUri(_tr2__GetStreamUri* in, _tr2__GetStreamUriResponse& out) {
  if (authorize(soap, ctx_) != SOAP_OK) return soap->error;
  const ProfileSpec* p = find_profile(in ? in->ProfileToken : std::string());
  if (p == nullptr) return no_profile(soap);
  out.Uri = ctx_.camera->stream_url(p->channel);
  return SOAP_OK;
}

int Media2Service::GetSnapshotUri(_tr2__GetSnapshotUri* in, _tr2__GetSnapshotUriResponse& out) {
  if (authorize(soap, ctx_) != SOAP_OK) return soap->error;
  if (find_profile(in ? in->ProfileToken : std::string()) == nullptr) return no_profile(soap);
  out.Uri = ctx_.camera->snapshot_url();
  return SOAP_OK;
}

int Media2Service::GetVideoEncoderConfigurations(_tr2__GetVideoEncoderConfigurations*,
                                                 _tr2__GetVideoEncoderConfigurationsResponse& out) {
  if (authorize(soap, ctx_) != SOAP_OK) return soap->error;
  for (const auto& p : kProfiles) out.Configurations.push_back(encoder2(soap, p));
  return SOAP_OK;
}

}  // namespace camtrack::camsim
