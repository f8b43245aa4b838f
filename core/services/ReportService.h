#pragma once
// Closing the day (issue 11 §5): the day report for a date or a range, the data of its two
// charts, and the dossier ledger (Sổ theo dõi hồ sơ). Read-only: nothing here writes.
// Dates are local (Asia/Ho_Chi_Minh) days, both ends included.
#include "storage/ReportQueries.h"

#include <QDate>

namespace pc {

class Database;
class Clock;

struct DayReport {
    QDate from, to;
    int received = 0;    // dossiers received in the period
    int handedOver = 0;  // dossiers handed over to their agency in the period
    int returned = 0;    // results returned (at the counter or dispatched by post) in the period
    int overdue = 0;     // still with the agency past their appointment at the close of the period
    QList<FieldCount> byField;  // received per field, with the fees and charges collected at receipt
    QMap<int, int> byStatus;    // the dossiers received in the period, by their status now
    qint64 feesTotalDong = 0;
    int supplement = 0;  // guidance slips given: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
    int refusal = 0;     //                      Phiếu từ chối tiếp nhận
    int pendingSync = 0; // events in the outbox now
    // Charts: the whole months the period touches.
    QDate chartFrom, chartTo;
    QList<FieldCount> chartByField;
    QList<AgencyCount> onTimeByAgency;
};

class ReportService {
public:
    ReportService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    // A year at most, so a report reads a bounded slice of the database.
    static constexpr int kMaxDays = 366;
    static Status checkPeriod(const QDate &from, const QDate &to);
    // [00:00 of `from`, 00:00 of the day after `to`) in Vietnam, as UTC.
    static UtcRange utcRange(const QDate &from, const QDate &to);
    Result<DayReport> day(const QDate &from, const QDate &to);
    Result<QList<LedgerEntry>> ledger(const QDate &from, const QDate &to);

private:
    Database &m_db;
    const Clock &m_clock;
};

}  // namespace pc
