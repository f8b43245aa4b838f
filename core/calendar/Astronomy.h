#pragma once
// The two astronomical quantities the Vietnamese lunar calendar needs, from Jean Meeus,
// "Astronomical Algorithms" (2nd ed., 1998): true new moons (ch. 49) and the Sun's apparent
// longitude (ch. 25, low-accuracy method, about 0.01°). Times are Julian Days in UT.
namespace pc::astro {

// Julian Day (UT) of the true new moon with lunation number k (k = 0: 6 January 2000).
double newMoonJd(int k);
// The Sun's apparent ecliptic longitude in degrees [0, 360) at the Julian Day jdUt.
double sunLongitude(double jdUt);
// ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus polynomials, 1860–2150).
double deltaTSeconds(double year);

}  // namespace pc::astro
