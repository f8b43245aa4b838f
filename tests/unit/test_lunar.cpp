// The Vietnamese lunar calendar against published dates. Sources: the Vietnamese calendars
// (lịch Việt Nam) printed for each year and the UTC+7 table published by Hồ Ngọc Đức; the
// cases where Vietnam differs from the Chinese (UTC+8) calendar are the classic ones:
// Tết 1968 (29/01 vs 30/01), Tết 1985 (21/01 vs 20/02, with a leap month 2 in Vietnam and
// none in 1984), Tết 2007 (17/02 vs 18/02) and Tết 2030 (02/02 vs 03/02: the new moon is at
// 23:07 on 02/02 at UTC+7, 00:07 on 03/02 at UTC+8).
#include "calendar/Astronomy.h"
#include "calendar/LunarCalendar.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace pc;

namespace {
struct Tet { int year, month, day; };
// Mùng 1 Tết (lunar 1/1) in the Vietnamese calendar.
const Tet kTet[] = {
    {1968, 1, 29}, {1985, 1, 21}, {1990, 1, 27}, {1991, 2, 15}, {1992, 2, 4},  {1993, 1, 23}, {1994, 2, 10},
    {1995, 1, 31}, {1996, 2, 19}, {1997, 2, 7},  {1998, 1, 28}, {1999, 2, 16}, {2000, 2, 5},  {2001, 1, 24},
    {2002, 2, 12}, {2003, 2, 1},  {2004, 1, 22}, {2005, 2, 9},  {2006, 1, 29}, {2007, 2, 17}, {2008, 2, 7},
    {2009, 1, 26}, {2010, 2, 14}, {2011, 2, 3},  {2012, 1, 23}, {2013, 2, 10}, {2014, 1, 31}, {2015, 2, 19},
    {2016, 2, 8},  {2017, 1, 28}, {2018, 2, 16}, {2019, 2, 5},  {2020, 1, 25}, {2021, 2, 12}, {2022, 2, 1},
    {2023, 1, 22}, {2024, 2, 10}, {2025, 1, 29}, {2026, 2, 17}, {2027, 2, 6},  {2028, 1, 26}, {2029, 2, 13},
    {2030, 2, 2},  {2031, 1, 23}, {2032, 2, 11}, {2033, 1, 31}, {2034, 2, 19}, {2035, 2, 8},
};
struct Leap { int year, month; };
const Leap kLeap[] = {{1984, 0}, {1985, 2}, {1990, 5}, {1993, 3}, {1995, 8}, {1998, 5}, {2001, 4}, {2004, 2}, {2006, 7},
                      {2009, 5}, {2012, 4}, {2014, 9}, {2017, 6}, {2020, 4}, {2023, 2}, {2024, 0}, {2025, 6}, {2026, 0},
                      {2028, 5}, {2031, 3}, {2033, 11}, {2036, 6}};
}  // namespace

TEST_CASE("Tết falls on the published Vietnamese dates (both directions)", "[calendar][lunar]")
{
    for (const Tet &t : kTet) {
        INFO("Tết " << t.year);
        const QDate solar(t.year, t.month, t.day);
        CHECK(LunarCalendar::fromSolar(solar) == LunarDate{t.year, 1, 1, false});
        CHECK(LunarCalendar::fromSolar(solar.addDays(-1)).year == t.year - 1);
        CHECK(LunarCalendar::fromSolar(solar.addDays(-1)).month == 12);
        CHECK(LunarCalendar::toSolar(t.year, 1, 1) == solar);
    }
}

TEST_CASE("leap months of the Vietnamese calendar", "[calendar][lunar]")
{
    for (const Leap &l : kLeap) {
        INFO("year " << l.year);
        CHECK(LunarCalendar::leapMonth(l.year) == l.month);
    }
    // The leap month 2 of 2023 ran from 22/03 to 19/04; leap 4 of 2020 from 23/05 to 20/06;
    // leap 6 of 2025 from 25/07 to 22/08.
    CHECK(LunarCalendar::toSolar(2023, 2, 1, true) == QDate(2023, 3, 22));
    CHECK(LunarCalendar::fromSolar(QDate(2023, 4, 19)) == LunarDate{2023, 2, 29, true});
    CHECK(LunarCalendar::fromSolar(QDate(2023, 4, 20)) == LunarDate{2023, 3, 1, false});
    CHECK(LunarCalendar::toSolar(2020, 4, 1, true) == QDate(2020, 5, 23));
    CHECK(LunarCalendar::fromSolar(QDate(2020, 6, 21)) == LunarDate{2020, 5, 1, false});
    CHECK(LunarCalendar::toSolar(2025, 6, 1, true) == QDate(2025, 7, 25));
    CHECK(LunarCalendar::fromSolar(QDate(2025, 8, 23)) == LunarDate{2025, 7, 1, false});
    CHECK_FALSE(LunarCalendar::toSolar(2024, 6, 1, true));  // 2024 has no leap month
    CHECK_FALSE(LunarCalendar::toSolar(2023, 3, 1, true));  // 2023's leap month is 2, not 3
}

TEST_CASE("festival dates: Hùng Kings (10/3), Vu Lan (15/7), Mid-Autumn (15/8)", "[calendar][lunar]")
{
    const struct { int y, m, d, ly, lm, ld; } cases[] = {
        {2020, 4, 2, 2020, 3, 10},  {2021, 4, 21, 2021, 3, 10}, {2022, 4, 10, 2022, 3, 10}, {2023, 4, 29, 2023, 3, 10},
        {2024, 4, 18, 2024, 3, 10}, {2025, 4, 7, 2025, 3, 10},  {2026, 4, 26, 2026, 3, 10}, {2024, 8, 18, 2024, 7, 15},
        {2023, 9, 29, 2023, 8, 15}, {2024, 9, 17, 2024, 8, 15}, {2025, 10, 6, 2025, 8, 15}, {2022, 9, 10, 2022, 8, 15},
    };
    for (const auto &c : cases) {
        INFO(c.y << "-" << c.m << "-" << c.d);
        CHECK(LunarCalendar::fromSolar(QDate(c.y, c.m, c.d)) == LunarDate{c.ly, c.lm, c.ld, false});
        CHECK(LunarCalendar::toSolar(c.ly, c.lm, c.ld) == QDate(c.y, c.m, c.d));
    }
}

TEST_CASE("every day 1900-2100 converts and comes back, months and years are well formed", "[calendar][lunar]")
{
    LunarDate previous = LunarCalendar::fromSolar(QDate(1900, 1, 1));
    int months = 0;
    for (QDate d(1900, 1, 2); d <= QDate(2100, 12, 31); d = d.addDays(1)) {
        const LunarDate l = LunarCalendar::fromSolar(d);
        const auto back = LunarCalendar::toSolar(l.year, l.month, l.day, l.leap);
        if (!back || *back != d)
            FAIL("round trip failed at " << d.toString(Qt::ISODate).toStdString());
        if (l.day == 1) {
            ++months;
            if (!(previous.day == 29 || previous.day == 30))
                FAIL("month of " << previous.day << " days before " << d.toString(Qt::ISODate).toStdString());
        } else if (l.day != previous.day + 1 || l.month != previous.month || l.leap != previous.leap) {
            FAIL("day sequence broken at " << d.toString(Qt::ISODate).toStdString());
        }
        previous = l;
    }
    // 201 years ≈ 2486 lunations
    CHECK(std::abs(months - 2486) <= 2);
    for (int y = 1901; y <= 2100; ++y) {
        const int leap = LunarCalendar::leapMonth(y);
        CHECK((leap >= 0 && leap <= 12));
        const qint64 days = LunarCalendar::toSolar(y, 1, 1)->daysTo(*LunarCalendar::toSolar(y + 1 > 2100 ? 2100 : y + 1, 1, 1));
        if (y < 2100)
            CHECK((leap ? (days >= 383 && days <= 385) : (days >= 353 && days <= 355)));
    }
}

TEST_CASE("impossible lunar dates are refused", "[calendar][lunar]")
{
    CHECK_FALSE(LunarCalendar::toSolar(2024, 13, 1));
    CHECK_FALSE(LunarCalendar::toSolar(2024, 0, 1));
    CHECK_FALSE(LunarCalendar::toSolar(2024, 1, 31));
    // a 29-day month has no day 30: the last month of Giáp Thìn (2024) has 29 days
    CHECK(LunarCalendar::monthLength(2024, 12) == 29);
    CHECK_FALSE(LunarCalendar::toSolar(2024, 12, 30));
    CHECK(LunarCalendar::toSolar(2024, 12, 29) == QDate(2025, 1, 28));
}

TEST_CASE("astronomy: a known new moon and the solstice", "[calendar][astronomy]")
{
    // Meeus example 49.a: the new moon of 1977 February 18, 3h37m42s TT (k = -283).
    const double jd = astro::newMoonJd(-283) + astro::deltaTSeconds(1977.13) / 86400.0;
    CHECK(jd == Approx(2443192.65118).margin(0.0005));
    // Winter solstice 2024: 21 December 09:20 UT; the Sun is at 270° then.
    const double solstice = QDate(2024, 12, 21).toJulianDay() - 0.5 + (9 + 20.0 / 60) / 24;
    CHECK(astro::sunLongitude(solstice) == Approx(270.0).margin(0.02));
}
