#include "HolidayScheduleRepository.h"

#include "SqlHelpers.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace pc {
namespace {
class ScheduleStoreText {
    Q_DECLARE_TR_FUNCTIONS(pc::ScheduleStoreText)
};
}  // namespace

Status HolidayScheduleRepository::store(const HolidaySchedule &s, const QString &origin)
{
    auto r = sql::exec(m_db, QStringLiteral("INSERT INTO holiday_schedules (year, origin, source, document, imported_at) VALUES (?,?,?,?,?)"),
                       {s.year, origin, s.source, QString::fromUtf8(s.toJson()), toStoredUtc(QDateTime::currentDateTimeUtc())});
    if (!r)
        return r.error();
    return success();
}

Result<std::optional<HolidayScheduleRepository::Stored>> HolidayScheduleRepository::newestStored(int year)
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT origin, document FROM holiday_schedules WHERE year = ? ORDER BY id DESC LIMIT 1"), {year});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Stored>();
    return std::optional<Stored>(Stored{q->value(0).toString(), q->value(1).toString().toUtf8()});
}

Result<std::optional<HolidaySchedule>> HolidayScheduleRepository::newestFor(int year)
{
    auto stored = newestStored(year);
    if (!stored)
        return stored.error();
    if (!*stored)
        return std::optional<HolidaySchedule>();
    auto parsed = HolidaySchedule::fromJson(stored.value()->document);
    if (!parsed)
        return Error::storage(ScheduleStoreText::tr("lịch nghỉ lưu trong cơ sở dữ liệu bị hỏng (%1).")
                                  .arg(parsed.error().details.isEmpty() ? parsed.error().message : parsed.error().details.join(u"; ")));
    return std::optional<HolidaySchedule>(parsed.value());
}

}  // namespace pc
