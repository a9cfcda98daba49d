// Mean new moon with its main periodic corrections, and the sun's true longitude. Angles are in
// degrees in the series and converted once; see astronomy.hpp for the sources of the series.
#include "astronomy.hpp"

#include <cmath>
#include <numbers>

namespace camtrack::incidents::astro {
namespace {

constexpr double deg = std::numbers::pi / 180.0;
constexpr double synodic_month = 29.530588853;
constexpr double first_new_moon_jd = 2415021.076998695;  // new moon of 1900-01-01, k = 0

double sin_deg(double degrees) { return std::sin(degrees * deg); }

// Difference between dynamical and universal time, in days, as a polynomial in centuries from 1900.
double delta_t_days(double t) {
  const double t2 = t * t, t3 = t2 * t;
  if (t < -11) return 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
  return -0.000278 + 0.000265 * t + 0.000262 * t2;
}

// Julian date (UT) of the k-th new moon after the one of 1900-01-01.
double new_moon_jd(long k) {
  const double kd = static_cast<double>(k);
  const double t = kd / 1236.85, t2 = t * t, t3 = t2 * t;
  const double mean = 2415020.75933 + 29.53058868 * kd + 0.0001178 * t2 - 0.000000155 * t3 +
                      0.00033 * sin_deg(166.56 + 132.87 * t - 0.009173 * t2);
  const double sun_anomaly = 359.2242 + 29.10535608 * kd - 0.0000333 * t2 - 0.00000347 * t3;
  const double moon_anomaly = 306.0253 + 385.81691806 * kd + 0.0107306 * t2 + 0.00001236 * t3;
  const double latitude_arg = 21.2964 + 390.67050646 * kd - 0.0016528 * t2 - 0.00000239 * t3;
  const double m = sun_anomaly, mp = moon_anomaly, f = latitude_arg;
  const double correction = (0.1734 - 0.000393 * t) * sin_deg(m) + 0.0021 * sin_deg(2 * m) -
                            0.4068 * sin_deg(mp) + 0.0161 * sin_deg(2 * mp) - 0.0004 * sin_deg(3 * mp) +
                            0.0104 * sin_deg(2 * f) - 0.0051 * sin_deg(m + mp) -
                            0.0074 * sin_deg(m - mp) + 0.0004 * sin_deg(2 * f + m) -
                            0.0004 * sin_deg(2 * f - m) - 0.0006 * sin_deg(2 * f + mp) +
                            0.0010 * sin_deg(2 * f - mp) + 0.0005 * sin_deg(m + 2 * mp);
  return mean + correction - delta_t_days(t);
}

// The sun's true geometric longitude, in degrees [0, 360), at Julian date jd.
double sun_longitude(double jd) {
  const double t = (jd - 2451545.0) / 36525.0, t2 = t * t;
  const double anomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const double mean_longitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin_deg(anomaly) +
                        (0.019993 - 0.000101 * t) * sin_deg(2 * anomaly) + 0.000290 * sin_deg(3 * anomaly);
  const double longitude = std::fmod(mean_longitude + centre, 360.0);
  return longitude < 0 ? longitude + 360.0 : longitude;
}

}  // namespace

long jdn_from_gregorian(int year, int month, int day) {
  const int a = (14 - month) / 12;
  const long y = year + 4800 - a;
  const long m = month + 12 * a - 3;
  return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
}

long lunation_before(double julian_day) {
  return static_cast<long>(std::floor((julian_day - first_new_moon_jd) / synodic_month));
}

long new_moon_day(long k, double utc_offset_hours) {
  return static_cast<long>(std::floor(new_moon_jd(k) + 0.5 + utc_offset_hours / 24.0));
}

int sun_sector_at_day_start(long jdn, double utc_offset_hours) {
  const double local_midnight = static_cast<double>(jdn) - 0.5 - utc_offset_hours / 24.0;
  return static_cast<int>(sun_longitude(local_midnight) / 30.0) % 12;
}

}  // namespace camtrack::incidents::astro
