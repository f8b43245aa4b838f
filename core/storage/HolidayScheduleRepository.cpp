#include "HolidayScheduleRepository.h"

#include "SqlHelpers.h"
#include "util/Clock.h"

namespace pc {

Status HolidayScheduleRepository::store(const HolidaySchedule &s, const QString &origin)
{
    auto r = sql::exec(m_db, QStringLiteral("INSERT INTO holiday_schedules (year, origin, source, document, imported_at) VALUES (?,?,?,?,?)"),
                       {s.year, origin, s.source, QString::fromUtf8(s.toJson()), toStoredUtc(QDateTime::currentDateTimeUtc())});
    if (!r)
        return r.error();
    return success();
}

Result<std::optional<HolidaySchedule>> HolidayScheduleRepository::newestFor(int year)
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT document FROM holiday_schedules WHERE year = ? ORDER BY id DESC LIMIT 1"), {year});
    if (!v)
        return v.error();
    if (!v->isValid())
        return std::optional<HolidaySchedule>();
    auto parsed = HolidaySchedule::fromJson(v->toString().toUtf8());
    if (!parsed)
        return parsed.error();
    return std::optional<HolidaySchedule>(parsed.value());
}

}  // namespace pc
