// DeviceClient: Media (trt, ver10) and Media2 (tr2, ver20): profiles, stream and snapshot URIs, encoders.
#include <cmath>

#include "client_impl.hpp"

namespace camtrack::onvif {
namespace {

using detail::CallSpec;
using detail::checked;

CallSpec media_spec(const std::string& url, MediaVersion v, const char* op, const std::string& names) {
  static thread_local std::string action, req, resp;
  const bool m2 = v == MediaVersion::media2;
  action = std::string(m2 ? "http://www.onvif.org/ver20/media/wsdl/" : "http://www.onvif.org/ver10/media/wsdl/") + op;
  req = std::string(m2 ? "tr2:" : "trt:") + names;
  resp = req + "Response";
  CallSpec s;
  s.endpoint = url.c_str();
  s.action = action.c_str();
  s.request_tag = req.c_str();
  s.response_tag = resp.c_str();
  return s;
}

VideoEncoderConfig from_v1(const tt__VideoEncoderConfiguration& c) {
  VideoEncoderConfig v{checked(c.token), checked(c.Name), checked(c.Encoding), 0, 0, 0, 0};
  if (c.Resolution != nullptr) {
    v.width = c.Resolution->Width;
    v.height = c.Resolution->Height;
  }
  if (c.RateControl != nullptr) {
    v.frame_rate = c.RateControl->FrameRateLimit;
    v.bitrate_kbps = c.RateControl->BitrateLimit;
  }
  return v;
}

VideoEncoderConfig from_v2(const tt__VideoEncoder2Configuration& c) {
  VideoEncoderConfig v{checked(c.token), checked(c.Name), checked(c.Encoding), 0, 0, 0, 0};
  if (c.Resolution != nullptr) {
    v.width = c.Resolution->Width;
    v.height = c.Resolution->Height;
  }
  if (c.RateControl != nullptr) {
    v.frame_rate = static_cast<double>(c.RateControl->FrameRateLimit);
    v.bitrate_kbps = c.RateControl->BitrateLimit;
  }
  return v;
}

Result<std::string> uri_result(const std::string& raw) {
  std::string uri = detail::clean_uri(checked(raw));
  if (uri.empty()) return Result<std::string>::failure({code::missing_field, "the answer carries no URI"});
  return Result<std::string>::success(uri);
}

}  // namespace

Result<std::vector<Profile>> DeviceClient::get_profiles(MediaVersion version) {
  using Out = std::vector<Profile>;
  const bool m2 = version == MediaVersion::media2;
  auto url = impl_->endpoint(m2 ? &ServiceAddresses::media2 : &ServiceAddresses::media, *this);
  if (!url.ok) return Result<Out>::failure(url.error);
  const auto spec = media_spec(url.value, version, "GetProfiles", "GetProfiles");
  if (!m2) {
    _trt__GetProfiles req;
    _trt__GetProfilesResponse resp;
    return impl_->run<Out>(spec, req, resp, [](_trt__GetProfilesResponse& r) {
      Out out;
      for (const auto& p : r.Profiles) {
        Profile profile{checked(p.token), checked(p.Name), {}, {}};
        if (p.VideoEncoderConfiguration != nullptr) profile.video_encoder = from_v1(*p.VideoEncoderConfiguration);
        if (p.VideoSourceConfiguration != nullptr) profile.video_source_token = checked(p.VideoSourceConfiguration->SourceToken);
        out.push_back(std::move(profile));
      }
      return Result<Out>::success(out);
    });
  }
  _tr2__GetProfiles req;
  req.Type.push_back("All");
  _tr2__GetProfilesResponse resp;
  return impl_->run<Out>(spec, req, resp, [](_tr2__GetProfilesResponse& r) {
    Out out;
    for (const auto& p : r.Profiles) {
      Profile profile{checked(p.token), checked(p.Name), {}, {}};
      if (p.Configurations != nullptr && p.Configurations->VideoEncoder != nullptr)
        profile.video_encoder = from_v2(*p.Configurations->VideoEncoder);
      if (p.Configurations != nullptr && p.Configurations->VideoSource != nullptr)
        profile.video_source_token = checked(p.Configurations->VideoSource->SourceToken);
      out.push_back(std::move(profile));
    }
    return Result<Out>::success(out);
  });
}

Result<std::string> DeviceClient::get_stream_uri(MediaVersion version, const std::string& profile_token) {
  const bool m2 = version == MediaVersion::media2;
  auto url = impl_->endpoint(m2 ? &ServiceAddresses::media2 : &ServiceAddresses::media, *this);
  if (!url.ok) return Result<std::string>::failure(url.error);
  const auto spec = media_spec(url.value, version, "GetStreamUri", "GetStreamUri");
  if (!m2) {
    tt__Transport transport;
    transport.Protocol = "RTSP";
    tt__StreamSetup setup;
    setup.Stream = "RTP-Unicast";
    setup.Transport = &transport;
    _trt__GetStreamUri req;
    req.StreamSetup = &setup;
    req.ProfileToken = profile_token;
    _trt__GetStreamUriResponse resp;
    return impl_->run<std::string>(spec, req, resp, [](_trt__GetStreamUriResponse& r) {
      return r.MediaUri == nullptr ? Result<std::string>::failure({code::missing_field, "no MediaUri"})
                                   : uri_result(r.MediaUri->Uri);
    });
  }
  _tr2__GetStreamUri req;
  req.Protocol = "RTSP";
  req.ProfileToken = profile_token;
  _tr2__GetStreamUriResponse resp;
  return impl_->run<std::string>(spec, req, resp, [](_tr2__GetStreamUriResponse& r) { return uri_result(r.Uri); });
}

Result<std::string> DeviceClient::get_snapshot_uri(MediaVersion version, const std::string& profile_token) {
  const bool m2 = version == MediaVersion::media2;
  auto url = impl_->endpoint(m2 ? &ServiceAddresses::media2 : &ServiceAddresses::media, *this);
  if (!url.ok) return Result<std::string>::failure(url.error);
  const auto spec = media_spec(url.value, version, "GetSnapshotUri", "GetSnapshotUri");
  if (!m2) {
    _trt__GetSnapshotUri req;
    req.ProfileToken = profile_token;
    _trt__GetSnapshotUriResponse resp;
    return impl_->run<std::string>(spec, req, resp, [](_trt__GetSnapshotUriResponse& r) {
      return r.MediaUri == nullptr ? Result<std::string>::failure({code::missing_field, "no MediaUri"})
                                   : uri_result(r.MediaUri->Uri);
    });
  }
  _tr2__GetSnapshotUri req;
  req.ProfileToken = profile_token;
  _tr2__GetSnapshotUriResponse resp;
  return impl_->run<std::string>(spec, req, resp, [](_tr2__GetSnapshotUriResponse& r) { return uri_result(r.Uri); });
}

Result<std::vector<VideoEncoderConfig>> DeviceClient::get_video_encoder_configurations(MediaVersion version) {
  using Out = std::vector<VideoEncoderConfig>;
  const bool m2 = version == MediaVersion::media2;
  auto url = impl_->endpoint(m2 ? &ServiceAddresses::media2 : &ServiceAddresses::media, *this);
  if (!url.ok) return Result<Out>::failure(url.error);
  const auto spec = media_spec(url.value, version, "GetVideoEncoderConfigurations", "GetVideoEncoderConfigurations");
  if (!m2) {
    _trt__GetVideoEncoderConfigurations req;
    _trt__GetVideoEncoderConfigurationsResponse resp;
    return impl_->run<Out>(spec, req, resp, [](_trt__GetVideoEncoderConfigurationsResponse& r) {
      Out out;
      for (const auto& c : r.Configurations) out.push_back(from_v1(c));
      return Result<Out>::success(out);
    });
  }
  _tr2__GetVideoEncoderConfigurations req;
  _tr2__GetVideoEncoderConfigurationsResponse resp;
  return impl_->run<Out>(spec, req, resp, [](_tr2__GetVideoEncoderConfigurationsResponse& r) {
    Out out;
    for (const auto& c : r.Configurations) out.push_back(from_v2(c));
    return Result<Out>::success(out);
  });
}

}  // namespace camtrack::onvif
