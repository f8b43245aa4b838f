#include "Cli.h"
#include "sync/SyncService.h"

#include <cstdio>
#include <QFile>
#include <QLoggingCategory>
#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace pc::cli {
namespace {
// The enrolment code is a secret: it comes from standard input (or a prompt on a terminal)
// when not given, so that it need not appear in the process list.
std::optional<QString> readCode(Context &c)
{
    bool terminal = false;
#if defined(Q_OS_UNIX)
    terminal = isatty(STDIN_FILENO) != 0;
#endif
    if (terminal) {
        c.err << CliText::tr("Mã đăng ký một lần do trung tâm cấp: ");
        c.err.flush();
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    const QString line = QString::fromUtf8(in.readLine(64)).trimmed();
    if (line.isEmpty())
        return std::nullopt;
    return line;
}
}  // namespace

int runSync(Context &c)
{
    // stderr is the clerk's: Vietnamese only. The English detail (category pc.sync) goes to the
    // diagnostic log file (util/Log.h), and to stderr too with --verbose.
    const bool once = c.flag(QStringLiteral("once"));
    const auto attempts = c.option(QStringLiteral("max-attempts"));
    const QString sub = once ? QStringLiteral("--once") : c.args.isEmpty() ? QString() : c.args.takeFirst();
    if (sub.isEmpty())
        return c.usage(CliText::tr("Cách dùng: sync --once | sync status | sync quarantine | sync enrol --url URL --ca TỆP_CA [--pin SHA256] [--code MÃ]"));
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    SyncService sync(s->syncParts());
    if (sub == u"enrol") {
        const auto url = c.option(QStringLiteral("url"));
        auto code = c.option(QStringLiteral("code"));
        const auto ca = c.option(QStringLiteral("ca"));
        const auto pin = c.option(QStringLiteral("pin"));
        if (!url || !ca || !c.args.isEmpty())
            return c.usage(CliText::tr("Cách dùng: sync enrol --url URL --ca TỆP_CA [--pin SHA256] [--code MÃ] (không có --code: đọc mã từ đầu vào chuẩn)"));
        if (!code)
            code = readCode(c);
        if (!code)
            return c.fail(Error::badInput(CliText::tr("Chưa có mã đăng ký: nhập mã do trung tâm cấp (hoặc đưa qua đầu vào chuẩn).")));
        if (auto r = sync.enrol(c.actor(), QUrl(*url), *ca, pin.value_or(QString()), *code); !r)
            return c.fail(r.error());
        c.out << CliText::tr("Đã đăng ký quầy với trung tâm %1.").arg(*url) << '\n';
        return Ok;
    }
    if (sub == u"status") {
        auto st = sync.status();
        if (!st)
            return c.fail(st.error());
        c.out << "pending " << st->pending << '\n'
              << "quarantined " << st->quarantined << '\n'
              << "last_success " << (st->lastSuccess.isValid() ? st->lastSuccess.toString(Qt::ISODate) : QStringLiteral("never")) << '\n';
        if (!st->lastError.isEmpty())
            c.err << CliText::tr("Lỗi lần đồng bộ trước: %1").arg(st->lastError) << '\n';
        return Ok;
    }
    if (sub == u"quarantine") {
        // Events the centre rejected and changes from the centre the counter could not apply.
        auto q = sync.quarantined(c.actor());
        if (!q)
            return c.fail(q.error());
        for (const QuarantinedEvent &e : q.value())
            c.out << e.dossierCode << '\t' << e.type << '\t' << e.eventId << '\t' << e.reason << '\n';
        return Ok;
    }
    if (sub != u"--once")
        return c.usage(CliText::tr("Lệnh sync không rõ: %1").arg(sub));
    SyncOptions options;
    if (attempts)
        options.maxAttempts = std::max(1, attempts->toInt());
    const SyncReport r = sync.runOnce(options);
    for (const QString &w : r.warnings)
        c.err << CliText::tr("Cảnh báo: %1").arg(w) << '\n';
    c.out << "accepted " << r.accepted << '\n' << "duplicate " << r.duplicates << '\n' << "rejected " << r.rejected << '\n'
          << "changes " << r.changesApplied << '\n' << "changes_quarantined " << r.changesQuarantined << '\n'
          << "requests " << r.requests << '\n';
    c.out.flush();
    switch (r.outcome) {
    case SyncReport::Outcome::Complete:
        return Ok;
    case SyncReport::Outcome::ConfigError:
        return c.fail(Error::badInput(r.message));
    case SyncReport::Outcome::StorageError:
        return c.fail(Error::storage(r.message));
    case SyncReport::Outcome::Unreachable:
    case SyncReport::Outcome::BudgetExhausted:
    case SyncReport::Outcome::Stopped:
        c.err << CliText::tr("Lỗi: %1").arg(r.message) << '\n';
        return Unreachable;
    }
    return Internal;
}

}  // namespace pc::cli
