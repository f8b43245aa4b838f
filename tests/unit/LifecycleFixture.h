#pragma once
// Shared by the lifecycle unit tests: a counter with registered dossiers of two agencies, the
// actors, and a snapshot of every table a lifecycle step may write (to prove a refusal wrote
// nothing).
#include "TestSupport.h"
#include "domain/Actor.h"

#include <catch2/catch.hpp>

namespace pc::test {

// A procedure of another agency than 2.000620's that may be returned by post, with a fixed time.
inline const Procedure &otherAgencyPostProcedure(CounterServices &s)
{
    const auto cat = s.catalogue();
    const Procedure *alcohol = cat->procedure(QStringLiteral("2.000620"));
    for (const Procedure &p : cat->procedures())
        if (p.agencyCode != alcohol->agencyCode && p.delivery.contains(QStringLiteral("post")) && p.duration.isFixed()
            && p.duration.kind == Duration::Kind::WorkingDays && !p.cutoff.isValid())
            return p;
    FAIL("the built-in catalogue has no procedure of another agency returned by post");
    return *alcohol;
}

// A complete draft of `p`: every listed document with the counts the catalogue asks for.
inline DossierDraft draftFor(const Procedure &p, DeliveryMethod delivery)
{
    DossierDraft d = completeDraft();
    d.procedureCode = p.code;
    d.documents.clear();
    for (const DocumentRequirement &r : p.documents)
        d.documents.append({r.name, r.originals, r.copies});
    d.feeVariant = p.feeVariants.first().id;
    d.delivery.method = delivery;
    if (delivery == DeliveryMethod::Post)
        d.delivery.address = QStringLiteral("Số 5 đường Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa");
    return d;
}

inline Dossier registerAt(TempCounter &t, const DossierDraft &d, const QDateTime &localTime)
{
    t.clock.now = localTime.toUTC();
    auto r = t.services->intake().registerDossier(clerk(), d);
    if (!r)
        FAIL(r.error().message.toStdString() + " | " + r.error().details.join(u"; ").toStdString());
    return r->dossier;
}

// Every row a lifecycle step could add or change, as text: equal before and after = nothing written.
inline QString snapshot(TempCounter &t)
{
    QStringList out;
    for (const char *table : {"dossier_events", "outbox", "handovers", "handover_items", "handover_sequences", "dossier_results",
                              "dossier_returns", "dossier_withdrawals"})
        out << QStringLiteral("%1=%2").arg(QLatin1String(table)).arg(t.scalarInt(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    auto q = sql::exec(t.services->database().sql(),
                       QStringLiteral("SELECT code, status, due_at FROM dossiers ORDER BY id"));
    REQUIRE(q);
    while (q->next())
        out << q->value(0).toString() + QLatin1Char('/') + q->value(1).toString() + QLatin1Char('/') + q->value(2).toString();
    auto h = sql::exec(t.services->database().sql(),
                       QStringLiteral("SELECT number, coalesce(confirmed_at, ''), coalesce(cancelled_at, '') FROM handovers ORDER BY id"));
    REQUIRE(h);
    while (h->next())
        out << h->value(0).toString() + QLatin1Char('/') + h->value(1).toString() + QLatin1Char('/') + h->value(2).toString();
    return out.join(QLatin1Char('\n'));
}

inline DossierStatus statusOf(TempCounter &t, const QString &code)
{
    auto d = t.services->queue().dossier(code);
    REQUIRE(d);
    REQUIRE(d.value());
    return d.value()->status;
}

}  // namespace pc::test
