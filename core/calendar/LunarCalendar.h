#pragma once
// The Vietnamese lunar calendar (âm lịch), computed astronomically at UTC+7:
// - a month begins on the local day of a true new moon;
// - month 11 is the month that contains the winter solstice;
// - when 13 months lie between two months 11, the first month after month 11 that contains
//   no major solar term (a multiple of 30° of solar longitude) is leap and repeats the
//   previous month's number.
// UTC+7, not the Chinese UTC+8, is what makes e.g. Tết 1985 fall on 21/01 and Tết 2007 on
// 17/02 in Vietnam. Checked 1900–2100; years outside 1900–2199 (CalendarYears.h) are refused:
// fromSolar answers year 0, toSolar nullopt.
#include <QDate>
#include <optional>

namespace pc {

struct LunarDate {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..30
    bool leap = false;
    friend bool operator==(const LunarDate &, const LunarDate &) = default;
};

class LunarCalendar {
public:
    static LunarDate fromSolar(const QDate &d);
    // nullopt when no such lunar date exists (e.g. a leap month that year has not, day 30 of
    // a 29-day month).
    static std::optional<QDate> toSolar(int year, int month, int day, bool leap = false);
    // The leap month of the lunar year (1..12), or 0.
    static int leapMonth(int lunarYear);
    // Length (29 or 30) of the given lunar month.
    static int monthLength(int year, int month, bool leap = false);
};

}  // namespace pc
