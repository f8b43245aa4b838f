#pragma once
// The appointment: the receipt moment plus the procedure's duration, counted only in working
// time (DESIGN §5). All times here are local (Asia/Ho_Chi_Minh) wall-clock times.
#include "DayCalendar.h"
#include "WorkingHours.h"
#include "catalogue/Procedure.h"

#include <QDateTime>
#include <QTime>

namespace pc {

class DeadlineCalculator {
public:
    DeadlineCalculator(const DayCalendar &days, WorkingHours hours) : m_days(days), m_hours(std::move(hours)) {}
    // received: local wall-clock time. cutoff: invalid = none.
    // Invalid when the receipt or the result lies outside the supported years.
    QDateTime due(const QDateTime &received, const Duration &duration, const QTime &cutoff = {}) const;
    // The same, or why it cannot be trusted: a year out of range, a schedule that could not be read.
    Result<QDateTime> checkedDue(const QDateTime &received, const Duration &duration, const QTime &cutoff = {}) const;
    // Where counting starts: received itself when inside working time (and before the cutoff),
    // else the next working-time start.
    QDateTime countingStart(const QDateTime &received, const QTime &cutoff = {}) const;

private:
    // Where a period in working days starts: never inside the day of receipt's opening.
    QDateTime dayCountingStart(const QDateTime &received, const QTime &cutoff) const;
    QDateTime addWorkingMinutes(QDateTime start, qint64 minutes) const;
    QDateTime nextWorkingStart(const QDateTime &t) const;
    const DayCalendar &m_days;
    WorkingHours m_hours;
};

}  // namespace pc
