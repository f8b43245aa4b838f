#include "HolidayRules.h"

#include "CalendarYears.h"
#include "HolidayRuleSet.h"
#include "HolidaySchedule.h"
#include "LunarCalendar.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
class HolidayText {
    Q_DECLARE_TR_FUNCTIONS(pc::HolidayText)
};

bool isWeekend(const QDate &d) { return d.dayOfWeek() >= 6; }

struct Holiday {
    QDate date;
    QString name;
    const HolidayRule *rule = nullptr;
};

void addTet(const HolidayRule &r, int year, QList<Holiday> &out)
{
    const auto first = LunarCalendar::toSolar(year, 1, 1);
    if (!first || !r.inForceOn(*first))
        return;
    out.append({first->addDays(-1), HolidayText::tr("%1 (ngày cuối năm Âm lịch)").arg(r.name), &r});
    for (int i = 0; i < r.tetDays - 1; ++i)
        out.append({first->addDays(i), HolidayText::tr("%1 (mùng %2 Tết)").arg(r.name).arg(i + 1), &r});
}

QList<Holiday> holidayList(const HolidayRuleSet &rules, int year)
{
    QList<Holiday> out;
    if (!calendar::yearSupported(year))
        return out;
    for (const HolidayRule &r : rules.rules) {
        switch (r.kind) {
        case HolidayRule::Kind::SolarFixed:
            if (const QDate d(year, r.month, r.day); d.isValid() && r.inForceOn(d))
                out.append({d, r.name, &r});
            break;
        case HolidayRule::Kind::LunarFixed:
            if (const auto d = LunarCalendar::toSolar(year, r.month, r.day); d && r.inForceOn(*d))
                out.append({*d, r.name, &r});
            break;
        case HolidayRule::Kind::TetBlock:
            addTet(r, year, out);
            break;
        case HolidayRule::Kind::AdjacentDay:
            if (const QDate anchor(year, r.month, r.day); anchor.isValid() && r.inForceOn(anchor))
                out.append({anchor.addDays(r.adjacentByWeekday[anchor.dayOfWeek() - 1]), r.name, &r});
            break;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    // Two rules naming the same day (a data slip) give one day off, not two.
    out.erase(std::unique(out.begin(), out.end(), [](const Holiday &a, const Holiday &b) { return a.date == b.date; }), out.end());
    return out;
}

bool tetPractice(const Holiday &h) { return h.rule->compensation == HolidayRule::Compensation::TetPractice; }
}  // namespace

QList<DayOff> HolidayRules::holidays(const HolidayRuleSet &rules, int year)
{
    QList<DayOff> out;
    for (const Holiday &h : holidayList(rules, year))
        out.append({h.date, h.name});
    return out;
}

QList<DayOff> HolidayRules::daysOff(const HolidayRuleSet &rules, int year)
{
    const QList<Holiday> all = holidayList(rules, year);
    QSet<QDate> taken;
    for (const Holiday &h : all)
        taken.insert(h.date);
    QList<DayOff> out;
    for (qsizetype i = 0; i < all.size();) {
        // A block: holidays on consecutive dates (e.g. Tết, or 29/4 Hùng Kings + 30/4 + 1/5).
        // The Tết practice never merges with a neighbouring holiday's block.
        qsizetype j = i;
        while (j + 1 < all.size() && all[j].date.daysTo(all[j + 1].date) <= 1 && tetPractice(all[j]) == tetPractice(all[j + 1]))
            ++j;
        QDate after = all[j].date, before = all[i].date;
        for (qsizetype k = i; k <= j; ++k) {
            const Holiday &h = all[k];
            if (!isWeekend(h.date)) {
                out.append({h.date, h.name});
                continue;
            }
            // Labour Code art. 111(3) owes a day; the Tết practice of every schedule since 2021
            // places a Saturday's before the block and a Sunday's after it.
            const bool backwards = tetPractice(h) && h.date.dayOfWeek() == 6;
            QDate &cursor = backwards ? before : after;
            do
                cursor = cursor.addDays(backwards ? -1 : 1);
            while (isWeekend(cursor) || taken.contains(cursor));
            taken.insert(cursor);
            out.append({cursor, HolidayText::tr("Nghỉ bù %1").arg(h.rule->shortName)});
        }
        i = j + 1;
    }
    std::sort(out.begin(), out.end(), [](const DayOff &a, const DayOff &b) { return a.date < b.date; });
    // a compensatory day pushed into the next year belongs to that year's list
    out.erase(std::remove_if(out.begin(), out.end(), [year](const DayOff &d) { return d.date.year() != year; }), out.end());
    return out;
}

QList<DayOff> HolidayRules::holidays(int year) { return holidays(*HolidayRuleSet::builtIn(), year); }
QList<DayOff> HolidayRules::defaultDaysOff(int year) { return daysOff(*HolidayRuleSet::builtIn(), year); }

QStringList HolidayRules::scheduleProblems(const HolidayRuleSet &rules, const HolidaySchedule &schedule)
{
    QStringList problems;
    QSet<QDate> off;
    for (const DayOff &d : schedule.daysOff)
        off.insert(d.date);
    const QList<Holiday> all = holidayList(rules, schedule.year);
    // A holiday fixed by the law on a weekday cannot move. The adjacent day of 2/9 is the Prime
    // Minister's choice (art. 112(3)), so it is only counted below.
    for (const Holiday &h : all)
        if (!isWeekend(h.date) && h.rule->kind != HolidayRule::Kind::AdjacentDay && !off.contains(h.date))
            problems << HolidayText::tr("%1 (%2) là ngày nghỉ lễ theo %3 nhưng không có trong days_off.")
                            .arg(h.date.toString(u"dd/MM/yyyy"_s), h.name, h.rule->legalBasis);
    // Every holiday day, weekend ones included (each owes a compensatory day), must have a
    // weekday off; swapped days are paid back by working Saturdays.
    const qsizetype have = schedule.daysOff.size() - schedule.workingSaturdays.size();
    if (have < all.size())
        problems << HolidayText::tr("Lịch có %1 ngày nghỉ (trừ %2 ngày thứ Bảy làm bù) nhưng luật cho %3 ngày nghỉ lễ năm %4 "
                                    "(ngày lễ trùng cuối tuần được nghỉ bù): bỏ %5 ngày mà không thay thế.")
                        .arg(schedule.daysOff.size()).arg(schedule.workingSaturdays.size()).arg(all.size()).arg(schedule.year)
                        .arg(all.size() - have);
    return problems;
}

}  // namespace pc
