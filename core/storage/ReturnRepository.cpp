#include "ReturnRepository.h"

#include "SqlHelpers.h"
#include "util/Clock.h"

using namespace Qt::StringLiterals;

namespace pc {

Status ReturnRepository::insert(qint64 dossierId, const ReturnRecord &r, const QString &eventUuid)
{
    auto q = sql::exec(m_db, u"INSERT INTO dossier_returns (dossier_id, method, recipient_name, recipient_id, authorisation, "
                             "fee_collected, tracking, returned_at, by_name, by_user, event_uuid) VALUES (?,?,?,?,?,?,?,?,?,?,?)"_s,
                       {dossierId, deliveryMethodKey(r.method), r.recipientName, r.recipientId, r.authorisation, r.feeCollected.dong,
                        r.tracking, toStoredUtc(r.returnedAt), r.by, r.byUser, eventUuid});
    if (!q)
        return q.error();
    return success();
}

Result<std::optional<ReturnRecord>> ReturnRepository::latest(qint64 dossierId)
{
    auto q = sql::exec(m_db, u"SELECT method, recipient_name, recipient_id, authorisation, fee_collected, tracking, returned_at, "
                             "by_name, by_user FROM dossier_returns WHERE dossier_id = ? ORDER BY id DESC LIMIT 1"_s, {dossierId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ReturnRecord>();
    ReturnRecord r;
    r.method = q->value(0).toString() == u"post" ? DeliveryMethod::Post : DeliveryMethod::Counter;
    r.recipientName = q->value(1).toString();
    r.recipientId = q->value(2).toString();
    r.authorisation = q->value(3).toString();
    r.feeCollected = Money{q->value(4).toLongLong()};
    r.tracking = q->value(5).toString();
    r.returnedAt = fromStoredUtc(q->value(6).toString());
    r.by = q->value(7).toString();
    r.byUser = q->value(8).toString();
    return std::optional<ReturnRecord>(r);
}

Status ReturnRepository::insertWithdrawal(qint64 dossierId, const QString &reason, const QDateTime &at, const QString &byName,
                                          const QString &byUser, const QString &eventUuid)
{
    auto q = sql::exec(m_db, u"INSERT INTO dossier_withdrawals (dossier_id, reason, withdrawn_at, by_name, by_user, event_uuid) "
                             "VALUES (?,?,?,?,?,?)"_s,
                       {dossierId, reason, toStoredUtc(at), byName, byUser, eventUuid});
    if (!q)
        return q.error();
    return success();
}

}  // namespace pc
