#include "ResultRepository.h"

#include "SqlHelpers.h"
#include "util/Clock.h"

using namespace Qt::StringLiterals;

namespace pc {

Status ResultRepository::insert(qint64 dossierId, const ResultReceipt &r, const QDateTime &at, const QString &byName,
                                const QString &byUser, const QString &eventUuid)
{
    auto q = sql::exec(m_db, u"INSERT INTO dossier_results (dossier_id, what, count, from_whom, note, received_at, by_name, by_user, "
                             "event_uuid) VALUES (?,?,?,?,?,?,?,?,?)"_s,
                       {dossierId, r.what, r.count, r.from, r.note, toStoredUtc(at), byName, byUser, eventUuid});
    if (!q)
        return q.error();
    return success();
}

Result<QList<WaitingResult>> ResultRepository::waiting()
{
    // The newest local arrival of each dossier; none when the centre reported the result.
    auto q = sql::exec(m_db, u"SELECT d.code, d.applicant_name, d.phone, d.procedure_name, d.agency_name, d.delivery_method, "
                             "d.delivery_address, (SELECT max(received_at) FROM dossier_results r WHERE r.dossier_id = d.id), d.due_at "
                             "FROM dossiers d WHERE d.status = 9 "
                             "ORDER BY coalesce((SELECT max(received_at) FROM dossier_results r WHERE r.dossier_id = d.id), d.due_at), d.id"_s);
    if (!q)
        return q.error();
    QList<WaitingResult> out;
    while (q->next()) {
        WaitingResult w;
        w.code = q->value(0).toString();
        w.applicantName = q->value(1).toString();
        w.phone = q->value(2).toString();
        w.procedureName = q->value(3).toString();
        w.agency = q->value(4).toString();
        w.delivery = q->value(5).toString() == u"post" ? DeliveryMethod::Post : DeliveryMethod::Counter;
        w.deliveryAddress = q->value(6).toString();
        w.resultReceivedAt = fromStoredUtc(q->value(7).toString());
        w.dueAt = fromStoredUtc(q->value(8).toString());
        out.append(w);
    }
    return out;
}

}  // namespace pc
