#pragma once
// The figures of the day report and the rows of the dossier ledger (issue 11 §5), as plain data:
// storage reads them (storage/ReportQueries), services assemble them (services/ReportService),
// documents print them (documents/ReportDocuments) and services export them (ReportExport).
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

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

}  // namespace pc
