// `camtrack probe URL --user U --password P [--json] [--timeout SECONDS]`: one-shot check of one ONVIF
// device, printed as the JSON contract of ARCHITECTURE.md or as text. Exit 0 when the device answered,
// 2 when unreachable, 64 on usage errors.
#include <cmath>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "onvif/probe.hpp"
#include "onvif/text.hpp"

namespace camtrack::app {
namespace {

struct ProbeArgs {
  std::string url, user, password;
  bool json = false;
  double timeout_seconds = 5;
};

nlohmann::json to_json(const onvif::ProbeReport& r) {
  using nlohmann::json;
  json out = {{"reachable", r.reachable}, {"device", nullptr}, {"clock_offset_seconds", nullptr},
              {"profiles", json::array()}, {"stream_uri", nullptr}, {"snapshot_uri", nullptr},
              {"stream", nullptr}, {"recording", nullptr}, {"errors", json::array()}};
  if (r.device) {
    out["device"] = {{"manufacturer", r.device->manufacturer}, {"model", r.device->model},
                     {"firmware_version", r.device->firmware_version}, {"serial_number", r.device->serial_number},
                     {"hardware_id", r.device->hardware_id}};
  }
  if (r.clock_offset_seconds) out["clock_offset_seconds"] = std::round(*r.clock_offset_seconds * 1000) / 1000;
  for (const auto& p : r.profiles) {
    json profile = {{"token", p.token}, {"name", p.name}, {"encoding", nullptr}, {"width", nullptr}, {"height", nullptr}};
    if (p.video_encoder) {
      profile["encoding"] = p.video_encoder->encoding;
      profile["width"] = p.video_encoder->width;
      profile["height"] = p.video_encoder->height;
    }
    out["profiles"].push_back(profile);
  }
  if (r.stream_uri) out["stream_uri"] = *r.stream_uri;
  if (r.snapshot_uri) out["snapshot_uri"] = *r.snapshot_uri;
  if (r.stream) {
    out["stream"] = {{"ok", r.stream->ok}, {"rtsp_status", r.stream->rtsp_status}};
    if (r.stream->ok) out["stream"]["video_codec"] = r.stream->video_codec;
    else out["stream"]["code"] = r.stream->code;
  }
  if (r.recording) {
    out["recording"] = {{"earliest", r.recording->earliest}, {"latest", r.recording->latest},
                        {"recordings", r.recording->recordings}};
  }
  for (const auto& e : r.errors) out["errors"].push_back({{"check", e.check}, {"code", e.code}, {"message", e.message}});
  return out;
}

void print_text(const onvif::ProbeReport& r, const std::string& url) {
  std::cout << url << ": " << (r.reachable ? "answered" : "unreachable") << "\n";
  if (r.device)
    std::cout << "  device:   " << r.device->manufacturer << " " << r.device->model << ", firmware "
              << r.device->firmware_version << ", serial " << r.device->serial_number << "\n";
  if (r.clock_offset_seconds) std::cout << "  clock:    " << *r.clock_offset_seconds << " s from this host\n";
  for (const auto& p : r.profiles) {
    std::cout << "  profile:  " << p.token << " (" << p.name << ")";
    if (p.video_encoder)
      std::cout << " " << p.video_encoder->encoding << " " << p.video_encoder->width << "x" << p.video_encoder->height;
    std::cout << "\n";
  }
  if (r.stream_uri) std::cout << "  stream:   " << *r.stream_uri << "\n";
  if (r.stream)
    std::cout << "  describe: " << (r.stream->ok ? "ok, video " + r.stream->video_codec : "failed, " + r.stream->code)
              << "\n";
  if (r.snapshot_uri) std::cout << "  snapshot: " << *r.snapshot_uri << "\n";
  if (r.recording) std::cout << "  footage:  " << r.recording->earliest << " .. " << r.recording->latest << "\n";
  for (const auto& e : r.errors) std::cout << "  error:    " << e.check << ": " << e.code << " (" << e.message << ")\n";
}

int run_probe_command(const ProbeArgs& args) {
  if (!onvif::parse_url(args.url) || args.url.rfind("http", 0) != 0) {
    std::cerr << "camtrack probe: URL: not an http(s) device address: '" << args.url << "'\n";
    return exit_code::usage;
  }
  if (!(args.timeout_seconds > 0 && args.timeout_seconds <= 600)) {
    std::cerr << "camtrack probe: --timeout: must be between 0 and 600 seconds\n";
    return exit_code::usage;
  }
  onvif::ProbeOptions options;
  options.credentials = {args.user, args.password};
  const auto ms = std::chrono::milliseconds(static_cast<long long>(args.timeout_seconds * 1000));
  options.client.total_timeout = options.client.receive_timeout = options.client.send_timeout = ms;
  options.client.connect_timeout = std::min(ms, std::chrono::milliseconds(3000));
  options.checks.total_timeout = ms;
  options.checks.connect_timeout = options.client.connect_timeout;
  const onvif::ProbeReport report = onvif::run_probe(args.url, options);
  if (args.json) std::cout << to_json(report).dump(2) << "\n";
  else print_text(report, args.url);
  return report.reachable ? exit_code::ok : exit_code::unreachable;
}

}  // namespace

void add_probe_command(CLI::App& root, CommandResult& result) {
  auto args = std::make_shared<ProbeArgs>();
  auto* cmd = root.add_subcommand("probe", "One-shot check of one ONVIF device");
  cmd->add_option("url", args->url, "Device service URL, e.g. http://10.0.0.5/onvif/device_service")->required();
  cmd->add_option("--user", args->user, "ONVIF user name");
  cmd->add_option("--password", args->password, "ONVIF password");
  cmd->add_flag("--json", args->json, "Print the result as JSON");
  cmd->add_option("--timeout", args->timeout_seconds, "Time limit per exchange, in seconds (default 5)");
  cmd->callback([args, &result] { result.exit_code = run_probe_command(*args); });
}

}  // namespace camtrack::app
