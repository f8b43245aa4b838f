#pragma once
// The outbox of events waiting for the centre: filled in the registering transaction, sent in
// batches, left only after the centre answered about an event; rejected events are quarantined.
#include "domain/OutboxEvent.h"
#include "util/Result.h"

#include <QSet>
#include <QSqlDatabase>

namespace pc {

struct QuarantinedEvent {
    QString eventId;
    QString dossierCode;
    QString type;
    QString reason;
    QDateTime at;  // when it was quarantined (UTC)
};

class OutboxRepository {
public:
    explicit OutboxRepository(QSqlDatabase &db) : m_db(db) {}
    Status enqueue(const QString &eventUuid, const QDateTime &at);
    Result<QList<OutboxEvent>> oldest(int limit);
    // Accepted and duplicate events leave the outbox; rejected ones move to the quarantine.
    // Results about events that are not waiting are ignored. One transaction.
    Status settle(const QList<OutboxEventResult> &results, const QDateTime &now);
    Result<int> pending();
    Result<int> quarantinedCount();
    Result<QList<QuarantinedEvent>> quarantined();
    // Ids of the dossier's events the centre rejected: they do not outrank a centre decision.
    Result<QSet<QString>> quarantinedIdsOf(qint64 dossierId);

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
