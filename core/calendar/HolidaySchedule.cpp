#include "HolidaySchedule.h"

#include "CalendarYears.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
class ScheduleText {
    Q_DECLARE_TR_FUNCTIONS(pc::ScheduleText)
};
}  // namespace

Result<HolidaySchedule> HolidaySchedule::fromJson(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::badInput(ScheduleText::tr("Tệp lịch nghỉ không phải JSON hợp lệ (vị trí %1: %2).").arg(err.offset).arg(err.errorString()));
    const QJsonObject o = doc.object();
    QStringList problems;
    if (o.value(u"format").toString() != u"postcounter-holiday-schedule" || o.value(u"format_version").toInt() != 1)
        problems << ScheduleText::tr("Không phải tệp lịch nghỉ PostCounter (format postcounter-holiday-schedule, format_version 1).");
    HolidaySchedule s;
    s.year = o.value(u"year").toInt();
    if (!calendar::yearSupported(s.year))
        problems << ScheduleText::tr("Năm phải từ %1 đến %2.").arg(calendar::kFirstYear).arg(calendar::kLastYear);
    s.source = o.value(u"source").toString().trimmed();
    if (s.source.isEmpty())
        problems << ScheduleText::tr("Thiếu nguồn (\"source\": số và ngày của văn bản công bố lịch nghỉ).");
    // A schedule without its days off would silently wipe the year's holidays (issue 10, item 14).
    if (!o.value(u"days_off").isArray())
        problems << ScheduleText::tr("Thiếu danh sách ngày nghỉ (\"days_off\"): lịch nghỉ chính thức phải liệt kê mọi ngày nghỉ của năm.");
    if (o.contains(u"working_saturdays") && !o.value(u"working_saturdays").isArray())
        problems << ScheduleText::tr("\"working_saturdays\" phải là một danh sách ngày.");
    QSet<QDate> seen;
    const QJsonArray off = o.value(u"days_off").toArray();
    for (qsizetype i = 0; i < off.size(); ++i) {
        const QJsonObject d = off.at(i).toObject();
        const QDate date = QDate::fromString(d.value(u"date").toString(), Qt::ISODate);
        const QString name = d.value(u"name").toString().trimmed();
        if (!date.isValid() || date.year() != s.year) {
            problems << ScheduleText::tr("days_off[%1]: ngày \"%2\" không hợp lệ hoặc không thuộc năm %3.").arg(i).arg(d.value(u"date").toString()).arg(s.year);
            continue;
        }
        if (date.dayOfWeek() >= 6)
            problems << ScheduleText::tr("days_off[%1]: %2 là ngày cuối tuần, vốn đã được nghỉ.").arg(i).arg(date.toString(u"dd/MM/yyyy"_s));
        if (name.isEmpty())
            problems << ScheduleText::tr("days_off[%1]: thiếu tên ngày nghỉ.").arg(i);
        if (seen.contains(date))
            problems << ScheduleText::tr("days_off[%1]: ngày %2 bị lặp.").arg(i).arg(date.toString(u"dd/MM/yyyy"_s));
        seen.insert(date);
        s.daysOff.append({date, name});
    }
    const QJsonArray saturdays = o.value(u"working_saturdays").toArray();
    for (qsizetype i = 0; i < saturdays.size(); ++i) {
        const QDate date = QDate::fromString(saturdays.at(i).toString(), Qt::ISODate);
        if (!date.isValid() || date.year() != s.year || date.dayOfWeek() != 6)
            problems << ScheduleText::tr("working_saturdays[%1]: \"%2\" không phải một ngày thứ Bảy của năm %3.").arg(i).arg(saturdays.at(i).toString()).arg(s.year);
        else
            s.workingSaturdays.append(date);
    }
    if (!problems.isEmpty())
        return Error::badInput(ScheduleText::tr("Tệp lịch nghỉ có lỗi."), problems);
    std::sort(s.daysOff.begin(), s.daysOff.end(), [](const DayOff &a, const DayOff &b) { return a.date < b.date; });
    std::sort(s.workingSaturdays.begin(), s.workingSaturdays.end());
    return s;
}

QByteArray HolidaySchedule::toJson() const
{
    QJsonArray off, sats;
    for (const DayOff &d : daysOff)
        off.append(QJsonObject{{u"date"_s, d.date.toString(Qt::ISODate)}, {u"name"_s, d.name}});
    for (const QDate &d : workingSaturdays)
        sats.append(d.toString(Qt::ISODate));
    return QJsonDocument(QJsonObject{{u"format"_s, u"postcounter-holiday-schedule"_s}, {u"format_version"_s, 1}, {u"year"_s, year},
                                     {u"source"_s, source}, {u"days_off"_s, off}, {u"working_saturdays"_s, sats}})
        .toJson(QJsonDocument::Indented);
}

}  // namespace pc
