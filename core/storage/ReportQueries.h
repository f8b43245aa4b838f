#pragma once
// The read-only SQL behind the day report, the charts and the ledger (issue 11 §5). Every
// statement is bounded by an indexed time column (dossiers.received_at, dossier_events.at,
// guidance_records.created_at) or by the open statuses (dossiers_status), so a year's range reads
// that year's rows only; plans() lets tests and benches check that with EXPLAIN QUERY PLAN.
#include "domain/ReportData.h"
#include "util/Result.h"

#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

namespace pc {

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
