#pragma once
// The calendar use cases: days off of a year and where they come from, importing an official
// schedule or a holiday rule set, and the due moment of a duration.
#include "calendar/DeadlineCalculator.h"
#include "calendar/HolidayCalendar.h"
#include "util/Clock.h"
#include "util/Result.h"

namespace pc {

class Database;

class CalendarService {
public:
    CalendarService(Database &db, const Clock &clock, HolidayCalendar &calendar, const WorkingHours &hours)
        : m_db(db), m_clock(clock), m_calendar(calendar), m_hours(hours) {}
    // At every start: stores the built-in rule set and official schedules unless the database
    // holds something newer (an import or the centre's), then puts the rule set in force.
    Status loadBuiltIns();
    // Refused with the reasons when malformed or when it drops a statutory holiday without
    // replacing it (issue 10, item 14).
    Result<HolidaySchedule> importSchedule(const QByteArray &json, const QString &origin = QStringLiteral("import"));
    // Refused when malformed or not newer than the rule set in force.
    Result<HolidayRuleSet> importRuleSet(const QByteArray &json, const QString &origin = QStringLiteral("import"));

    struct YearSource {
        bool official = false;
        QString source;        // the announcement when official
        QString rulesVersion;  // the rule set in force
    };
    // Each refuses a year outside 1900–2199 and reports a schedule that could not be read.
    Result<YearSource> yearSource(int year) const;
    Result<QList<DayOff>> daysOff(int year) const;
    Result<QList<QDate>> workingSaturdays(int year) const;
    bool usesOfficialSchedule(int year) const { return m_calendar.usesOfficialSchedule(year); }
    QString scheduleSource(int year) const { return m_calendar.scheduleSource(year); }
    QString rulesVersion() const { return m_calendar.rules()->version; }
    std::shared_ptr<const HolidayRuleSet> ruleSet() const { return m_calendar.rules(); }
    // received and the result: local wall-clock time. Invalid when it cannot be computed;
    // checkedDue says why.
    QDateTime due(const QDateTime &received, const Duration &d, const QTime &cutoff = {}) const
    {
        return DeadlineCalculator(m_calendar, m_hours).due(received, d, cutoff);
    }
    Result<QDateTime> checkedDue(const QDateTime &received, const Duration &d, const QTime &cutoff = {}) const
    {
        return DeadlineCalculator(m_calendar, m_hours).checkedDue(received, d, cutoff);
    }

private:
    Status checkYear(int year) const;
    Database &m_db;
    const Clock &m_clock;
    HolidayCalendar &m_calendar;
    const WorkingHours &m_hours;
};

}  // namespace pc
