// Holidays 2024–2035 from the rules, checked against the official schedules announced for
// civil servants where the two agree (2023: 20–26/1, 29/4–3/5 and 1–4/9; 2024: Tết 8–14/2,
// 18/4 and 2–3/9; 2025: Tết 27–31/1, 7/4 and 1–2/9; 2026: Tết 16–20/2, 27/4 in lieu of Sunday
// 26/4, 1–2/9 and 24/11), and the override by an official schedule where they differ (the
// swapped days of 2024, 2025 and 2026). Sources: shared/reference/law-2026.md §4.
#include "TestSupport.h"
#include "calendar/HolidayCalendar.h"
#include "calendar/HolidayRules.h"
#include "services/CalendarService.h"
#include "calendar/LunarCalendar.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace pc;
using pc::test::local;

namespace {
QList<QDate> dates(const QList<DayOff> &days)
{
    QList<QDate> out;
    for (const DayOff &d : days)
        out.append(d.date);
    return out;
}
bool contains(const QList<DayOff> &days, const QDate &d) { return dates(days).contains(d); }
QByteArray example(int year)
{
    QFile f(QStringLiteral(POSTCOUNTER_SOURCE_DIR "/docs/examples/holiday-schedule-%1.json").arg(year));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}
}  // namespace

TEST_CASE("default days off agree with the published schedules where no swap was made", "[calendar][holidays]")
{
    const auto y2023 = HolidayRules::defaultDaysOff(2023);
    for (const QDate &d : {QDate(2023, 1, 2), QDate(2023, 5, 1), QDate(2023, 5, 2), QDate(2023, 5, 3), QDate(2023, 9, 1), QDate(2023, 9, 4)})
        CHECK(contains(y2023, d));
    // 2024: Tết 8–14/2 (Saturday mùng 1 paid back on Thursday 8/2 before the block, Sunday
    // mùng 2 on Wednesday 14/2 after it), 18/4, 30/4, 1/5, Monday 2/9 + Tuesday 3/9.
    CHECK(dates(HolidayRules::defaultDaysOff(2024)) ==
          QList<QDate>{QDate(2024, 1, 1), QDate(2024, 2, 8), QDate(2024, 2, 9), QDate(2024, 2, 12), QDate(2024, 2, 13),
                       QDate(2024, 2, 14), QDate(2024, 4, 18), QDate(2024, 4, 30), QDate(2024, 5, 1), QDate(2024, 9, 2), QDate(2024, 9, 3)});
    // 2025: Tết 25/1–2/2 (Saturday mùng 4 = 1/2 paid back on Monday 27/1), Tuesday 2/9 → 1/9.
    CHECK(dates(HolidayRules::defaultDaysOff(2025)) ==
          QList<QDate>{QDate(2025, 1, 1), QDate(2025, 1, 27), QDate(2025, 1, 28), QDate(2025, 1, 29), QDate(2025, 1, 30),
                       QDate(2025, 1, 31), QDate(2025, 4, 7), QDate(2025, 4, 30), QDate(2025, 5, 1), QDate(2025, 9, 1), QDate(2025, 9, 2)});
    // 2026 (Thông báo 9441/TB-BNV without its two swaps): Wednesday 2/9 → 1/9, not 3/9; 24/11 is new.
    CHECK(dates(HolidayRules::defaultDaysOff(2026)) ==
          QList<QDate>{QDate(2026, 1, 1), QDate(2026, 2, 16), QDate(2026, 2, 17), QDate(2026, 2, 18), QDate(2026, 2, 19),
                       QDate(2026, 2, 20), QDate(2026, 4, 27), QDate(2026, 4, 30), QDate(2026, 5, 1), QDate(2026, 9, 1), QDate(2026, 9, 2),
                       QDate(2026, 11, 24)});
}

TEST_CASE("every year 2024-2035 has the statutory holidays and one compensatory day per weekend holiday", "[calendar][holidays]")
{
    for (int y = 2024; y <= 2035; ++y) {
        INFO("year " << y);
        const auto all = HolidayRules::holidays(y);
        // 1 + 5 (Tết) + 1 + 1 + 1 + 2, and 24/11 from 2026 (NQ 28/2026/QH16, in force 01/07/2026)
        REQUIRE(all.size() == (y >= 2026 ? 12 : 11));
        int onWeekend = 0;
        for (const DayOff &h : all)
            onWeekend += h.date.dayOfWeek() >= 6;
        const auto off = HolidayRules::defaultDaysOff(y);
        CHECK(off.size() == all.size());  // weekday holidays + one compensatory day per weekend one
        for (const DayOff &d : off) {
            CHECK(d.date.dayOfWeek() <= 5);
            CHECK(d.date.year() == y);
        }
        CHECK(contains(off, QDate(y, 9, 2)) == (QDate(y, 9, 2).dayOfWeek() <= 5));
        // Tết: the last day of the old year and days 1–4 are all off (or compensated).
        const QDate tet = *LunarCalendar::toSolar(y, 1, 1);
        for (int i = -1; i < 4; ++i)
            if (tet.addDays(i).dayOfWeek() <= 5)
                CHECK(contains(off, tet.addDays(i)));
    }
}

TEST_CASE("compensatory days follow the holiday block", "[calendar][holidays]")
{
    // Tết 2023: Saturday 21/01 (last day) is paid back before the block, Friday 20/01, and
    // Sunday 22/01 (mùng 1) after it, Thursday 26/01 — the official 2023 schedule 20–26/01.
    const auto y2023 = HolidayRules::defaultDaysOff(2023);
    CHECK(contains(y2023, QDate(2023, 1, 20)));
    CHECK(contains(y2023, QDate(2023, 1, 26)));
    CHECK_FALSE(contains(y2023, QDate(2023, 1, 27)));
    // 2027 (law-2026.md §4): Tết 5–9/02 with Saturday mùng 1 → Thursday 4/02, Sunday mùng 2 → Wednesday 10/02.
    const auto y2027 = HolidayRules::defaultDaysOff(2027);
    CHECK(contains(y2027, QDate(2027, 2, 4)));
    CHECK(contains(y2027, QDate(2027, 2, 10)));
    CHECK_FALSE(contains(y2027, QDate(2027, 2, 11)));
    // 2028: Saturday mùng 4 (29/01) → Monday 24/01, not 31/01. 2030: Saturday mùng 1 (02/02) →
    // Thursday 31/01, Sunday mùng 2 → Wednesday 06/02.
    CHECK(contains(HolidayRules::defaultDaysOff(2028), QDate(2028, 1, 24)));
    CHECK_FALSE(contains(HolidayRules::defaultDaysOff(2028), QDate(2028, 1, 31)));
    CHECK(contains(HolidayRules::defaultDaysOff(2030), QDate(2030, 1, 31)));
    CHECK(contains(HolidayRules::defaultDaysOff(2030), QDate(2030, 2, 6)));
    CHECK_FALSE(contains(HolidayRules::defaultDaysOff(2030), QDate(2030, 2, 7)));
    // 2/9/2029 is a Sunday: the adjacent day is Monday 3/9, and Sunday is compensated on Tuesday 4/9.
    const auto y2029 = HolidayRules::defaultDaysOff(2029);
    CHECK(contains(y2029, QDate(2029, 9, 3)));
    CHECK(contains(y2029, QDate(2029, 9, 4)));
}

TEST_CASE("an official schedule overrides the rules for its year only", "[calendar][holidays][schedule]")
{
    auto s2025 = HolidaySchedule::fromJson(example(2025));
    REQUIRE(s2025);
    HolidayCalendar cal([&](int year) -> std::optional<HolidaySchedule> {
        if (year == 2025)
            return s2025.value();
        return std::nullopt;
    });
    CHECK(cal.usesOfficialSchedule(2025));
    CHECK_FALSE(cal.usesOfficialSchedule(2026));
    CHECK_FALSE(cal.isWorkingDay(QDate(2025, 1, 27)));   // official: off
    CHECK(cal.isWorkingDay(QDate(2025, 2, 3)));          // the rules' compensatory day is not used
    CHECK(cal.isWorkingDay(QDate(2025, 4, 26)));         // swapped working Saturday
    CHECK_FALSE(cal.isWorkingDay(QDate(2025, 5, 2)));
    CHECK(cal.workingSaturdays(2025) == QList<QDate>{QDate(2025, 4, 26)});
    CHECK_FALSE(cal.isWorkingDay(QDate(2026, 2, 18)));   // 2026 still follows the rules
}

TEST_CASE("a malformed schedule file is refused with reasons", "[calendar][schedule][validation]")
{
    CHECK_FALSE(HolidaySchedule::fromJson("not json"));
    CHECK_FALSE(HolidaySchedule::fromJson("{}"));
    auto r = HolidaySchedule::fromJson(R"({"format": "postcounter-holiday-schedule", "format_version": 1, "year": 2025,
        "source": "x", "days_off": [{"date": "2025-01-25", "name": "Sat"}, {"date": "2024-12-31", "name": "x"},
        {"date": "2025-13-01", "name": "x"}], "working_saturdays": ["2025-04-27"]})");
    REQUIRE_FALSE(r);
    CHECK(r.error().details.size() == 4);
}

TEST_CASE("deadlines across Tết, compensatory days and imported schedules", "[calendar][deadline]")
{
    // Since issue 8 the official schedules 2024–2026 are built in: 2025 no longer starts on the
    // rules, so the imported example only confirms them.
    test::TempCounter t;
    CalendarService &cal = t.services->calendar();
    const Duration oneDay{Duration::Kind::WorkingDays, 1};
    // Friday 06/02/2026 10:00 + 5 working days: Tết 16–20/02 is off.
    CHECK(cal.due(local(2026, 2, 6, 10, 0), {Duration::Kind::WorkingDays, 5}) == local(2026, 2, 13, 10, 0));
    CHECK(cal.due(local(2026, 2, 13, 10, 0), oneDay) == local(2026, 2, 23, 10, 0));
    // Friday 24/04/2026 + 1: Monday 27/04 is the compensatory day for Sunday 26/04.
    CHECK(cal.due(local(2026, 4, 24, 10, 0), oneDay) == local(2026, 4, 28, 10, 0));
    // Calendar days ending on the Tết holidays move to the close of the next working day.
    CHECK(cal.due(local(2026, 2, 6, 10, 0), {Duration::Kind::CalendarDays, 12}) == local(2026, 2, 23, 17, 0));
    // 2025 from the built-in official schedule: 27–31/01 off → Friday 24/01 + 1 = Monday 03/02.
    CHECK(cal.usesOfficialSchedule(2025));
    CHECK(cal.due(local(2025, 1, 24, 10, 0), oneDay) == local(2025, 2, 3, 10, 0));
    auto imported = cal.importSchedule(example(2025));
    REQUIRE(imported);
    CHECK(cal.due(local(2025, 1, 24, 10, 0), oneDay) == local(2025, 2, 3, 10, 0));
    // The swapped Saturday 26/04/2025 counts as a working day; Friday 02/05 does not.
    CHECK(cal.due(local(2025, 4, 25, 10, 0), oneDay) == local(2025, 4, 26, 10, 0));
    CHECK(cal.due(local(2025, 4, 29, 16, 0), oneDay) == local(2025, 5, 5, 16, 0));
    // and the intake service uses the same calendar
    DossierDraft d = test::completeDraft();
    d.receivedAt = local(2025, 1, 24, 10, 0);
    t.clock.setLocal(QDate(2025, 1, 24), QTime(10, 5));
    auto r = t.services->intake().registerDossier(test::clerk(), d);
    REQUIRE(r);
    // 8 working days from Fri 24/01/2025 10:00 → 03, 04, 05, 06, 07, 10, 11/02 and 2 h 30 on 12/02.
    CHECK(toLocal(r->dossier.appointmentAt) == local(2025, 2, 12, 10, 0));
}
