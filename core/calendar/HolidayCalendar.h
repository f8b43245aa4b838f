#pragma once
// Working days of the real calendar: Monday–Friday, minus the year's days off, plus swapped
// working Saturdays. A year follows its official schedule when one is loaded, else the rules.
#include "DayCalendar.h"
#include "HolidaySchedule.h"

#include <QHash>
#include <QSet>
#include <functional>
#include <memory>
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
    // After a schedule (or any other calendar data) was stored: drops the cache, then tells the
    // listener, so that the process's one owner of calendar data can announce the change.
    void invalidate();
    void setInvalidationListener(std::function<void()> listener) { m_onInvalidated = std::move(listener); }

private:
    struct Year {
        QList<DayOff> daysOff;
        QList<QDate> workingSaturdays;
        QSet<QDate> offSet;
        QSet<QDate> workSet;
        bool official = false;
        QString source;
    };
    // Shared, not a reference into the cache: one calendar serves the window and the sync
    // thread, and the other thread may invalidate or grow the cache meanwhile.
    std::shared_ptr<const Year> year(int y) const;
    ScheduleSource m_source;
    std::function<void()> m_onInvalidated;
    mutable std::mutex m_mutex;
    mutable QHash<int, std::shared_ptr<const Year>> m_years;
};

}  // namespace pc
