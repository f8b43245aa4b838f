#include "Cli.h"
#include "services/DossierJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace pc::cli {
namespace {
}

int runIntake(Context &c)
{
    const auto file = takeOption(c.args, QStringLiteral("--json"));
    const bool allowBackdate = takeFlag(c.args, QStringLiteral("--allow-backdate"));
    if (!file || !c.args.isEmpty())
        return c.usage(CliText::tr("Cách dùng: intake --json TỆP [--allow-backdate] (\"-\" = đọc từ đầu vào chuẩn)"));
    auto draft = c.readDraft(*file);
    if (!draft)
        return c.fail(draft.error());
    draft.value().allowBackdate = allowBackdate;
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    auto r = s->intake().registerDossier(draft.value());
    if (!r)
        return c.fail(r.error());
    for (const QString &w : r->warnings)
        c.err << CliText::tr("Cảnh báo: %1").arg(w) << '\n';
    c.err.flush();
    c.out << r->dossier.code << '\t' << toLocal(r->dossier.appointmentAt).toString(QStringLiteral("yyyy-MM-ddTHH:mm")) << '\n';
    return Ok;
}

int runList(Context &c)
{
    const bool json = takeFlag(c.args, QStringLiteral("--json"));
    const auto status = takeOption(c.args, QStringLiteral("--status"));
    if (!c.args.isEmpty())
        return c.usage(CliText::tr("Cách dùng: list [--status S] [--json]"));
    DossierFilter filter;
    if (status) {
        filter.status = statusFromKey(*status);
        if (!filter.status)
            return c.fail(Error::badInput(CliText::tr("Trạng thái không rõ: %1 (dùng mã 1–10 hoặc received, in_progress, …)").arg(*status)));
    }
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    QJsonArray rows;
    for (;;) {
        auto page = s->queue().page(filter);
        if (!page)
            return c.fail(page.error());
        for (const DossierSummary &d : page.value()) {
            if (json)
                rows.append(QJsonObject{{QStringLiteral("code"), d.code}, {QStringLiteral("status"), static_cast<int>(d.status)},
                                        {QStringLiteral("status_key"), statusKey(d.status)},
                                        {QStringLiteral("applicant"), d.applicantName}, {QStringLiteral("procedure"), d.procedureCode},
                                        {QStringLiteral("received_at"), toLocal(d.receivedAt).toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
                                        {QStringLiteral("appointment_at"), toLocal(d.appointmentAt).toString(QStringLiteral("yyyy-MM-ddTHH:mm"))}});
            else
                c.out << d.code << '\t' << statusName(d.status) << '\t' << d.applicantName << '\t' << d.procedureCode << '\n';
        }
        if (page->size() < filter.limit)
            break;
        filter.beforeId = page->last().id;
    }
    if (json)
        c.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    return Ok;
}

int runShow(Context &c)
{
    takeFlag(c.args, QStringLiteral("--json"));  // JSON is the only output form
    if (c.args.size() != 1)
        return c.usage(CliText::tr("Cách dùng: show MÃ_HỒ_SƠ --json"));
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    auto d = s->queue().dossier(c.args.first());
    if (!d)
        return c.fail(d.error());
    if (!d.value())
        return c.fail(Error::notFound(CliText::tr("Không có hồ sơ mã \"%1\".").arg(c.args.first())));
    c.out << QString::fromUtf8(QJsonDocument(dossierToJson(**d)).toJson(QJsonDocument::Indented));
    return Ok;
}

}  // namespace pc::cli
