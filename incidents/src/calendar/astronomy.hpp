// Astronomy for the Vietnamese lunar calendar (internal to incidents): mean new moons corrected by the
// main periodic terms (Meeus, "Astronomical Algorithms", ch. 49, truncated) and the apparent solar
// longitude (Meeus ch. 25, low precision). Days are Julian Day Numbers; the local zone is a parameter.
#pragma once

namespace camtrack::incidents::astro {

// Julian Day Number (the integer day starting at local midnight) of a proleptic Gregorian date.
long jdn_from_gregorian(int year, int month, int day);

// Mean lunation count (k) of the new moon nearest to (at or after) a Julian day, counted from the new
// moon of 1900-01-01 (k = 0).
long lunation_before(double julian_day);

// Local day (JDN) holding the k-th new moon, in a zone `utc_offset_hours` east of Greenwich.
long new_moon_day(long k, double utc_offset_hours);

// Which 30-degree sector (0..11, 0 = vernal equinox .. 30 degrees) the sun is in at local midnight
// starting day `jdn`. A principal solar term is the sun entering a new sector.
int sun_sector_at_day_start(long jdn, double utc_offset_hours);

}  // namespace camtrack::incidents::astro
