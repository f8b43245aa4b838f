#pragma once
// Stored official schedules: every version kept, the newest of a year in force.
#include "calendar/HolidaySchedule.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace pc {

class HolidayScheduleRepository {
public:
    explicit HolidayScheduleRepository(QSqlDatabase &db) : m_db(db) {}
    Status store(const HolidaySchedule &s, const QString &origin);
    // A stored schedule that no longer parses is a storage error, never "no schedule".
    Result<std::optional<HolidaySchedule>> newestFor(int year);
    // Origin ('built-in', 'import', 'centre') and document of the newest version of a year.
    struct Stored {
        QString origin;
        QByteArray document;
    };
    Result<std::optional<Stored>> newestStored(int year);

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
