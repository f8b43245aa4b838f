// purge --before YYYY-MM-DD [--dry-run] | purge config [--years N] (issue 12, Retention).
#include "Cli.h"
#include "services/PurgeService.h"

namespace pc::cli {

int runPurge(Context &c)
{
    const QString usage = CliText::tr("Cách dùng: purge --before YYYY-MM-DD [--dry-run] | purge config [--years N]");
    if (c.args.isEmpty() && c.options.isEmpty())
        return c.usage(usage);
    const bool config = !c.args.isEmpty() && c.args.first() == u"config";
    if (config)
        c.args.removeFirst();
    const auto years = config ? c.option(QStringLiteral("years")) : std::nullopt;
    const auto before = config ? std::nullopt : c.option(QStringLiteral("before"));
    const bool dryRun = c.flag(QStringLiteral("dry-run"));
    if (!c.args.isEmpty() || (!config && !before))
        return c.usage(usage);
    QDate date;
    if (before) {
        date = QDate::fromString(*before, Qt::ISODate);
        if (!date.isValid())
            return c.fail(Error::badInput(CliText::tr("Ngày không hợp lệ: %1 (dùng dạng YYYY-MM-DD).").arg(*before)));
    }
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    PurgeService purge(s->database(), c.clock);
    if (config) {
        if (years) {
            bool ok = false;
            const int n = years->toInt(&ok);
            if (!ok)
                return c.fail(Error::badInput(CliText::tr("--years phải là một số: %1").arg(*years)));
            if (auto st = purge.setRetentionYears(c.actor(), n); !st)
                return c.fail(st.error());
        }
        c.out << "years " << purge.retentionYears() << '\n'
              << "latest_before " << purge.latestAllowedBefore().toString(Qt::ISODate) << '\n';
        return Ok;
    }
    auto r = purge.purge(c.actor(), date, dryRun);
    if (!r)
        return c.fail(r.error());
    c.out << (dryRun ? "would_purge" : "purged") << '\n'
          << "dossiers " << r->dossiers << '\n'
          << "events " << r->events << '\n'
          << "guidance " << r->guidance << '\n'
          << "drafts " << r->drafts << '\n'
          << "waiting_for_sync " << r->waitingForSync << '\n';
    if (r->waitingForSync > 0)
        c.err << CliText::tr("%n hồ sơ đã trả còn sự kiện chưa gửi lên trung tâm: chưa xóa, sẽ xóa ở lần sau.", nullptr, r->waitingForSync) << '\n';
    return Ok;
}

}  // namespace pc::cli
