// CPU per full ONVIF probe (DeviceClient over gSOAP, every answer parsed) against the fixture replay
// server on 127.0.0.1, next to a bare libcurl replay of the very same HTTP requests with no XML parsing.
// The benchmark thread's CPU time is the client's; the server runs on other threads.
// Target (ARCHITECTURE.md): probe CPU <= 1.5 x the bare replay's.
#include <benchmark/benchmark.h>
#include <curl/curl.h>

#include <filesystem>
#include <iostream>

#include "fixture_replay.hpp"
#include "onvif/probe.hpp"

namespace {

using camtrack::testing::FixtureReplay;
using camtrack::testing::HttpRequest;

const char* kDevice = "hikvision_DS-2CD2012-I";

FixtureReplay& replay() {
  static FixtureReplay server(camtrack::testing::onvif_fixtures_dir() / kDevice);
  return server;
}

camtrack::onvif::ProbeOptions probe_options() {
  camtrack::onvif::ProbeOptions o;
  o.credentials = {"admin", "secret"};
  o.describe_stream = false;  // SOAP only: the RTSP check is the same libcurl call either way
  return o;
}

bool have_fixtures(benchmark::State& state) {
  if (std::filesystem::is_directory(camtrack::testing::onvif_fixtures_dir() / kDevice)) return true;
  state.SkipWithError("fixtures absent (../shared/onvif-fixtures)");
  return false;
}

void BM_ProbeGsoap(benchmark::State& state) {
  if (!have_fixtures(state)) return;
  const auto options = probe_options();
  const std::string url = replay().device_url();
  int exchanges = 0;
  for (auto _ : state) {
    auto report = camtrack::onvif::run_probe(url, options);
    if (!report.reachable || !report.device) state.SkipWithError("probe failed");
    exchanges = report.soap_exchanges;
    benchmark::DoNotOptimize(report);
  }
  state.counters["soap_exchanges"] = exchanges;
  state.counters["probes_per_s_cpu"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

size_t discard(char* ptr, size_t size, size_t n, void* out) {
  static_cast<std::string*>(out)->append(ptr, size * n);
  return size * n;
}

std::vector<HttpRequest> probe_requests(const std::string& url) {
  replay().record(true);
  camtrack::onvif::run_probe(url, probe_options());
  replay().record(false);
  return replay().recorded();
}

void BM_BareCurlReplay(benchmark::State& state) {
  if (!have_fixtures(state)) return;
  const std::string url = replay().device_url();
  const auto requests = probe_requests(url);
  std::string body;
  for (auto _ : state) {
    CURL* h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &discard);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &body);
    for (const auto& r : requests) {
      curl_slist* headers = nullptr;
      headers = curl_slist_append(headers, ("Content-Type: " + r.headers.at("content-type")).c_str());
      curl_easy_setopt(h, CURLOPT_URL, (url.substr(0, url.find('/', 7)) + r.target).c_str());
      curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
      curl_easy_setopt(h, CURLOPT_POSTFIELDS, r.body.c_str());
      curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, static_cast<long>(r.body.size()));
      body.clear();
      if (curl_easy_perform(h) != CURLE_OK) state.SkipWithError("replay failed");
      benchmark::DoNotOptimize(body.data());
      curl_slist_free_all(headers);
    }
    curl_easy_cleanup(h);
  }
  state.counters["http_requests"] = static_cast<double>(requests.size());
}

BENCHMARK(BM_ProbeGsoap)->Unit(benchmark::kMicrosecond)->MinTime(2.0);
BENCHMARK(BM_BareCurlReplay)->Unit(benchmark::kMicrosecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
