#pragma once
// Closing the day (issue 11 §5): the day report for a date or a range, the data of its two
// charts, and the dossier ledger (Sổ theo dõi hồ sơ). Read-only: nothing here writes.
// Dates are local (Asia/Ho_Chi_Minh) days, both ends included.
#include "domain/ReportData.h"
#include "storage/ReportQueries.h"

#include <QDate>

namespace pc {

class Database;
class Clock;

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
