#pragma once
// What went back to the citizen (migration 014): returns at the counter, dispatches by post
// and withdrawals.
#include "domain/Lifecycle.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace pc {

class ReturnRepository {
public:
    explicit ReturnRepository(QSqlDatabase &db) : m_db(db) {}
    // Inside the caller's transaction, after the event `eventUuid` it belongs to.
    Status insert(qint64 dossierId, const ReturnRecord &r, const QString &eventUuid);
    Result<std::optional<ReturnRecord>> latest(qint64 dossierId);
    Status insertWithdrawal(qint64 dossierId, const QString &reason, const QDateTime &at, const QString &byName, const QString &byUser,
                            const QString &eventUuid);

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
