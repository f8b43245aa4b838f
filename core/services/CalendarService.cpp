#include "CalendarService.h"

#include "calendar/CalendarYears.h"
#include "storage/Database.h"
#include "storage/HolidayRuleSetRepository.h"
#include "storage/HolidayScheduleRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
class CalendarServiceText {
    Q_DECLARE_TR_FUNCTIONS(pc::CalendarServiceText)
};

const QString kBuiltIn = u"built-in"_s;

Status ensureBuiltInSchedules(QSqlDatabase &db)
{
    const QDir dir(u":/calendar/schedules"_s);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        auto parsed = f.open(QIODevice::ReadOnly) ? HolidaySchedule::fromJson(f.readAll()) : Result<HolidaySchedule>(Error::internal(f.errorString()));
        if (!parsed)
            return Error::internal(CalendarServiceText::tr("Lịch nghỉ có sẵn %1 trong ứng dụng bị lỗi: %2").arg(name, parsed.error().details.join(u"; ")));
        HolidayScheduleRepository repo(db);
        auto newest = repo.newestStored(parsed->year);
        if (!newest)
            return newest.error();
        // An imported or centre-sent schedule of the year stays in force; a built-in one
        // corrected in a later release replaces the earlier built-in one.
        const bool store = !*newest || (newest.value()->origin == kBuiltIn && newest.value()->document != parsed->toJson());
        if (store)
            if (auto r = repo.store(parsed.value(), kBuiltIn); !r)
                return r.error();
    }
    return success();
}
}  // namespace

Status CalendarService::loadBuiltIns()
{
    QSqlDatabase &db = m_db.sql();
    HolidayRuleSetRepository rules(db);
    auto current = rules.current();
    if (!current)
        return current.error();
    const auto builtIn = HolidayRuleSet::builtIn();
    if (builtIn->version.isEmpty())
        return Error::internal(CalendarServiceText::tr("Quy tắc ngày nghỉ có sẵn trong ứng dụng bị lỗi."));
    if (!*current || HolidayRuleSet::compareVersions(builtIn->version, current.value()->version) > 0) {
        if (auto r = rules.store(*builtIn, kBuiltIn, m_clock.nowUtc()); !r)
            return r.error();
        current = std::optional<HolidayRuleSet>(*builtIn);
    }
    if (auto r = ensureBuiltInSchedules(db); !r)
        return r.error();
    // the calendar is shared by the process: a second opening of the same data changes nothing
    if (m_calendar.rules()->version != current.value()->version)
        m_calendar.setRules(std::make_shared<const HolidayRuleSet>(**current));
    return success();
}

Result<HolidaySchedule> CalendarService::importSchedule(const QByteArray &json, const QString &origin)
{
    auto s = HolidaySchedule::fromJson(json);
    if (!s)
        return s.error();
    if (const QStringList problems = HolidayRules::scheduleProblems(*m_calendar.rules(), s.value()); !problems.isEmpty())
        return Error::badInput(CalendarServiceText::tr("Lịch nghỉ năm %1 bỏ ngày nghỉ lễ theo luật mà không thay thế; không nạp.").arg(s->year),
                               problems);
    if (auto r = HolidayScheduleRepository(m_db.sql()).store(s.value(), origin); !r)
        return r.error();
    m_calendar.invalidate();
    return s;
}

Result<HolidayRuleSet> CalendarService::importRuleSet(const QByteArray &json, const QString &origin)
{
    auto rules = HolidayRuleSet::fromJson(json);
    if (!rules)
        return rules.error();
    if (auto r = HolidayRuleSetRepository(m_db.sql()).store(rules.value(), origin, m_clock.nowUtc()); !r)
        return r.error();
    m_calendar.setRules(std::make_shared<const HolidayRuleSet>(rules.value()));
    return rules;
}

Status CalendarService::checkYear(int year) const
{
    if (!calendar::yearSupported(year))
        return Error::badInput(CalendarServiceText::tr("Năm %1 nằm ngoài khoảng lịch hỗ trợ (%2–%3).").arg(year).arg(calendar::kFirstYear).arg(calendar::kLastYear));
    return m_calendar.availability(year, year);
}

Result<CalendarService::YearSource> CalendarService::yearSource(int year) const
{
    if (auto s = checkYear(year); !s)
        return s.error();
    return YearSource{m_calendar.usesOfficialSchedule(year), m_calendar.scheduleSource(year), m_calendar.rules()->version};
}

Result<QList<DayOff>> CalendarService::daysOff(int year) const
{
    if (auto s = checkYear(year); !s)
        return s.error();
    return m_calendar.daysOff(year);
}

Result<QList<QDate>> CalendarService::workingSaturdays(int year) const
{
    if (auto s = checkYear(year); !s)
        return s.error();
    return m_calendar.workingSaturdays(year);
}

}  // namespace pc
