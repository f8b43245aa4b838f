#include "LunarCalendar.h"

#include "Astronomy.h"
#include "CalendarYears.h"

#include <cmath>

namespace pc {
namespace {
constexpr double kZone = 7.0 / 24.0;  // UTC+7
constexpr double kSynodicMonth = 29.530588853;

// Day number (Julian Day Number, as QDate::toJulianDay) of the local day of new moon k.
qint64 newMoonDay(int k) { return static_cast<qint64>(std::floor(astro::newMoonJd(k) + 0.5 + kZone)); }

// Which 30° sector the Sun is in at local midnight at the start of a day: a major solar term
// falls inside a month exactly when the sector at the start of the month differs from the
// sector at the start of the next month.
int sectorAtDayStart(qint64 day) { return static_cast<int>(astro::sunLongitude(double(day) - 0.5 - kZone) / 30.0); }

// The lunation whose month contains the given day.
int lunationContaining(qint64 day)
{
    int k = static_cast<int>(std::floor((double(day) - 2451550.1) / kSynodicMonth));
    while (newMoonDay(k) > day)
        --k;
    while (newMoonDay(k + 1) <= day)
        ++k;
    return k;
}

// Lunation that begins month 11 of Gregorian year y: the month containing that winter solstice.
int month11(int y)
{
    int k = lunationContaining(QDate(y, 12, 31).toJulianDay());
    while (sectorAtDayStart(newMoonDay(k)) >= 9)  // began after the solstice (270°)
        --k;
    return k;
}

// Within the span of lunations [k11, k11 + 13), the index (1..12) of the leap month: the first
// month after month 11 without a major term.
int leapIndex(int k11)
{
    int previous = sectorAtDayStart(newMoonDay(k11 + 1));
    for (int i = 1; i < 13; ++i) {
        const int next = sectorAtDayStart(newMoonDay(k11 + i + 1));
        if (next == previous)
            return i;
        previous = next;
    }
    return 12;  // not reached for real dates: a 13-month span always has a month without a term
}

struct Span {
    int k11;      // lunation of month 11 of lunar year `year`
    int months;   // 12 or 13 until the next month 11
    int leap;     // index of the leap month within the span, 0 = none
    int year;     // lunar year that months 11 and 12 of this span belong to
};

Span spanStartingIn(int gregorianYear)
{
    Span s;
    s.k11 = month11(gregorianYear);
    s.months = month11(gregorianYear + 1) - s.k11;
    s.leap = s.months == 13 ? leapIndex(s.k11) : 0;
    s.year = gregorianYear;
    return s;
}
}  // namespace

LunarDate LunarCalendar::fromSolar(const QDate &d)
{
    if (!calendar::dateSupported(d))
        return {};  // year 0: refused, not computed
    const qint64 day = d.toJulianDay();
    const int k = lunationContaining(day);
    Span s = spanStartingIn(d.year());
    if (k < s.k11)
        s = spanStartingIn(d.year() - 1);
    const int index = k - s.k11;
    LunarDate out;
    out.day = static_cast<int>(day - newMoonDay(k) + 1);
    int number = 11 + index;  // 11, 12, 13 (= 1 of the next year), …
    if (s.leap && index >= s.leap) {
        number -= 1;
        out.leap = index == s.leap;
    }
    out.year = number > 12 ? s.year + 1 : s.year;
    out.month = number > 12 ? number - 12 : number;
    return out;
}

std::optional<QDate> LunarCalendar::toSolar(int year, int month, int day, bool leap)
{
    // The last months of lunar year 1899 fall in January 1900, a supported solar year.
    if (month < 1 || month > 12 || day < 1 || day > 30 || year < calendar::kFirstYear - 1 || year > calendar::kLastYear)
        return std::nullopt;
    const Span s = spanStartingIn(month >= 11 ? year : year - 1);
    const int j = (month >= 11 ? month : month + 12) - 11;  // position counting no leap month
    int index = j;
    if (leap) {
        if (!s.leap || s.leap != j + 1)
            return std::nullopt;
        index = s.leap;
    } else if (s.leap && j >= s.leap) {
        index = j + 1;
    }
    if (index >= s.months)
        return std::nullopt;
    const qint64 start = newMoonDay(s.k11 + index);
    const qint64 length = newMoonDay(s.k11 + index + 1) - start;
    if (day > length)
        return std::nullopt;
    const QDate solar = QDate::fromJulianDay(start + day - 1);
    return calendar::dateSupported(solar) ? std::optional(solar) : std::nullopt;
}

int LunarCalendar::leapMonth(int lunarYear)
{
    if (!calendar::yearSupported(lunarYear))
        return 0;
    // A leap month numbered 11 or 12 sits in the span starting in this Gregorian year; one
    // numbered 1..10 in the span starting the year before.
    for (int spanYear : {lunarYear - 1, lunarYear}) {
        const Span s = spanStartingIn(spanYear);
        if (!s.leap)
            continue;
        const int number = 11 + s.leap - 1;
        const int m = number > 12 ? number - 12 : number;
        const int y = number > 12 ? s.year + 1 : s.year;
        if (y == lunarYear)
            return m;
    }
    return 0;
}

int LunarCalendar::monthLength(int year, int month, bool leap)
{
    const auto first = toSolar(year, month, 1, leap);
    if (!first)
        return 0;
    return toSolar(year, month, 30, leap) ? 30 : 29;
}

}  // namespace pc
