// `camtrack discover [--wait SECONDS] [--json]`: WS-Discovery on the local network; lists the ONVIF
// devices that answer (address, model, name, scopes), ready to add to the inventory.
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "onvif/discovery.hpp"

namespace camtrack::app {
namespace {

struct DiscoverArgs {
  double wait_seconds = 3;
  std::string target = "239.255.255.250";
  bool json = false;
};

int run_discover(const DiscoverArgs& args) {
  if (!(args.wait_seconds > 0 && args.wait_seconds <= 60)) {
    std::cerr << "camtrack discover: --wait: must be between 0 and 60 seconds\n";
    return exit_code::usage;
  }
  onvif::DiscoveryOptions options;
  options.target = args.target;
  options.wait = std::chrono::milliseconds(static_cast<long long>(args.wait_seconds * 1000));
  const auto found = onvif::discover(options);
  if (!found.ok) {
    std::cerr << "camtrack discover: " << found.error.code << ": " << found.error.message << "\n";
    return found.error.code == onvif::code::bad_url ? exit_code::usage : exit_code::failure;
  }
  if (args.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& d : found.value)
      out.push_back({{"address", d.address()}, {"xaddrs", d.xaddrs}, {"model", d.model}, {"name", d.name},
                     {"location", d.location}, {"scopes", d.scopes}, {"endpoint_reference", d.endpoint_reference}});
    std::cout << out.dump(2) << "\n";
    return exit_code::ok;
  }
  std::cout << found.value.size() << " device(s) answered\n";
  for (const auto& d : found.value) {
    std::cout << d.address() << "  model=" << (d.model.empty() ? "?" : d.model) << "  name=" << d.name << "\n";
    for (const auto& s : d.scopes) std::cout << "    " << s << "\n";
  }
  return exit_code::ok;
}

}  // namespace

void add_discover_command(CLI::App& root, CommandResult& result) {
  auto args = std::make_shared<DiscoverArgs>();
  auto* cmd = root.add_subcommand("discover", "Find ONVIF devices on the local network (WS-Discovery)");
  cmd->add_option("--wait", args->wait_seconds, "Seconds to collect answers (default 3)");
  cmd->add_option("--target", args->target, "Multicast group or one device's IPv4 address (default 239.255.255.250)");
  cmd->add_flag("--json", args->json, "Print the devices as JSON");
  cmd->callback([args, &result] { result.exit_code = run_discover(*args); });
}

}  // namespace camtrack::app
