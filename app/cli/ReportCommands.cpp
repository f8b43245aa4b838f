// postcounter-cli report … and print day-report|ledger … (issue 11 §5): the close of the day.
#include "Cli.h"
#include "services/ReportExport.h"
#include "services/ReportOutput.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace pc::cli {
namespace {

struct Period {
    QDate from, to;
};

QDate parseDay(const QString &s)
{
    // Exactly YYYY-MM-DD: "2026-1-5" or a time are refused rather than guessed.
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(s).hasMatch() ? QDate::fromString(s, Qt::ISODate) : QDate();
}

// --date D, or --from D --to D. An error message when they are missing, mixed or malformed.
Result<Period> readPeriod(const Context &c, bool allowSingleDate, bool allowRange)
{
    const auto date = c.option(QStringLiteral("date"));
    const auto from = c.option(QStringLiteral("from"));
    const auto to = c.option(QStringLiteral("to"));
    Period p;
    if (date && allowSingleDate && !from && !to) {
        p.from = p.to = parseDay(*date);
        if (!p.from.isValid())
            return Error::badInput(CliText::tr("Ngày không hợp lệ: %1 (dạng YYYY-MM-DD).").arg(*date));
    } else if (from && to && allowRange && !date) {
        p.from = parseDay(*from);
        p.to = parseDay(*to);
        if (!p.from.isValid())
            return Error::badInput(CliText::tr("Ngày không hợp lệ: %1 (dạng YYYY-MM-DD).").arg(*from));
        if (!p.to.isValid())
            return Error::badInput(CliText::tr("Ngày không hợp lệ: %1 (dạng YYYY-MM-DD).").arg(*to));
    } else {
        return Error::badInput(allowRange ? (allowSingleDate ? CliText::tr("Cần --date YYYY-MM-DD hoặc --from YYYY-MM-DD --to YYYY-MM-DD.")
                                                             : CliText::tr("Cần --from YYYY-MM-DD --to YYYY-MM-DD."))
                                          : CliText::tr("Cần --date YYYY-MM-DD."));
    }
    if (auto ok = ReportService::checkPeriod(p.from, p.to); !ok)
        return ok.error();
    return p;
}

QString money(qint64 dong) { return Money{dong}.format(); }

void printDay(Context &c, const DayReport &r)
{
    const auto d = [](const QDate &x) { return x.toString(QStringLiteral("dd/MM/yyyy")); };
    c.out << (r.from == r.to ? CliText::tr("Báo cáo ngày %1").arg(d(r.from)) : CliText::tr("Báo cáo từ %1 đến %2").arg(d(r.from), d(r.to))) << '\n';
    c.out << CliText::tr("Hồ sơ tiếp nhận: %1").arg(r.received) << '\n';
    c.out << CliText::tr("Đã bàn giao cho cơ quan giải quyết: %1").arg(r.handedOver) << '\n';
    c.out << CliText::tr("Đã trả kết quả: %1").arg(r.returned) << '\n';
    c.out << CliText::tr("Quá hạn: %1").arg(r.overdue) << '\n';
    c.out << CliText::tr("Theo lĩnh vực:") << '\n';
    for (const FieldCount &f : r.byField)
        c.out << "  " << CliText::tr("%1: %2 hồ sơ; %3 hồ sơ thu phí, lệ phí %4").arg(f.field).arg(f.received).arg(f.paying).arg(money(f.feeDong)) << '\n';
    c.out << CliText::tr("Theo trạng thái hiện tại:") << '\n';
    for (auto it = r.byStatus.cbegin(); it != r.byStatus.cend(); ++it) {
        const auto status = statusFromCode(it.key());
        c.out << "  " << it.key() << ' ' << (status ? statusName(*status) : QString()) << ": " << it.value() << '\n';
    }
    c.out << CliText::tr("Phí, lệ phí đã thu: %1").arg(money(r.feesTotalDong)) << '\n';
    c.out << CliText::tr("Phiếu yêu cầu bổ sung: %1; phiếu từ chối: %2").arg(r.supplement).arg(r.refusal) << '\n';
    c.out << CliText::tr("Sự kiện chờ đồng bộ: %1").arg(r.pendingSync) << '\n';
}

int saved(Context &c, const QString &path, const QString &what)
{
    c.out << what.arg(QFileInfo(path).absoluteFilePath()) << '\n';
    return Ok;
}
}  // namespace

int runReport(Context &c)
{
    const QString usage = CliText::tr("Cách dùng: report day --date YYYY-MM-DD [--json | --csv TỆP] | report day --from D --to D [--csv TỆP]\n"
                                      "           report ledger --from YYYY-MM-DD --to YYYY-MM-DD [--csv TỆP]");
    if (c.args.isEmpty())
        return c.usage(usage);
    const QString what = c.args.takeFirst();
    const bool json = c.flag(QStringLiteral("json"));
    const auto csv = c.option(QStringLiteral("csv"));
    if ((what != u"day" && what != u"ledger") || (json && (csv || what != u"day")))
        return c.usage(usage);
    auto period = readPeriod(c, what == u"day", true);
    if (!period)
        return c.fail(period.error());
    if (!c.args.isEmpty())
        return c.usage(usage);
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    ReportOutput output(s->database(), s->clock());
    const auto [from, to] = period.value();
    if (what == u"day") {
        if (csv) {
            if (auto r = output.dayCsv(c.actor(), from, to, *csv); !r)
                return c.fail(r.error());
            return saved(c, *csv, CliText::tr("Đã lưu CSV: %1"));
        }
        auto r = output.reports().day(from, to);
        if (!r)
            return c.fail(r.error());
        if (json)
            c.out << QJsonDocument(report::dayJson(r.value())).toJson(QJsonDocument::Compact) << '\n';
        else
            printDay(c, r.value());
        return Ok;
    }
    if (csv) {
        if (auto r = output.ledgerCsv(c.actor(), from, to, *csv); !r)
            return c.fail(r.error());
        return saved(c, *csv, CliText::tr("Đã lưu CSV: %1"));
    }
    auto rows = output.reports().ledger(from, to);
    if (!rows)
        return c.fail(rows.error());
    // One dossier a line, the ledger's columns separated by tabs (for scripts; --csv for Excel).
    const QList<LedgerColumn> columns = report::ledgerColumns();
    for (const LedgerEntry &e : rows.value()) {
        QStringList cells;
        for (const LedgerColumn &col : columns)
            cells << report::ledgerCell(e, col.key).replace(u'\t', u' ').replace(u'\n', u' ');
        c.out << cells.join(u'\t') << '\n';
    }
    return Ok;
}

int runPrintReport(Context &c)
{
    const QString kind = c.args.takeFirst();
    const auto pdf = c.option(QStringLiteral("pdf"));
    const QString usage = CliText::tr("Cách dùng: print day-report --date YYYY-MM-DD --pdf TỆP.pdf | print ledger --from YYYY-MM-DD --to YYYY-MM-DD --pdf TỆP.pdf");
    if (!pdf)
        return c.usage(usage);
    auto period = readPeriod(c, kind == u"day-report", kind == u"ledger");
    if (!period)
        return c.fail(period.error());
    if (!c.args.isEmpty())
        return c.usage(usage);
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    ReportOutput output(s->database(), s->clock());
    const auto [from, to] = period.value();
    const Status r = kind == u"ledger" ? output.ledgerPdf(c.actor(), from, to, *pdf) : output.dayPdf(c.actor(), from, to, *pdf);
    if (!r)
        return c.fail(r.error());
    return saved(c, *pdf, CliText::tr("Đã lưu PDF: %1"));
}

}  // namespace pc::cli
