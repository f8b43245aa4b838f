#pragma once
// The years every calendar function accepts. Outside them the lunar calendar and ΔT are not
// trustworthy and nobody files a dossier there, so they are refused before any computation
// (a year 1 used to make intake compute for minutes).
#include <QDate>

namespace pc::calendar {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2199;

constexpr bool yearSupported(int year) { return year >= kFirstYear && year <= kLastYear; }
inline bool dateSupported(const QDate &d) { return d.isValid() && yearSupported(d.year()); }

}  // namespace pc::calendar
