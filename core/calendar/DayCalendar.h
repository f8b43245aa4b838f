#pragma once
// Which days are working days. The deadline arithmetic only asks this question.
#include <QDate>
#include <QString>

namespace pc {

class DayCalendar {
public:
    virtual ~DayCalendar() = default;
    virtual bool isWorkingDay(const QDate &d) const = 0;
    QDate nextWorkingDay(const QDate &after) const;  // strictly after
};

// Monday–Friday, no holidays: the plain calendar, used where no holiday rules apply.
class WeekdayCalendar final : public DayCalendar {
public:
    bool isWorkingDay(const QDate &d) const override { return d.dayOfWeek() <= 5; }
};

}  // namespace pc
