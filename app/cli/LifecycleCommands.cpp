// The CLI of issue 11 (after the receipt): handover, reschedule, result, return, dispatch,
// delivery failure, withdrawal. Exit 0 ok, 2 refused or bad input (Vietnamese on stderr,
// nothing written), 1 internal.
#include "Cli.h"
#include "services/DossierJson.h"

#include <QCoreApplication>
#include <cstdio>

namespace pc::cli {
namespace {
QString minutes(const QDateTime &utc)
{
    return utc.isValid() ? toLocal(utc).toString(QStringLiteral("yyyy-MM-ddTHH:mm")) : QString();
}

// Test seam of the crash tests (tests/integration/test_cli_lifecycle.cpp), read only here in the
// composition root like POSTCOUNTER_FAKE_NOW: after N handover items are written inside the
// transaction, say "HANDOVER_STALL N" on stderr and wait for a line on stdin, so the test can
// kill -9 the process mid-batch.
void installStallHook(LifecycleService &life, Context &c)
{
    bool ok = false;
    const int after = qEnvironmentVariableIntValue("POSTCOUNTER_TEST_HANDOVER_STALL_AFTER", &ok);
    if (!ok || after < 1)
        return;
    life.setHandoverItemHook([after, &c](int written) {
        if (written != after)
            return;
        c.err << "HANDOVER_STALL " << written << '\n';
        c.err.flush();
        std::fgetc(stdin);  // blocks until the test writes a line, closes stdin or kills us
    });
}

int handover(Context &c)
{
    if (c.args.isEmpty())
        return c.usage(CliText::tr("Cách dùng: handover pending|create|confirm|cancel ..."));
    const QString sub = c.args.takeFirst();
    if (sub == u"pending") {
        const auto agency = c.option(QStringLiteral("agency"));
        if (!c.args.isEmpty())
            return c.usage(CliText::tr("Cách dùng: handover pending [--agency TÊN_CƠ_QUAN]"));
        CounterServices *s = c.services();
        if (!s)
            return c.openExit;
        auto groups = s->lifecycle().pendingHandover(agency.value_or(QString()));
        if (!groups)
            return c.fail(groups.error());
        for (const PendingAgency &g : groups.value())
            for (const PendingDossier &d : g.dossiers)
                c.out << d.code << '\t' << g.agency << '\t' << minutes(d.dueAt) << '\n';
        return Ok;
    }
    if (sub == u"create") {
        const auto agency = c.option(QStringLiteral("agency"));
        const auto codes = c.option(QStringLiteral("codes"));
        const auto courier = c.option(QStringLiteral("courier"));
        const auto receiver = c.option(QStringLiteral("receiver"));
        if (!agency || !courier || !c.args.isEmpty())
            return c.usage(CliText::tr("Cách dùng: handover create --agency TÊN_CƠ_QUAN [--codes MÃ1,MÃ2,…] --courier \"HỌ TÊN\" "
                                       "[--receiver \"HỌ TÊN\"]"));
        CounterServices *s = c.services();
        if (!s)
            return c.openExit;
        installStallHook(s->lifecycle(), c);
        const QStringList list = codes ? codes->split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
        if (codes && list.isEmpty())
            return c.fail(Error::badInput(CliText::tr("--codes không có mã hồ sơ nào.")));
        auto h = s->lifecycle().createHandover(*agency, list, *courier, receiver.value_or(QString()), c.actor());
        if (!h)
            return c.fail(h.error());
        c.out << h->number << '\t' << h->items.size() << '\n';
        return Ok;
    }
    if (sub == u"confirm" || sub == u"cancel") {
        const bool confirm = sub == u"confirm";
        const auto value = c.option(confirm ? QStringLiteral("by") : QStringLiteral("reason"));
        if (!value || c.args.size() != 1)
            return c.usage(confirm ? CliText::tr("Cách dùng: handover confirm SỐ_BIÊN_BẢN --by \"HỌ TÊN NGƯỜI KÝ NHẬN\"")
                                   : CliText::tr("Cách dùng: handover cancel SỐ_BIÊN_BẢN --reason \"LÝ DO\""));
        CounterServices *s = c.services();
        if (!s)
            return c.openExit;
        auto h = confirm ? s->lifecycle().confirmHandover(c.args.first(), *value, c.actor())
                         : s->lifecycle().cancelHandover(c.args.first(), *value, c.actor());
        if (!h)
            return c.fail(h.error());
        c.out << h->number << '\t' << (confirm ? "confirmed" : "cancelled") << '\t' << h->items.size() << '\n';
        return Ok;
    }
    return c.usage(CliText::tr("Lệnh handover không rõ: %1 (pending, create, confirm, cancel)").arg(sub));
}

// The common shape of the one-dossier steps: CODE plus options, the event's status printed.
int printEvent(Context &c, const Result<DossierEvent> &e)
{
    if (!e)
        return c.fail(e.error());
    c.out << e->data.value(u"code").toString() << '\t' << static_cast<int>(e->status) << '\t' << e->type << '\n';
    return Ok;
}
}  // namespace

int runHandover(Context &c) { return handover(c); }

int runReschedule(Context &c)
{
    const auto until = c.option(QStringLiteral("until"));
    const auto reason = c.option(QStringLiteral("reason"));
    if (!until || !reason || c.args.size() != 1)
        return c.usage(CliText::tr("Cách dùng: reschedule MÃ_HỒ_SƠ --until YYYY-MM-DDTHH:MM --reason \"LÝ DO\""));
    const QDateTime at = parseLocalOrOffsetTime(*until);
    if (!at.isValid())
        return c.fail(Error::badInput(CliText::tr("Ngày hẹn mới không hợp lệ: %1 (dạng YYYY-MM-DDTHH:MM, giờ Việt Nam).").arg(*until)));
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    return printEvent(c, s->lifecycle().reschedule(c.args.first(), at.toUTC(), *reason, c.actor()));
}

int runResult(Context &c)
{
    const QString sub = c.args.isEmpty() ? QString() : c.args.takeFirst();
    if (sub == u"waiting") {
        if (!c.args.isEmpty())
            return c.usage(CliText::tr("Cách dùng: result waiting"));
        CounterServices *s = c.services();
        if (!s)
            return c.openExit;
        auto waiting = s->lifecycle().resultsWaiting();
        if (!waiting)
            return c.fail(waiting.error());
        for (const WaitingResult &w : waiting.value())
            c.out << w.code << '\t' << w.applicantName << '\t' << w.phone << '\t' << deliveryMethodKey(w.delivery) << '\n';
        return Ok;
    }
    ResultReceipt r;
    r.note = c.option(QStringLiteral("note")).value_or(QString());
    r.what = c.option(QStringLiteral("what")).value_or(QString());
    r.from = c.option(QStringLiteral("from")).value_or(QString());
    const auto count = c.option(QStringLiteral("count"));
    if (sub != u"receive" || c.args.size() != 1)
        return c.usage(CliText::tr("Cách dùng: result receive MÃ_HỒ_SƠ [--what \"KẾT QUẢ\"] [--count N] [--from \"HỌ TÊN\"] [--note \"…\"] "
                                   "| result waiting"));
    if (count) {
        bool ok = false;
        r.count = count->toInt(&ok);
        if (!ok)
            return c.fail(Error::badInput(CliText::tr("Số lượng không hợp lệ: %1.").arg(*count)));
    }
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    return printEvent(c, s->lifecycle().receiveResult(c.args.first(), r, c.actor()));
}

int runReturn(Context &c)
{
    ReturnRequest r;
    const auto name = c.option(QStringLiteral("recipient-name"));
    const auto id = c.option(QStringLiteral("recipient-id"));
    r.authorisation = c.option(QStringLiteral("authorised-by")).value_or(QString());
    const auto fee = c.option(QStringLiteral("fee"));
    if (!name || !id || c.args.size() != 1)
        return c.usage(CliText::tr("Cách dùng: return MÃ_HỒ_SƠ --recipient-name \"HỌ TÊN\" --recipient-id SỐ_GIẤY_TỜ "
                                   "[--authorised-by \"GIẤY ỦY QUYỀN\"] [--fee SỐ_ĐỒNG]"));
    r.recipientName = *name;
    r.recipientId = *id;
    if (fee) {
        bool ok = false;
        r.feeCollected = Money{fee->toLongLong(&ok)};
        if (!ok)
            return c.fail(Error::badInput(CliText::tr("Số tiền không hợp lệ: %1 (số đồng, không dấu chấm).").arg(*fee)));
    }
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    return printEvent(c, s->lifecycle().returnToApplicant(c.args.first(), r, c.actor()));
}

int runDispatch(Context &c)
{
    const auto tracking = c.option(QStringLiteral("tracking"));
    if (!tracking || c.args.size() != 1)
        return c.usage(CliText::tr("Cách dùng: dispatch MÃ_HỒ_SƠ --tracking SỐ_HIỆU_S10"));
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    return printEvent(c, s->lifecycle().dispatchByPost(c.args.first(), *tracking, c.actor()));
}

int runDeliveryFailed(Context &c)
{
    const auto reason = c.option(QStringLiteral("reason"));
    if (!reason || c.args.size() != 1)
        return c.usage(CliText::tr("Cách dùng: delivery-failed MÃ_HỒ_SƠ --reason \"LÝ DO\""));
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    return printEvent(c, s->lifecycle().deliveryFailed(c.args.first(), *reason, c.actor()));
}

int runWithdraw(Context &c)
{
    const auto reason = c.option(QStringLiteral("reason"));
    if (!reason || c.args.size() != 1)
        return c.usage(CliText::tr("Cách dùng: withdraw MÃ_HỒ_SƠ --reason \"LÝ DO\""));
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    return printEvent(c, s->lifecycle().withdraw(c.args.first(), *reason, c.actor()));
}

}  // namespace pc::cli
