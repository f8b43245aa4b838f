#include "HolidayRules.h"

#include "LunarCalendar.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace pc {
namespace {
class HolidayText {
    Q_DECLARE_TR_FUNCTIONS(pc::HolidayText)
};

bool isWeekend(const QDate &d) { return d.dayOfWeek() >= 6; }

// 2 September plus one adjacent day (Decree 145/2020/NĐ-CP, art. 2 leaves the choice to the
// Prime Minister each year): the adjacent weekday that joins the weekend, else the 3rd.
QDate nationalDayNeighbour(int year)
{
    const QDate before(year, 9, 1), after(year, 9, 3);
    const bool beforeOk = !isWeekend(before), afterOk = !isWeekend(after);
    if (beforeOk && !afterOk)
        return before;
    if (afterOk && !beforeOk)
        return after;
    if (before.dayOfWeek() == 1)  // Monday 1st bridges to the weekend
        return before;
    return after;
}
}  // namespace

namespace {
struct Holiday {
    QDate date;
    QString name;
    QString shortName;  // what a compensatory day is named after
};

QList<Holiday> holidayList(int year)
{
    QList<Holiday> out;
    const QString tet = HolidayText::tr("Tết Nguyên Đán");
    const QString national = HolidayText::tr("Quốc khánh");
    out.append({QDate(year, 1, 1), HolidayText::tr("Tết Dương lịch"), HolidayText::tr("Tết Dương lịch")});
    if (const auto first = LunarCalendar::toSolar(year, 1, 1)) {
        out.append({first->addDays(-1), HolidayText::tr("Tết Nguyên Đán (ngày cuối năm Âm lịch)"), tet});
        for (int i = 0; i < 4; ++i)
            out.append({first->addDays(i), HolidayText::tr("Tết Nguyên Đán (mùng %1 Tết)").arg(i + 1), tet});
    }
    if (const auto hung = LunarCalendar::toSolar(year, 3, 10))
        out.append({*hung, HolidayText::tr("Giỗ Tổ Hùng Vương (10/3 Âm lịch)"), HolidayText::tr("Giỗ Tổ Hùng Vương")});
    out.append({QDate(year, 4, 30), HolidayText::tr("Ngày Chiến thắng (30/4)"), HolidayText::tr("Ngày Chiến thắng")});
    out.append({QDate(year, 5, 1), HolidayText::tr("Ngày Quốc tế Lao động (1/5)"), HolidayText::tr("Ngày Quốc tế Lao động")});
    out.append({QDate(year, 9, 2), HolidayText::tr("Quốc khánh (2/9)"), national});
    out.append({nationalDayNeighbour(year), HolidayText::tr("Quốc khánh (ngày liền kề 2/9)"), national});
    std::sort(out.begin(), out.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return out;
}
}  // namespace

QList<DayOff> HolidayRules::holidays(int year)
{
    QList<DayOff> out;
    for (const Holiday &h : holidayList(year))
        out.append({h.date, h.name});
    return out;
}

QList<DayOff> HolidayRules::defaultDaysOff(int year)
{
    const QList<Holiday> all = holidayList(year);
    QSet<QDate> taken;
    for (const Holiday &h : all)
        taken.insert(h.date);
    QList<DayOff> out;
    for (qsizetype i = 0; i < all.size();) {
        // A block: holidays on consecutive dates (e.g. Tết, or 29/4 Hùng Kings + 30/4 + 1/5).
        qsizetype j = i;
        while (j + 1 < all.size() && all[j].date.daysTo(all[j + 1].date) <= 1)
            ++j;
        QStringList owed;  // one compensatory day per holiday on a weekend, in order
        for (qsizetype k = i; k <= j; ++k) {
            if (isWeekend(all[k].date))
                owed.append(all[k].shortName);
            else
                out.append({all[k].date, all[k].name});
        }
        QDate d = all[j].date;
        for (const QString &name : owed) {
            do
                d = d.addDays(1);
            while (isWeekend(d) || taken.contains(d));
            out.append({d, HolidayText::tr("Nghỉ bù %1").arg(name)});
            taken.insert(d);
        }
        i = j + 1;
    }
    std::sort(out.begin(), out.end(), [](const DayOff &a, const DayOff &b) { return a.date < b.date; });
    // a compensatory day pushed into the next year belongs to that year's list
    out.erase(std::remove_if(out.begin(), out.end(), [year](const DayOff &d) { return d.date.year() != year; }), out.end());
    return out;
}

}  // namespace pc
