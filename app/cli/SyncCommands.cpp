#include "Cli.h"
#include "storage/OutboxRepository.h"
#include "sync/SyncService.h"

namespace pc::cli {

int runSync(Context &c)
{
    const bool once = takeFlag(c.args, QStringLiteral("--once"));
    const auto attempts = takeOption(c.args, QStringLiteral("--max-attempts"));
    const QString sub = once ? QStringLiteral("--once") : c.args.isEmpty() ? QString() : c.args.takeFirst();
    if (sub.isEmpty())
        return c.usage(CliText::tr("Cách dùng: sync --once | sync status | sync quarantine | sync enrol --url URL --code MÃ --ca TỆP_CA [--pin SHA256]"));
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    SyncService sync(*s);
    if (sub == u"enrol") {
        const auto url = takeOption(c.args, QStringLiteral("--url"));
        const auto code = takeOption(c.args, QStringLiteral("--code"));
        const auto ca = takeOption(c.args, QStringLiteral("--ca"));
        const auto pin = takeOption(c.args, QStringLiteral("--pin"));
        if (!url || !code || !ca || !c.args.isEmpty())
            return c.usage(CliText::tr("Cách dùng: sync enrol --url URL --code MÃ --ca TỆP_CA [--pin SHA256]"));
        if (auto r = sync.enrol(QUrl(*url), *ca, pin.value_or(QString()), *code); !r)
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
        auto q = OutboxRepository(s->database().sql()).quarantined();
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
          << "changes " << r.changesApplied << '\n';
    c.out.flush();
    switch (r.outcome) {
    case SyncReport::Outcome::Complete:
        return Ok;
    case SyncReport::Outcome::ConfigError:
        return c.fail(Error::badInput(r.message));
    case SyncReport::Outcome::Unreachable:
        c.err << CliText::tr("Lỗi: %1").arg(r.message) << '\n';
        return Unreachable;
    }
    return Internal;
}

}  // namespace pc::cli
