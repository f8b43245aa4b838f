#include "CalendarService.h"

#include "storage/Database.h"
#include "storage/HolidayScheduleRepository.h"

namespace pc {

Result<HolidaySchedule> CalendarService::importSchedule(const QByteArray &json, const QString &origin)
{
    auto s = HolidaySchedule::fromJson(json);
    if (!s)
        return s.error();
    if (auto r = HolidayScheduleRepository(m_db.sql()).store(s.value(), origin); !r)
        return r.error();
    m_calendar.invalidate();
    return s;
}

}  // namespace pc
