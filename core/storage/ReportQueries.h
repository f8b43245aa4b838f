#pragma once
// The read-only SQL behind the day report, the charts and the ledger (issue 11 §5). Every
// statement is bounded by an indexed time column (dossiers.received_at, dossier_events.at,
// guidance_records.created_at) or by the open statuses (dossiers_status), so a year's range reads
// that year's rows only; plans() lets tests and benches check that with EXPLAIN QUERY PLAN.
#include "util/Result.h"

#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

namespace pc {

// A half-open UTC interval [from, to).
struct UtcRange {
    QDateTime from;
    QDateTime to;
};

struct FieldCount {
    QString field;
    int received = 0;
    int paying = 0;     // collections: dossiers received with a fee or charge, returns collecting fees still due
    qint64 feeDong = 0; // what those collections took in, in đồng
};

struct AgencyCount {
    QString agency;
    int resolved = 0;  // first result (status 9 or 10) inside the range
    int onTime = 0;    // ... at or before the appointment in force
};

// One dossier of the ledger with the first time of each later step (invalid when not yet).
struct LedgerEntry {
    qint64 id = 0;
    int ledgerNumber = 0;
    QString code;
    QString procedureName;
    int sets = 0;
    QString applicantName;
    QString address;
    QString phone;
    QString agency;
    QDateTime receivedAt;
    QDateTime appointmentAt;  // what the receipt promised
    QDateTime dueAt;          // the appointment in force (rescheduled), invalid = by notice
    int status = 0;
    QString deliveryMethod;
    QDateTime handedOverAt;
    QDateTime resultAt;
    QDateTime returnedAt;
    QString returnedTo;  // who took the result, or the postal item number
    QDateTime withdrawnAt;
};

class ReportQueries {
public:
    explicit ReportQueries(QSqlDatabase &db) : m_db(db) {}
    Result<QList<FieldCount>> receivedByField(const UtcRange &r);
    Result<QMap<int, int>> receivedByStatus(const UtcRange &r);
    // Fees still due collected at the return of the result (received = 0 in these rows).
    Result<QList<FieldCount>> feesAtReturnByField(const UtcRange &r);
    // Dossiers handed over in batches made in the range, cancelled batches left out.
    Result<int> handedOver(const UtcRange &r);
    // Dossiers with at least one event of these types inside the range.
    Result<int> dossiersWithEvent(const QStringList &types, const UtcRange &r);
    // Still with the agency (status 1, 2, 4 or 6: QueueService::isOverdue) and due (appointment in
// force) before `cutoff`.
    Result<int> overdueAt(const QDateTime &cutoffUtc);
    Result<QMap<QString, int>> guidanceByKind(const UtcRange &r);
    Result<QList<AgencyCount>> onTimeByAgency(const UtcRange &r);
    Result<QList<LedgerEntry>> ledger(const UtcRange &r);
    // EXPLAIN QUERY PLAN of every statement above, one line per plan row ("statement: detail").
    Result<QStringList> plans(const UtcRange &r);

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
