#include "Cli.h"
#include "services/DossierJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace pc::cli {
namespace {
}

int runIntake(Context &c)
{
    const auto file = c.option(QStringLiteral("json"));
    const bool allowBackdate = c.flag(QStringLiteral("allow-backdate"));
    if (!file || !c.args.isEmpty())
        return c.usage(CliText::tr("Cách dùng: intake --json TỆP [--allow-backdate] (\"-\" = đọc từ đầu vào chuẩn)"));
    auto draft = c.readDraft(*file);
    if (!draft)
        return c.fail(draft.error());
    draft.value().allowBackdate = allowBackdate;
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    auto r = s->intake().registerDossier(c.actor(), draft.value());
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
    const bool json = c.flag(QStringLiteral("json"));
    const auto status = c.option(QStringLiteral("status"));
    const auto search = c.option(QStringLiteral("search"));
    const auto limitText = c.option(QStringLiteral("limit"));
    if (!c.args.isEmpty())
        return c.usage(CliText::tr("Cách dùng: list [--status S] [--search \"TỪ KHÓA\"] [--limit N] [--json]"));
    DossierFilter filter;
    if (status) {
        filter.status = statusFromKey(*status);
        if (!filter.status)
            return c.fail(Error::badInput(CliText::tr("Trạng thái không rõ: %1 (dùng mã 1–10 hoặc received, in_progress, …)").arg(*status)));
    }
    // A search shows the window's first page (200 rows) unless told otherwise; a plain list shows all.
    qint64 remaining = search ? 200 : std::numeric_limits<qint64>::max();
    if (limitText) {
        bool ok = false;
        remaining = limitText->toLongLong(&ok);
        if (!ok || remaining < 1)
            return c.fail(Error::badInput(CliText::tr("Số dòng tối đa không hợp lệ: %1 (cần một số nguyên dương).").arg(*limitText)));
    }
    if (search)
        filter.search = *search;  // same matching and order (newest first) as the queue window
    CounterServices *s = c.services();
    if (!s)
        return c.openExit;
    // Page by page, each page written before the next is read: memory stays flat on a million rows.
    constexpr int kPage = 500;
    bool firstRow = true;
    if (json)
        c.out << '[';
    while (remaining > 0) {
        filter.limit = int(std::min<qint64>(kPage, remaining));
        auto page = s->queue().page(filter);
        if (!page)
            return c.fail(page.error());
        for (const DossierSummary &d : page.value()) {
            if (json) {
                const QJsonObject row{{QStringLiteral("code"), d.code}, {QStringLiteral("status"), static_cast<int>(d.status)},
                                      {QStringLiteral("status_key"), statusKey(d.status)},
                                      {QStringLiteral("applicant"), d.applicantName}, {QStringLiteral("procedure"), d.procedureCode},
                                      {QStringLiteral("received_at"), toLocal(d.receivedAt).toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
                                      {QStringLiteral("appointment_at"), toLocal(d.appointmentAt).toString(QStringLiteral("yyyy-MM-ddTHH:mm"))}};
                c.out << (firstRow ? "\n    " : ",\n    ") << QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
                firstRow = false;
            } else {
                c.out << d.code << '\t' << statusName(d.status) << '\t' << d.applicantName << '\t' << d.procedureCode << '\n';
            }
        }
        c.out.flush();
        remaining -= page->size();
        if (page->size() < filter.limit)
            break;
        filter.beforeId = page->last().id;
    }
    if (json)
        c.out << (firstRow ? "]\n" : "\n]\n");
    return Ok;
}

int runShow(Context &c)
{
    c.flag(QStringLiteral("json"));  // JSON is the only output form
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
    const Dossier &dossier = **d;
    QJsonObject o = dossierToJson(dossier);
    // The whole timeline (issue 11): local steps and the centre's changes, each with its data
    // ("by", "by_user", the handover number, the tracking number, …).
    QJsonArray events;
    for (const DossierEvent &e : dossier.events)
        events.append(QJsonObject{{QStringLiteral("uuid"), e.uuid}, {QStringLiteral("type"), e.type},
                                  {QStringLiteral("status"), static_cast<int>(e.status)}, {QStringLiteral("status_name"), statusName(e.status)},
                                  {QStringLiteral("at"), toStoredUtc(e.at)}, {QStringLiteral("data"), e.data}});
    o.insert(QStringLiteral("events"), events);
    // appointment_at stays what the receipt promised; this is the one in force after reschedules.
    o.insert(QStringLiteral("current_appointment_at"),
             dossier.dueAt.isValid() ? toLocal(dossier.dueAt).toString(QStringLiteral("yyyy-MM-ddTHH:mm")) : QString());
    c.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    return Ok;
}

}  // namespace pc::cli
