#include "HolidayCalendar.h"

#include <QCoreApplication>

namespace pc {
namespace {
class CalendarText {
    Q_DECLARE_TR_FUNCTIONS(pc::CalendarText)
};
}  // namespace

std::shared_ptr<const HolidayCalendar::Year> HolidayCalendar::year(int y) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_years.constFind(y);
    if (it != m_years.cend())
        return *it;
    auto made = std::make_shared<Year>();
    Year &plan = *made;
    const std::optional<HolidaySchedule> official = m_source ? m_source(y) : std::nullopt;
    if (official) {
        plan.daysOff = official->daysOff;
        plan.workingSaturdays = official->workingSaturdays;
        plan.official = true;
        plan.source = official->source;
    } else {
        plan.daysOff = HolidayRules::defaultDaysOff(y);
        plan.source = CalendarText::tr("Quy tắc mặc định (Bộ luật Lao động 2019, Điều 111 và 112)");
    }
    for (const DayOff &d : plan.daysOff)
        plan.offSet.insert(d.date);
    for (const QDate &d : plan.workingSaturdays)
        plan.workSet.insert(d);
    m_years.insert(y, made);
    return made;
}

bool HolidayCalendar::isWorkingDay(const QDate &d) const
{
    const auto plan = year(d.year());
    if (plan->workSet.contains(d))
        return true;
    return d.dayOfWeek() <= 5 && !plan->offSet.contains(d);
}

QList<DayOff> HolidayCalendar::daysOff(int y) const { return year(y)->daysOff; }
QList<QDate> HolidayCalendar::workingSaturdays(int y) const { return year(y)->workingSaturdays; }
bool HolidayCalendar::usesOfficialSchedule(int y) const { return year(y)->official; }
QString HolidayCalendar::scheduleSource(int y) const { return year(y)->source; }

void HolidayCalendar::invalidate()
{
    {
        std::lock_guard lock(m_mutex);
        m_years.clear();
    }
    if (m_onInvalidated)  // outside the lock: the listener may read the calendar again
        m_onInvalidated();
}

}  // namespace pc
