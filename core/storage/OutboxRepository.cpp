#include "OutboxRepository.h"

#include "SqlHelpers.h"
#include "util/Clock.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pc {

Status OutboxRepository::enqueue(const QString &eventUuid, const QDateTime &at)
{
    auto r = sql::cachedWrite(m_db, u"INSERT INTO outbox (event_uuid, enqueued_at) VALUES (?, ?)"_s, {eventUuid, toStoredUtc(at)});
    if (!r)
        return r.error();
    return success();
}

Result<QList<OutboxEvent>> OutboxRepository::oldest(int limit)
{
    auto q = sql::exec(m_db, u"SELECT e.uuid, e.type, d.code, e.at, e.data FROM outbox o "
                             "JOIN dossier_events e ON e.uuid = o.event_uuid JOIN dossiers d ON d.id = e.dossier_id "
                             "ORDER BY o.id LIMIT ?"_s, {limit});
    if (!q)
        return q.error();
    QList<OutboxEvent> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), fromStoredUtc(q->value(3).toString()),
                    QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object()});
    return out;
}

Status OutboxRepository::settle(const QList<OutboxEventResult> &results, const QDateTime &now)
{
    sql::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    for (const OutboxEventResult &r : results) {
        if (r.outcome == OutboxEventResult::Outcome::Rejected) {
            auto waiting = sql::scalar(m_db, u"SELECT count(*) FROM outbox WHERE event_uuid = ?"_s, {r.id});
            if (!waiting)
                return waiting.error();
            if (waiting->toInt() == 0)
                continue;
            auto q = sql::exec(m_db, u"INSERT OR REPLACE INTO quarantined_events (event_uuid, reason, quarantined_at) VALUES (?,?,?)"_s,
                               {r.id, r.reason.isEmpty() ? u"(không có lý do)"_s : r.reason, toStoredUtc(now)});
            if (!q)
                return q.error();
        }
        if (auto d = sql::exec(m_db, u"DELETE FROM outbox WHERE event_uuid = ?"_s, {r.id}); !d)
            return d.error();
    }
    return tx.commit();
}

Result<int> OutboxRepository::pending()
{
    auto v = sql::scalar(m_db, u"SELECT count(*) FROM outbox"_s);
    if (!v)
        return v.error();
    return v->toInt();
}

Result<int> OutboxRepository::quarantinedCount()
{
    auto v = sql::scalar(m_db, u"SELECT count(*) FROM quarantined_events"_s);
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QList<QuarantinedEvent>> OutboxRepository::quarantined()
{
    auto q = sql::exec(m_db, u"SELECT q.event_uuid, d.code, e.type, q.reason, q.quarantined_at FROM quarantined_events q "
                             "JOIN dossier_events e ON e.uuid = q.event_uuid JOIN dossiers d ON d.id = e.dossier_id ORDER BY q.quarantined_at"_s);
    if (!q)
        return q.error();
    QList<QuarantinedEvent> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(), fromStoredUtc(q->value(4).toString())});
    return out;
}

Result<QSet<QString>> OutboxRepository::quarantinedIdsOf(qint64 dossierId)
{
    auto q = sql::exec(m_db, u"SELECT q.event_uuid FROM quarantined_events q JOIN dossier_events e ON e.uuid = q.event_uuid "
                             "WHERE e.dossier_id = ?"_s, {dossierId});
    if (!q)
        return q.error();
    QSet<QString> out;
    while (q->next())
        out.insert(q->value(0).toString());
    return out;
}

}  // namespace pc
