#pragma once
// Working days of the real calendar: Monday–Friday, minus the year's days off, plus swapped
// working Saturdays. A year follows its official schedule when one is loaded, else the rules.
#include "DayCalendar.h"
#include "HolidaySchedule.h"

#include <QHash>
#include <QSet>
#include <functional>
#include <mutex>
#include <optional>

namespace pc {

class HolidayCalendar final : public DayCalendar {
public:
    using ScheduleSource = std::function<std::optional<HolidaySchedule>(int year)>;
    explicit HolidayCalendar(ScheduleSource officialSchedules = {}) : m_source(std::move(officialSchedules)) {}

    bool isWorkingDay(const QDate &d) const override;
    QList<DayOff> daysOff(int year) const;
    QList<QDate> workingSaturdays(int year) const;
    bool usesOfficialSchedule(int year) const;
    QString scheduleSource(int year) const;  // the announcement, or the rules, for the clerk
    void invalidate();  // after a schedule was imported

private:
    struct Year {
        QList<DayOff> daysOff;
        QList<QDate> workingSaturdays;
        QSet<QDate> offSet;
        QSet<QDate> workSet;
        bool official = false;
        QString source;
    };
    const Year &year(int y) const;
    ScheduleSource m_source;
    mutable std::mutex m_mutex;
    mutable QHash<int, Year> m_years;
};

}  // namespace pc
