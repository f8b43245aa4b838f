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
    // Received before opening: counting starts at 07:30, ends at 17:00 the same day.
    CHECK(due(local(2026, 11, 24, 6, 0), Days, 1) == local(2026, 11, 24, 17, 0));
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
