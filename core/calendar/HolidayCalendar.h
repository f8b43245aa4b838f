#pragma once
// Working days of the real calendar: Monday–Friday, minus the year's days off, plus swapped
// working Saturdays. A year follows its official schedule when one is loaded, else the rule
// set in force.
#include "DayCalendar.h"
#include "HolidayRuleSet.h"
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
    // The newest official schedule of a year, none, or why it could not be read.
    using ScheduleSource = std::function<Result<std::optional<HolidaySchedule>>(int year)>;
    explicit HolidayCalendar(ScheduleSource officialSchedules = {},
                             std::shared_ptr<const HolidayRuleSet> rules = HolidayRuleSet::builtIn());

    bool isWorkingDay(const QDate &d) const override;
    // A year whose schedule could not be read is not cached: the next question reads it again,
    // and until then every answer about it comes with the error.
    Status availability(int fromYear, int toYear) const override;
    QList<DayOff> daysOff(int year) const;
    QList<QDate> workingSaturdays(int year) const;
    bool usesOfficialSchedule(int year) const;
    QString scheduleSource(int year) const;  // the announcement, or the rules, for the clerk
    std::shared_ptr<const HolidayRuleSet> rules() const;
    void setRules(std::shared_ptr<const HolidayRuleSet> rules);
    // After a schedule, a rule set (or any other calendar data) was stored: drops the cache,
    // then tells the listener, so that the process's one owner of calendar data can announce it.
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
        std::optional<Error> failure;
    };
    // Shared, not a reference into the cache: one calendar serves the window and the sync
    // thread, and the other thread may invalidate or grow the cache meanwhile.
    std::shared_ptr<const Year> year(int y) const;
    ScheduleSource m_source;
    std::function<void()> m_onInvalidated;
    mutable std::mutex m_mutex;
    std::shared_ptr<const HolidayRuleSet> m_rules;
    mutable QHash<int, std::shared_ptr<const Year>> m_years;
};

}  // namespace pc
