// A small Prometheus metrics registry: counters, gauges and histograms, each a family of series told
// apart by labels, rendered in the Prometheus text exposition format (version 0.0.4) by /metrics.
//
// Other modules cannot include web, so their values come in through collectors: the app registers
// `registry.add_collector([&] { registry.gauge("camtrack_cameras", "...").set({{"state","down"}}, n); })`
// and the collector runs before every render. Thread-safe: any thread may update any series.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace camtrack::web {

using Labels = std::vector<std::pair<std::string, std::string>>;

class Counter {
 public:
  void inc(const Labels& labels = {}, double amount = 1.0);
  double value(const Labels& labels = {}) const;

 private:
  friend class MetricsRegistry;
  mutable std::mutex mutex_;
  std::map<Labels, double> series_;
};

class Gauge {
 public:
  void set(const Labels& labels, double value);
  void set(double value) { set({}, value); }
  void add(const Labels& labels, double amount);
  double value(const Labels& labels = {}) const;

 private:
  friend class MetricsRegistry;
  mutable std::mutex mutex_;
  std::map<Labels, double> series_;
};

class Histogram {
 public:
  explicit Histogram(std::vector<double> bounds);
  void observe(const Labels& labels, double value);
  void observe(double value) { observe({}, value); }
  // Replaces a series by totals kept elsewhere: cumulative counts per bound (Prometheus style, one per
  // bound of this histogram), the total count and the sum. For collectors of another module's histogram.
  void set_totals(const Labels& labels, const std::vector<std::uint64_t>& cumulative, std::uint64_t count,
                  double sum);
  std::uint64_t count(const Labels& labels = {}) const;

 private:
  friend class MetricsRegistry;
  struct Series {
    std::vector<std::uint64_t> buckets;  // per bound, not cumulative
    double sum = 0;
    std::uint64_t count = 0;
  };
  std::vector<double> bounds_;
  mutable std::mutex mutex_;
  std::map<Labels, Series> series_;
};

// Latency buckets in seconds, 1 ms to 10 s.
std::vector<double> default_latency_buckets();

class MetricsRegistry {
 public:
  // Returns the family with that name, creating it on first use. Names follow Prometheus rules
  // ([a-zA-Z_:][a-zA-Z0-9_:]*); asking for an existing name with another type throws.
  Counter& counter(const std::string& name, const std::string& help);
  Gauge& gauge(const std::string& name, const std::string& help);
  Histogram& histogram(const std::string& name, const std::string& help,
                       std::vector<double> bounds = default_latency_buckets());

  // Runs before every render (outside the registry's lock), to pull values from elsewhere.
  void add_collector(std::function<void()> collect);

  // The Prometheus text exposition of every family, sorted by name.
  std::string render();

 private:
  struct Family {
    std::string type;
    std::string help;
    std::unique_ptr<Counter> counter;
    std::unique_ptr<Gauge> gauge;
    std::unique_ptr<Histogram> histogram;
  };
  Family& family(const std::string& name, const std::string& help, const std::string& type);
  std::mutex mutex_;
  std::map<std::string, Family> families_;
  std::vector<std::function<void()>> collectors_;
};

}  // namespace camtrack::web
