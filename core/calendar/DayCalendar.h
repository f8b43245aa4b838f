#pragma once
// Which days are working days. The deadline arithmetic only asks this question.
#include "util/Result.h"

#include <QDate>
#include <QString>

namespace pc {

class DayCalendar {
public:
    virtual ~DayCalendar() = default;
    virtual bool isWorkingDay(const QDate &d) const = 0;
    // Whether the days of these years are known. An official schedule that could not be read
    // is an error for the clerk, never a silent fall-back to the rules (issue 8 §6).
    virtual Status availability(int fromYear, int toYear) const;
    // Strictly after; invalid past the last supported year (CalendarYears.h).
    QDate nextWorkingDay(const QDate &after) const;
};

// Monday–Friday, no holidays: the plain calendar, used where no holiday rules apply.
class WeekdayCalendar final : public DayCalendar {
public:
    bool isWorkingDay(const QDate &d) const override { return d.dayOfWeek() <= 5; }
};

}  // namespace pc
