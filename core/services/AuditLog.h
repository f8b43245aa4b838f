#pragma once
// The audit trail (issue 12): who did what, when, on which object. Each row's SHA-256 covers
// the previous row's hash and the row's own canonical content, so `verify` finds a row that was
// changed, deleted or slipped in between with plain sqlite3. Details carry no personal data
// beyond a dossier code: no names, ID numbers, phones or addresses.
//
// Other services call the one-liner: AuditLog(db, clock).record(actor, "handover", code);
// inside their own transaction: recordInTransaction (same arguments).
#include "domain/Actor.h"
#include "storage/AuditRepository.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace pc {

class Database;

struct AuditVerification {
    qint64 rows = 0;
    bool intact = true;
    qint64 firstBrokenSeq = 0;  // when not intact: the first row where the chain breaks
    QString reason;             // Vietnamese
};

struct AuditHead {
    qint64 seq = 0;  // 0: empty trail
    QString hash;    // hex SHA-256 of the last row
};

class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(pc::AuditLog)
public:
    AuditLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    // Its own transaction.
    Status record(const Actor &actor, const QString &action, const QString &object = {}, const QString &details = {});
    // Within a transaction the caller already holds (the row commits or rolls back with its work).
    Status recordInTransaction(const Actor &actor, const QString &action, const QString &object = {}, const QString &details = {});
    Result<AuditVerification> verify();
    Result<AuditHead> head();
    Result<QList<AuditEntry>> list(const AuditFilter &f);
    // The CSV of rows for a supervisor's export (UTF-8 with BOM, so spreadsheets read Vietnamese).
    static QByteArray toCsv(const QList<AuditEntry> &rows);

    static QString genesisHash();  // prev_hash of row 1: 64 zeros
    static QString hashOf(const QString &prevHash, const AuditEntry &e);

private:
    Database &m_db;
    const Clock &m_clock;
};

}  // namespace pc
