#pragma once
// The audit trail's rows (migration 016): appended with their hash, read back in order.
// The chain itself (what is hashed, what verify checks) is AuditLog's.
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace pc {

struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;  // UTC
    QString username;
    QString action;
    QString object;
    QString details;
    QString prevHash;
    QString hash;
};

struct AuditFilter {
    QString username;  // empty = everyone
    QString action;    // empty = every action; "print" also matches "print.receipt"
    QDateTime fromUtc, toUtc;  // invalid = open; toUtc exclusive
    int limit = 10000;
};

class AuditRepository {
public:
    explicit AuditRepository(QSqlDatabase &db) : m_db(db) {}
    // The last row (seq 0 and an empty hash when the trail is empty).
    Result<AuditEntry> last();
    // Inside the caller's transaction.
    Status insert(const AuditEntry &e);
    // Every row in seq order, one at a time (a large trail is not held in memory).
    Status forEach(const std::function<bool(const AuditEntry &)> &visit);
    Result<QList<AuditEntry>> list(const AuditFilter &f);

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
