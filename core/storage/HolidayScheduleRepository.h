#pragma once
#include "calendar/HolidaySchedule.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace pc {

class HolidayScheduleRepository {
public:
    explicit HolidayScheduleRepository(QSqlDatabase &db) : m_db(db) {}
    Status store(const HolidaySchedule &s, const QString &origin);
    Result<std::optional<HolidaySchedule>> newestFor(int year);

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
