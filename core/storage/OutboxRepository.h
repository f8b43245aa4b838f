#pragma once
// The sync side of the outbox: batches of waiting events, their removal once the centre
// answered, and the quarantine of rejected events.
#include "sync/Wire.h"
#include "util/Result.h"

#include <QSqlDatabase>

namespace pc {

struct QuarantinedEvent {
    QString eventId;
    QString dossierCode;
    QString type;
    QString reason;
    QDateTime at;  // when it was quarantined (UTC)
};

class SyncOutbox {
public:
    explicit SyncOutbox(QSqlDatabase &db) : m_db(db) {}
    Result<QList<wire::Event>> oldest(int limit);
    // Accepted and duplicate events leave the outbox; rejected ones move to the quarantine.
    // Results about events that are not waiting are ignored. One transaction.
    Status settle(const QList<wire::EventResult> &results, const QDateTime &now);
    Result<int> pending();
    Result<int> quarantinedCount();
    Result<QList<QuarantinedEvent>> quarantined();

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
