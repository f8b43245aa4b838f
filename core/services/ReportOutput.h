#pragma once
// The day report and the ledger as files and pages: PDF (and any printer), CSV for Excel.
// Files hold personal data (the ledger names citizens): written whole, owner-only
// (util/PrivateFile). Read-only on the database.
#include "documents/ReportDocuments.h"
#include "domain/Actor.h"
#include "services/ReportService.h"

namespace pc {

class ReportOutput {
public:
    ReportOutput(Database &db, const Clock &clock) : m_db(db), m_clock(clock), m_reports(db, clock) {}
    ReportService &reports() { return m_reports; }
    // The office's header (governing body, unit, place) and today's date; refused when the
    // counter is not set up yet.
    Result<ReportHeader> header(const QString &preparedBy = {});
    Result<ReportContent> dayDocument(const QDate &from, const QDate &to, const QString &preparedBy = {});
    Result<ReportContent> ledgerDocument(const QDate &from, const QDate &to);
    // Files leave the counter's database (the ledger names citizens): each one written is an
    // "export" row of the audit trail under `actor` (issue 12), with the period, not the content.
    Status dayPdf(const Actor &actor, const QDate &from, const QDate &to, const QString &path);
    Status ledgerPdf(const Actor &actor, const QDate &from, const QDate &to, const QString &path);
    Status dayCsv(const Actor &actor, const QDate &from, const QDate &to, const QString &path);
    Status ledgerCsv(const Actor &actor, const QDate &from, const QDate &to, const QString &path);

private:
    Status exported(const Actor &actor, const QString &what, const QDate &from, const QDate &to, Status written);
    Database &m_db;
    const Clock &m_clock;
    ReportService m_reports;
};

}  // namespace pc
