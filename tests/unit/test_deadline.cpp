#include "TestSupport.h"
#include "calendar/DeadlineCalculator.h"

#include <catch2/catch.hpp>

using namespace pc;
using pc::test::local;

namespace {
const WeekdayCalendar weekdays;
QDateTime due(const QDateTime &received, Duration::Kind k, int n, QTime cutoff = {})
{
    return DeadlineCalculator(weekdays, WorkingHours::standard()).due(received, Duration{k, n}, cutoff);
}
constexpr auto Days = Duration::Kind::WorkingDays;
constexpr auto Hours = Duration::Kind::WorkingHours;
constexpr auto Calendar = Duration::Kind::CalendarDays;
}  // namespace

TEST_CASE("working hours parse and measure a day", "[calendar]")
{
    CHECK(WorkingHours::standard().minutesPerDay() == 450);
    auto h = WorkingHours::parse(QStringLiteral("08:00-12:00, 13:00-17:00"));
    REQUIRE(h);
    CHECK(h->minutesPerDay() == 480);
    CHECK(h->toString() == QStringLiteral("08:00-12:00,13:00-17:00"));
    CHECK_FALSE(WorkingHours::parse(QStringLiteral("13:00-17:00,08:00-12:00")));
    CHECK_FALSE(WorkingHours::parse(QStringLiteral("8h-12h")));
    CHECK_FALSE(WorkingHours::parse(QString()));
}

TEST_CASE("working days count only working time, across lunch and weekends", "[calendar][deadline]")
{
    // Friday 16:30 + 1 working day (450 min): 30 min Friday, 420 min from Monday 07:30.
    CHECK(due(local(2026, 11, 27, 16, 30), Days, 1) == local(2026, 11, 30, 16, 30));
    // Received at 10:00 + 1 day: lunch is skipped.
    CHECK(due(local(2026, 11, 24, 10, 0), Days, 1) == local(2026, 11, 25, 10, 0));
    // Received before opening: the day of receipt is never a whole counted day (Civil Code
    // art. 147(2)), so counting starts Wednesday 07:30 and 450 minutes later is Wednesday 17:00.
    CHECK(due(local(2026, 11, 24, 6, 0), Days, 1) == local(2026, 11, 25, 17, 0));
    // During lunch: counting starts at 13:30.
    CHECK(due(local(2026, 11, 24, 12, 0), Days, 1) == local(2026, 11, 25, 11, 30));
    // Saturday: counting starts Monday 07:30.
    CHECK(due(local(2026, 11, 28, 9, 0), Days, 2) == local(2026, 12, 1, 17, 0));
}

TEST_CASE("working hours and same-day cutoffs", "[calendar][deadline]")
{
    CHECK(due(local(2026, 11, 24, 11, 0), Hours, 2) == local(2026, 11, 24, 15, 0));
    CHECK(due(local(2026, 11, 24, 16, 0), Hours, 2) == local(2026, 11, 25, 8, 30));
    // Before the 15:00 cutoff: counted today. After it: from the next working day.
    CHECK(due(local(2026, 11, 24, 14, 50), Hours, 2, QTime(15, 0)) == local(2026, 11, 24, 16, 50));
    CHECK(due(local(2026, 11, 24, 15, 10), Hours, 2, QTime(15, 0)) == local(2026, 11, 25, 9, 30));
    CHECK(due(local(2026, 11, 27, 15, 10), Hours, 2, QTime(15, 0)) == local(2026, 11, 30, 9, 30));
}

TEST_CASE("calendar days end on a working day's close", "[calendar][deadline]")
{
    // Tue 24/11 + 10 days = Fri 04/12, a working day: ends at its close.
    CHECK(due(local(2026, 11, 24, 9, 0), Calendar, 10) == local(2026, 12, 4, 17, 0));
    // Tue 24/11 + 11 days = Sat 05/12: moves to Monday 07/12 close (Civil Code art. 148).
    CHECK(due(local(2026, 11, 24, 9, 0), Calendar, 11) == local(2026, 12, 7, 17, 0));
}

TEST_CASE("the day of receipt is never a whole counted day", "[calendar][deadline]")
{
    // Issue 8 §2, Civil Code art. 147(2), production practice (law-2026.md R4). Weekdays only.
    // Tuesday 24/11/2026 07:30 sharp is "at opening": counting starts Wednesday 07:30 and one
    // working day (07:30–11:30 + 13:30–17:00 = 450 min) ends Wednesday 17:00, never Tuesday 17:00.
    CHECK(due(local(2026, 11, 24, 7, 30), Days, 1) == local(2026, 11, 25, 17, 0));
    CHECK(due(local(2026, 11, 24, 7, 0), Days, 1) == local(2026, 11, 25, 17, 0));
    // One minute after opening counts from the moment: + 450 min = Wednesday 07:31.
    CHECK(due(local(2026, 11, 24, 7, 31), Days, 1) == local(2026, 11, 25, 7, 31));
    // Monday 10:00 + 1 = Tuesday 10:00 (counting from the moment, lunch excluded).
    CHECK(due(local(2026, 11, 23, 10, 0), Days, 1) == local(2026, 11, 24, 10, 0));
    // In the lunch break: from 13:30; 210 min that afternoon + 240 min next morning → 11:30.
    CHECK(due(local(2026, 11, 23, 12, 15), Days, 1) == local(2026, 11, 24, 11, 30));
    // After closing (17:00 sharp included): from Tuesday's opening → Tuesday 17:00.
    CHECK(due(local(2026, 11, 23, 17, 0), Days, 1) == local(2026, 11, 24, 17, 0));
    CHECK(due(local(2026, 11, 23, 19, 0), Days, 1) == local(2026, 11, 24, 17, 0));
    // Friday before opening + 2 days: Monday and Tuesday are the two counted days → Tuesday 17:00.
    CHECK(due(local(2026, 11, 27, 7, 0), Days, 2) == local(2026, 12, 1, 17, 0));
    // Sunday: from Monday's opening → Monday 17:00.
    CHECK(due(local(2026, 11, 29, 9, 0), Days, 1) == local(2026, 11, 30, 17, 0));
    // Working hours are not days: a same-day procedure received before opening starts at
    // opening that day (2 h → 09:30), as its decree's "ngay trong ngày" requires.
    CHECK(due(local(2026, 11, 24, 7, 0), Hours, 2) == local(2026, 11, 24, 9, 30));
}

TEST_CASE("years outside 1900-2199 are refused, not computed", "[calendar][deadline][limits]")
{
    const DeadlineCalculator calc(weekdays, WorkingHours::standard());
    for (int year : {1, 1000, 1899, 2200, 9999}) {
        INFO("year " << year);
        const QDateTime received = local(year, 3, 2, 10, 0);
        CHECK_FALSE(calc.due(received, Duration{Days, 1}).isValid());
        const auto checked = calc.checkedDue(received, Duration{Days, 1});
        REQUIRE_FALSE(checked);
        CHECK(checked.error().kind == Error::Kind::BadInput);
    }
    // A period that would end after 2199 is refused too: 31/12/2199 + 10 calendar days.
    CHECK_FALSE(calc.checkedDue(local(2199, 12, 31, 10, 0), Duration{Calendar, 10}));
    // Monday 02/12/2199 10:00 + 1 working day = Tuesday 10:00: the last supported year still works.
    CHECK(calc.checkedDue(local(2199, 12, 2, 10, 0), Duration{Days, 1}).value() == local(2199, 12, 3, 10, 0));
}
