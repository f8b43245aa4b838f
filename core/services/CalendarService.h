#pragma once
// The calendar use cases: days off of a year and where they come from, importing an official
// schedule, and the due moment of a duration.
#include "calendar/DeadlineCalculator.h"
#include "calendar/HolidayCalendar.h"
#include "util/Result.h"

namespace pc {

class Database;

class CalendarService {
public:
    CalendarService(Database &db, HolidayCalendar &calendar, const WorkingHours &hours)
        : m_db(db), m_calendar(calendar), m_hours(hours) {}
    Result<HolidaySchedule> importSchedule(const QByteArray &json, const QString &origin = QStringLiteral("import"));
    QList<DayOff> daysOff(int year) const { return m_calendar.daysOff(year); }
    QList<QDate> workingSaturdays(int year) const { return m_calendar.workingSaturdays(year); }
    bool usesOfficialSchedule(int year) const { return m_calendar.usesOfficialSchedule(year); }
    QString scheduleSource(int year) const { return m_calendar.scheduleSource(year); }
    // received and the result: local wall-clock time.
    QDateTime due(const QDateTime &received, const Duration &d, const QTime &cutoff = {}) const
    {
        return DeadlineCalculator(m_calendar, m_hours).due(received, d, cutoff);
    }

private:
    Database &m_db;
    HolidayCalendar &m_calendar;
    const WorkingHours &m_hours;
};

}  // namespace pc
