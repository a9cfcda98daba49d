#include "web/metrics.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace camtrack::web {
namespace {

Labels canonical(Labels labels) {
  std::sort(labels.begin(), labels.end());
  return labels;
}

std::string format_number(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::string escape(std::string_view text, bool quote) {
  std::string out;
  for (char c : text) {
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '"' && quote) out += "\\\"";
    else out += c;
  }
  return out;
}

std::string label_text(const Labels& labels, const std::pair<std::string, std::string>* extra = nullptr) {
  if (labels.empty() && !extra) return {};
  std::string out = "{";
  bool first = true;
  auto put = [&](const std::pair<std::string, std::string>& label) {
    if (!first) out += ',';
    first = false;
    out += label.first + "=\"" + escape(label.second, true) + "\"";
  };
  for (const auto& label : labels) put(label);
  if (extra) put(*extra);
  out += '}';
  return out;
}

bool valid_name(const std::string& name) {
  if (name.empty()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
    if (!alpha && !(i > 0 && c >= '0' && c <= '9')) return false;
  }
  return true;
}

}  // namespace

std::vector<double> default_latency_buckets() {
  return {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
}

void Counter::inc(const Labels& labels, double amount) {
  if (amount < 0) throw std::invalid_argument("a counter only goes up");
  std::lock_guard lock(mutex_);
  series_[canonical(labels)] += amount;
}

double Counter::value(const Labels& labels) const {
  std::lock_guard lock(mutex_);
  const auto it = series_.find(canonical(labels));
  return it == series_.end() ? 0.0 : it->second;
}

void Gauge::set(const Labels& labels, double value) {
  std::lock_guard lock(mutex_);
  series_[canonical(labels)] = value;
}

void Gauge::add(const Labels& labels, double amount) {
  std::lock_guard lock(mutex_);
  series_[canonical(labels)] += amount;
}

double Gauge::value(const Labels& labels) const {
  std::lock_guard lock(mutex_);
  const auto it = series_.find(canonical(labels));
  return it == series_.end() ? 0.0 : it->second;
}

Histogram::Histogram(std::vector<double> bounds) : bounds_(std::move(bounds)) {
  std::sort(bounds_.begin(), bounds_.end());
}

void Histogram::observe(const Labels& labels, double value) {
  std::lock_guard lock(mutex_);
  auto& series = series_[canonical(labels)];
  if (series.buckets.empty()) series.buckets.assign(bounds_.size(), 0);
  const auto it = std::lower_bound(bounds_.begin(), bounds_.end(), value);
  if (it != bounds_.end()) ++series.buckets[static_cast<std::size_t>(it - bounds_.begin())];
  series.sum += value;
  ++series.count;
}

void Histogram::set_totals(const Labels& labels, const std::vector<std::uint64_t>& cumulative, std::uint64_t count,
                           double sum) {
  std::lock_guard lock(mutex_);
  auto& series = series_[canonical(labels)];
  series.buckets.assign(bounds_.size(), 0);
  std::uint64_t below = 0;
  for (std::size_t i = 0; i < bounds_.size() && i < cumulative.size(); ++i) {
    series.buckets[i] = cumulative[i] >= below ? cumulative[i] - below : 0;
    below = std::max(below, cumulative[i]);
  }
  series.sum = sum;
  series.count = count;
}

std::uint64_t Histogram::count(const Labels& labels) const {
  std::lock_guard lock(mutex_);
  const auto it = series_.find(canonical(labels));
  return it == series_.end() ? 0 : it->second.count;
}

MetricsRegistry::Family& MetricsRegistry::family(const std::string& name, const std::string& help,
                                                 const std::string& type) {
  if (!valid_name(name)) throw std::invalid_argument("invalid metric name: " + name);
  auto [it, inserted] = families_.try_emplace(name);
  if (inserted) {
    it->second.type = type;
    it->second.help = help;
  } else if (it->second.type != type) {
    throw std::invalid_argument("metric " + name + " is a " + it->second.type + ", not a " + type);
  }
  return it->second;
}

Counter& MetricsRegistry::counter(const std::string& name, const std::string& help) {
  std::lock_guard lock(mutex_);
  auto& f = family(name, help, "counter");
  if (!f.counter) f.counter = std::make_unique<Counter>();
  return *f.counter;
}

Gauge& MetricsRegistry::gauge(const std::string& name, const std::string& help) {
  std::lock_guard lock(mutex_);
  auto& f = family(name, help, "gauge");
  if (!f.gauge) f.gauge = std::make_unique<Gauge>();
  return *f.gauge;
}

Histogram& MetricsRegistry::histogram(const std::string& name, const std::string& help,
                                      std::vector<double> bounds) {
  std::lock_guard lock(mutex_);
  auto& f = family(name, help, "histogram");
  if (!f.histogram) f.histogram = std::make_unique<Histogram>(std::move(bounds));
  return *f.histogram;
}

void MetricsRegistry::add_collector(std::function<void()> collect) {
  std::lock_guard lock(mutex_);
  collectors_.push_back(std::move(collect));
}

std::string MetricsRegistry::render() {
  std::vector<std::function<void()>> collectors;
  {
    std::lock_guard lock(mutex_);
    collectors = collectors_;
  }
  for (const auto& collect : collectors) collect();
  std::lock_guard lock(mutex_);
  std::string out;
  for (const auto& [name, f] : families_) {
    out += "# HELP " + name + " " + escape(f.help, false) + "\n";
    out += "# TYPE " + name + " " + f.type + "\n";
    if (f.counter || f.gauge) {
      auto& m = f.counter ? f.counter->mutex_ : f.gauge->mutex_;
      const auto& series = f.counter ? f.counter->series_ : f.gauge->series_;
      std::lock_guard<std::mutex> series_lock(m);
      for (const auto& [labels, value] : series) out += name + label_text(labels) + " " + format_number(value) + "\n";
    } else if (f.histogram) {
      const auto& h = *f.histogram;
      std::lock_guard<std::mutex> series_lock(h.mutex_);
      for (const auto& [labels, s] : h.series_) {
        std::uint64_t cumulative = 0;
        for (std::size_t i = 0; i < h.bounds_.size(); ++i) {
          cumulative += s.buckets[i];
          const std::pair<std::string, std::string> le{"le", format_number(h.bounds_[i])};
          out += name + "_bucket" + label_text(labels, &le) + " " + std::to_string(cumulative) + "\n";
        }
        const std::pair<std::string, std::string> inf{"le", "+Inf"};
        out += name + "_bucket" + label_text(labels, &inf) + " " + std::to_string(s.count) + "\n";
        out += name + "_sum" + label_text(labels) + " " + format_number(s.sum) + "\n";
        out += name + "_count" + label_text(labels) + " " + std::to_string(s.count) + "\n";
      }
    }
  }
  return out;
}

}  // namespace camtrack::web
