#include "Astronomy.h"

#include <cmath>
#include <numbers>

namespace pc::astro {
namespace {
constexpr double kDeg = std::numbers::pi / 180.0;
double sinDeg(double d) { return std::sin(d * kDeg); }
double normalize(double deg)
{
    deg = std::fmod(deg, 360.0);
    return deg < 0 ? deg + 360.0 : deg;
}
double decimalYear(double jd) { return 2000.0 + (jd - 2451544.5) / 365.2425; }
}  // namespace

double deltaTSeconds(double y)
{
    if (y < 1900) {
        const double t = y - 1860;
        return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t - 0.0004473624 * std::pow(t, 4) + std::pow(t, 5) / 233174;
    }
    if (y < 1920) {
        const double t = y - 1900;
        return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * std::pow(t, 4);
    }
    if (y < 1941) {
        const double t = y - 1920;
        return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (y < 1961) {
        const double t = y - 1950;
        return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (y < 1986) {
        const double t = y - 1975;
        return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (y < 2005) {
        const double t = y - 2000;
        return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * std::pow(t, 3) + 0.000651814 * std::pow(t, 4) + 0.00002373599 * std::pow(t, 5);
    }
    if (y < 2050) {
        const double t = y - 2000;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    const double u = (y - 1820) / 100;
    if (y < 2150)
        return -20 + 32 * u * u - 0.5628 * (2150 - y);
    return -20 + 32 * u * u;  // Espenak–Meeus after 2150: the long-term parabola alone
}

double newMoonJd(int kInt)
{
    const double k = kInt;
    const double T = k / 1236.85;
    const double T2 = T * T, T3 = T2 * T, T4 = T3 * T;
    // Mean new moon (Meeus 49.1), in TT.
    double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T2 - 0.000000150 * T3 + 0.00000000073 * T4;
    const double E = 1 - 0.002516 * T - 0.0000074 * T2;
    const double M = normalize(2.5534 + 29.10535670 * k - 0.0000014 * T2 - 0.00000011 * T3);
    const double Mp = normalize(201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4);
    const double F = normalize(160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4);
    const double Om = normalize(124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3);
    // Periodic terms for the new moon (Meeus, table 49.A).
    jde += -0.40720 * sinDeg(Mp) + 0.17241 * E * sinDeg(M) + 0.01608 * sinDeg(2 * Mp) + 0.01039 * sinDeg(2 * F)
         + 0.00739 * E * sinDeg(Mp - M) - 0.00514 * E * sinDeg(Mp + M) + 0.00208 * E * E * sinDeg(2 * M)
         - 0.00111 * sinDeg(Mp - 2 * F) - 0.00057 * sinDeg(Mp + 2 * F) + 0.00056 * E * sinDeg(2 * Mp + M)
         - 0.00042 * sinDeg(3 * Mp) + 0.00042 * E * sinDeg(M + 2 * F) + 0.00038 * E * sinDeg(M - 2 * F)
         - 0.00024 * E * sinDeg(2 * Mp - M) - 0.00017 * sinDeg(Om) - 0.00007 * sinDeg(Mp + 2 * M)
         + 0.00004 * sinDeg(2 * Mp - 2 * F) + 0.00004 * sinDeg(3 * M) + 0.00003 * sinDeg(Mp + M - 2 * F)
         + 0.00003 * sinDeg(2 * Mp + 2 * F) - 0.00003 * sinDeg(Mp + M + 2 * F) + 0.00003 * sinDeg(Mp - M + 2 * F)
         - 0.00002 * sinDeg(Mp - M - 2 * F) - 0.00002 * sinDeg(3 * Mp + M) + 0.00002 * sinDeg(4 * Mp);
    // Additional corrections from the planetary arguments A1–A14.
    const double A[14][3] = {
        {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
        {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
        {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
        {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
        {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023}};
    for (int i = 0; i < 14; ++i) {
        double arg = A[i][0] + A[i][1] * k;
        if (i == 0)
            arg -= 0.009173 * T2;
        jde += A[i][2] * sinDeg(arg);
    }
    return jde - deltaTSeconds(decimalYear(jde)) / 86400.0;  // TT → UT
}

double sunLongitude(double jdUt)
{
    const double jde = jdUt + deltaTSeconds(decimalYear(jdUt)) / 86400.0;
    const double T = (jde - 2451545.0) / 36525.0;
    const double L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
    const double M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
    const double C = (1.914602 - 0.004817 * T - 0.000014 * T * T) * sinDeg(M) + (0.019993 - 0.000101 * T) * sinDeg(2 * M)
                   + 0.000289 * sinDeg(3 * M);
    const double omega = 125.04 - 1934.136 * T;
    return normalize(L0 + C - 0.00569 - 0.00478 * sinDeg(omega));
}

}  // namespace pc::astro
