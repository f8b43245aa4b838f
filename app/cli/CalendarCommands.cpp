#include "Cli.h"
#include "calendar/CalendarYears.h"
#include "calendar/LunarCalendar.h"
#include "services/DossierJson.h"


using namespace Qt::StringLiterals;

namespace pc::cli {
namespace {
bool inRange(const QDate &d) { return calendar::dateSupported(d); }

int lunar(Context &c)
{
    if (c.args.size() != 1)
        return c.usage(CliText::tr("Cách dùng: calendar lunar YYYY-MM-DD"));
    const QDate d = QDate::fromString(c.args.first(), Qt::ISODate);
    if (!inRange(d))
        return c.fail(Error::badInput(CliText::tr("Ngày \"%1\" không hợp lệ (YYYY-MM-DD, năm 1900–2199).").arg(c.args.first())));
    const LunarDate l = LunarCalendar::fromSolar(d);
    c.out << QStringLiteral("%1-%2-%3").arg(l.year, 4, 10, QLatin1Char('0')).arg(l.month, 2, 10, QLatin1Char('0')).arg(l.day, 2, 10, QLatin1Char('0'))
          << (l.leap ? " leap" : "") << '\n';
    return Ok;
}

int solar(Context &c)
{
    const bool leap = c.flag(QStringLiteral("leap"));
    if (c.args.size() != 1)
        return c.usage(CliText::tr("Cách dùng: calendar solar YYYY-MM-DD [--leap]  (ngày Âm lịch)"));
    const QStringList p = c.args.first().split(u'-');
    bool okY = false, okM = false, okD = false;
    const int y = p.size() == 3 ? p[0].toInt(&okY) : 0, m = p.size() == 3 ? p[1].toInt(&okM) : 0, d = p.size() == 3 ? p[2].toInt(&okD) : 0;
    if (!okY || !okM || !okD || !calendar::yearSupported(y))
        return c.fail(Error::badInput(CliText::tr("Ngày Âm lịch \"%1\" không hợp lệ (YYYY-MM-DD, năm 1900–2199).").arg(c.args.first())));
    const auto s = LunarCalendar::toSolar(y, m, d, leap);
    if (!s)
        return c.fail(Error::badInput(leap ? CliText::tr("Năm Âm lịch %1 không có tháng %2 nhuận, hoặc tháng đó không có ngày %3.").arg(y).arg(m).arg(d)
                                           : CliText::tr("Tháng %2 năm Âm lịch %1 không có ngày %3.").arg(y).arg(m).arg(d)));
    c.out << s->toString(Qt::ISODate) << '\n';
    return Ok;
}

bool readYear(Context &c, int &year)
{
    bool ok = false;
    year = c.args.size() == 1 ? c.args.first().toInt(&ok) : 0;
    return ok && calendar::yearSupported(year);
}

int holidays(Context &c)
{
    int year = 0;
    if (!readYear(c, year))
        return c.usage(CliText::tr("Cách dùng: calendar holidays NĂM (1900–2199)"));
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    auto source = s->calendar().yearSource(year);
    if (!source)
        return c.fail(source.error());
    auto days = s->calendar().daysOff(year);
    if (!days)
        return c.fail(days.error());
    // Which schedule applies goes to stderr, so stdout stays one day per line. The first line
    // is a fixed, untranslated key for scripts (issue 8): "official: …" or "rules: VERSION".
    c.err << (source->official ? u"official: "_s + source->source : u"rules: "_s + source->rulesVersion) << '\n';
    c.err << (source->official ? CliText::tr("Năm %1 theo lịch nghỉ chính thức đã nạp.").arg(year)
                               : CliText::tr("Năm %1 chưa có lịch nghỉ chính thức: tính theo quy tắc ngày nghỉ phiên bản %2.").arg(year).arg(source->rulesVersion))
          << '\n';
    c.err.flush();
    for (const DayOff &d : days.value())
        c.out << d.date.toString(Qt::ISODate) << '\t' << d.name << '\n';
    return Ok;
}

int workingSaturdays(Context &c)
{
    int year = 0;
    if (!readYear(c, year))
        return c.usage(CliText::tr("Cách dùng: calendar working-saturdays NĂM"));
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    auto saturdays = s->calendar().workingSaturdays(year);
    if (!saturdays)
        return c.fail(saturdays.error());
    for (const QDate &d : saturdays.value())
        c.out << d.toString(Qt::ISODate) << '\n';
    return Ok;
}

// One file argument, read within the CLI's bounds, then handed to the import that prints.
template <typename Import>
int importFile(Context &c, const QString &usage, Import importInto)
{
    if (c.args.size() != 1)
        return c.usage(usage);
    auto input = c.readInput(c.args.first());
    if (!input)
        return c.fail(input.error());
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    return importInto(*s, input.value());
}

int import(Context &c)
{
    return importFile(c, CliText::tr("Cách dùng: calendar import TỆP.json"), [&c](CounterServices &s, const QByteArray &json) {
        auto r = s.calendar().importSchedule(json);
        if (!r)
            return c.fail(r.error());
        c.out << CliText::tr("Đã nạp lịch nghỉ chính thức năm %1 (%2): %3 ngày nghỉ, %4 ngày thứ Bảy làm bù.")
                     .arg(r->year).arg(r->source).arg(r->daysOff.size()).arg(r->workingSaturdays.size())
              << '\n';
        return int(Ok);
    });
}

int importRules(Context &c)
{
    return importFile(c, CliText::tr("Cách dùng: calendar import-rules TỆP.json"), [&c](CounterServices &s, const QByteArray &json) {
        auto r = s.calendar().importRuleSet(json);
        if (!r)
            return c.fail(r.error());
        c.out << CliText::tr("Đã nạp quy tắc ngày nghỉ phiên bản %1 (%n quy tắc).", nullptr, int(r->rules.size())).arg(r->version) << '\n';
        return int(Ok);
    });
}

int rules(Context &c)
{
    if (!c.args.isEmpty())
        return c.usage(CliText::tr("Cách dùng: calendar rules"));
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    const auto set = s->calendar().ruleSet();
    c.out << set->version << '\n';
    for (const HolidayRule &r : set->rules)
        c.out << r.id << '\t' << r.effectiveFrom.toString(Qt::ISODate) << '\t'
              << (r.effectiveTo.isValid() ? r.effectiveTo.toString(Qt::ISODate) : QStringLiteral("-")) << '\t' << r.name << '\t'
              << r.legalBasis << '\n';
    return Ok;
}
}  // namespace

int runCalendar(Context &c)
{
    if (c.args.isEmpty())
        return c.usage(CliText::tr("Cách dùng: calendar lunar|solar|holidays|import|import-rules|rules|working-saturdays …"));
    const QString sub = c.args.takeFirst();
    if (sub == u"lunar") return lunar(c);
    if (sub == u"solar") return solar(c);
    if (sub == u"holidays") return holidays(c);
    if (sub == u"working-saturdays") return workingSaturdays(c);
    if (sub == u"import") return import(c);
    if (sub == u"import-rules") return importRules(c);
    if (sub == u"rules") return rules(c);
    return c.usage(CliText::tr("Lệnh calendar không rõ: %1").arg(sub));
}

int runDeadline(Context &c)
{
    const auto received = c.option(QStringLiteral("received"));
    const auto days = c.option(QStringLiteral("days"));
    const auto hours = c.option(QStringLiteral("hours"));
    const auto calendarDays = c.option(QStringLiteral("calendar-days"));
    const auto cutoffText = c.option(QStringLiteral("cutoff"));
    const int given = int(bool(days)) + int(bool(hours)) + int(bool(calendarDays));
    if (!received || given != 1 || !c.args.isEmpty())
        return c.usage(CliText::tr("Cách dùng: deadline --received YYYY-MM-DDTHH:MM (--days N | --hours N | --calendar-days N) [--cutoff HH:MM]"));
    const QDateTime at = parseLocalOrOffsetTime(*received);
    if (!at.isValid() || !inRange(at.date()))
        return c.fail(Error::badInput(CliText::tr("Thời điểm tiếp nhận \"%1\" không hợp lệ (YYYY-MM-DDTHH:MM).").arg(*received)));
    Duration d;
    bool ok = false;
    if (days)
        d = {Duration::Kind::WorkingDays, days->toInt(&ok)};
    else if (hours)
        d = {Duration::Kind::WorkingHours, hours->toInt(&ok)};
    else
        d = {Duration::Kind::CalendarDays, calendarDays->toInt(&ok)};
    if (!ok || d.value < 0 || d.value > 3650)
        return c.fail(Error::badInput(CliText::tr("Thời hạn phải là số nguyên từ 0 đến 3650.")));
    QTime cutoff;
    if (cutoffText) {
        cutoff = QTime::fromString(*cutoffText, QStringLiteral("HH:mm"));
        if (!cutoff.isValid())
            return c.fail(Error::badInput(CliText::tr("Giờ chốt nhận \"%1\" không hợp lệ (HH:MM).").arg(*cutoffText)));
    }
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    auto due = s->calendar().checkedDue(toLocal(at), d, cutoff);
    if (!due)
        return c.fail(due.error());
    c.out << due->toString(QStringLiteral("yyyy-MM-ddTHH:mm")) << '\n';
    return Ok;
}

}  // namespace pc::cli
