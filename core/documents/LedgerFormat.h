#pragma once
// The dossier ledger's form (Sổ theo dõi hồ sơ, resources/templates/ledger.json): its title,
// columns and the text of each cell, shared by the printed ledger (ReportDocuments) and the
// exports (services/ReportExport). Vietnamese whatever the UI language: it is the office's record.
#include "domain/ReportData.h"

namespace pc {

// One column of the ledger, from resources/templates/ledger.json (the circular's form).
struct LedgerColumn {
    QString key;
    QString heading;
    int width = 1;  // relative width on the printed page
};

namespace report {

QString ledgerTitle();
QList<LedgerColumn> ledgerColumns();
// The text of one ledger cell, as printed and exported.
QString ledgerCell(const LedgerEntry &e, const QString &key);
// The national status name in Vietnamese (printed documents are Vietnamese in every UI language).
QString printedStatusName(int code);
// "27/11/2026 09:05" in Vietnam time; empty for an invalid time.
QString localMoment(const QDateTime &utc);

}  // namespace report
}  // namespace pc
