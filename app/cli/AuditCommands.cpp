// audit verify | audit list: the audit trail from the command line (issue 12).
#include "Cli.h"

namespace pc::cli {
namespace {

QString usageText()
{
    return CliText::tr("Cách dùng: audit verify | audit list [--user TÊN] [--action THAO_TÁC] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv]");
}

std::optional<QDate> dayOption(Context &c, const QString &name, bool &bad)
{
    const auto v = c.option(name);
    if (!v)
        return std::nullopt;
    const QDate d = QDate::fromString(*v, Qt::ISODate);
    if (!d.isValid())
        bad = true;
    return d;
}

}  // namespace

int runAudit(Context &c)
{
    if (c.args.isEmpty())
        return c.usage(usageText());
    const QString verb = c.args.takeFirst();
    if (verb == u"verify" && c.args.isEmpty()) {
        // Anyone may check the chain: it shows no row, only whether the trail is whole.
        CounterServices *s = c.services();
        if (!s)
            return c.openExit;
        auto v = s->audit().verify();
        if (!v)
            return c.fail(v.error());
        if (!v->intact) {
            c.err << CliText::tr("Nhật ký kiểm tra bị can thiệp: dòng %1 %2.").arg(v->firstBrokenSeq).arg(v->reason) << '\n';
            return BadInput;
        }
        c.out << CliText::tr("Nhật ký kiểm tra nguyên vẹn: %n dòng.", nullptr, int(v->rows)) << '\n';
        return Ok;
    }
    if (verb == u"list") {
        AuditFilter f;
        f.username = c.option(QStringLiteral("user")).value_or(QString());
        f.action = c.option(QStringLiteral("action")).value_or(QString());
        bool bad = false;
        const auto from = dayOption(c, QStringLiteral("from"), bad);
        const auto to = dayOption(c, QStringLiteral("to"), bad);
        const bool csv = c.flag(QStringLiteral("csv"));
        if (bad)
            return c.fail(Error::badInput(CliText::tr("Ngày phải theo dạng YYYY-MM-DD.")));
        if (!c.args.isEmpty())
            return c.usage(usageText());
        // Days are the counter's local days; --to includes its whole day.
        if (from)
            f.fromUtc = QDateTime(*from, QTime(0, 0), vietnamTime()).toUTC();
        if (to)
            f.toUtc = QDateTime(to->addDays(1), QTime(0, 0), vietnamTime()).toUTC();
        CounterServices *s = c.services();
        if (!s)
            return c.openExit;
        if (auto allowed = access::viewAudit(c.actor()); !allowed)
            return c.fail(allowed.error());
        auto rows = s->audit().list(f);
        if (!rows)
            return c.fail(rows.error());
        if (csv) {
            c.out.flush();
            const QByteArray bytes = AuditLog::toCsv(rows.value());
            fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
            fflush(stdout);
            if (auto r = s->audit().record(c.actor(), QStringLiteral("audit.export"), QString(), QStringLiteral("%1 rows").arg(rows->size())); !r)
                return c.fail(r.error());
            return Ok;
        }
        for (const AuditEntry &e : rows.value())
            c.out << e.seq << '\t' << toLocal(e.at).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")) << '\t' << e.username << '\t' << e.action
                  << '\t' << e.object << '\t' << e.details << '\n';
        return Ok;
    }
    return c.usage(usageText());
}

}  // namespace pc::cli
