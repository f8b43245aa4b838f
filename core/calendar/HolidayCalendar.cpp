#include "HolidayCalendar.h"

#include "CalendarYears.h"

#include <QCoreApplication>

namespace pc {
namespace {
class CalendarText {
    Q_DECLARE_TR_FUNCTIONS(pc::CalendarText)
};
}  // namespace

HolidayCalendar::HolidayCalendar(ScheduleSource officialSchedules, std::shared_ptr<const HolidayRuleSet> rules)
    : m_source(std::move(officialSchedules)), m_rules(std::move(rules))
{
}

std::shared_ptr<const HolidayCalendar::Year> HolidayCalendar::year(int y) const
{
    std::lock_guard lock(m_mutex);
    if (auto it = m_years.constFind(y); it != m_years.cend())
        return *it;
    auto plan = std::make_shared<Year>();
    if (!calendar::yearSupported(y)) {
        plan->failure = Error::badInput(CalendarText::tr("Năm %1 nằm ngoài khoảng lịch hỗ trợ (%2–%3).")
                                            .arg(y).arg(calendar::kFirstYear).arg(calendar::kLastYear));
        return plan;  // nothing computed, nothing cached
    }
    auto official = m_source ? m_source(y) : Result<std::optional<HolidaySchedule>>(std::nullopt);
    if (official && official.value()) {
        const HolidaySchedule &s = **official;
        plan->daysOff = s.daysOff;
        plan->workingSaturdays = s.workingSaturdays;
        plan->official = true;
        plan->source = s.source;
    } else {
        plan->daysOff = HolidayRules::daysOff(*m_rules, y);
        plan->source = CalendarText::tr("Quy tắc ngày nghỉ phiên bản %1 (Bộ luật Lao động 2019, Điều 111 và 112)").arg(m_rules->version);
        if (!official)
            plan->failure = Error{official.error().kind,
                                  CalendarText::tr("Không đọc được lịch nghỉ chính thức năm %1: %2").arg(y).arg(official.error().message),
                                  official.error().details};
    }
    for (const DayOff &d : plan->daysOff)
        plan->offSet.insert(d.date);
    for (const QDate &d : plan->workingSaturdays)
        plan->workSet.insert(d);
    if (!plan->failure)
        m_years.insert(y, plan);
    return plan;
}

bool HolidayCalendar::isWorkingDay(const QDate &d) const
{
    const auto plan = year(d.year());
    if (plan->workSet.contains(d))
        return true;
    return d.dayOfWeek() <= 5 && !plan->offSet.contains(d);
}

Status HolidayCalendar::availability(int fromYear, int toYear) const
{
    if (!calendar::yearSupported(fromYear) || !calendar::yearSupported(toYear))
        return year(calendar::yearSupported(fromYear) ? toYear : fromYear)->failure.value();
    for (int y = fromYear; y <= toYear; ++y)
        if (const auto plan = year(y); plan->failure)
            return *plan->failure;
    return success();
}

QList<DayOff> HolidayCalendar::daysOff(int y) const { return year(y)->daysOff; }
QList<QDate> HolidayCalendar::workingSaturdays(int y) const { return year(y)->workingSaturdays; }
bool HolidayCalendar::usesOfficialSchedule(int y) const { return year(y)->official; }
QString HolidayCalendar::scheduleSource(int y) const { return year(y)->source; }

std::shared_ptr<const HolidayRuleSet> HolidayCalendar::rules() const
{
    std::lock_guard lock(m_mutex);
    return m_rules;
}

void HolidayCalendar::setRules(std::shared_ptr<const HolidayRuleSet> rules)
{
    {
        std::lock_guard lock(m_mutex);
        m_rules = std::move(rules);
        m_years.clear();
    }
    if (m_onInvalidated)
        m_onInvalidated();
}

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
