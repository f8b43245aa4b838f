#pragma once
// The day report and the ledger as data for other programs: the JSON of the CLI contract
// (issue 11) and CSV for spreadsheets. CSV is RFC 4180 (comma, CRLF, quotes doubled, a field
// with a comma, quote or line break quoted) in UTF-8 with a byte-order mark, which is what makes
// Excel read Vietnamese correctly; numbers are plain integers so Excel sums them. Headings are
// Vietnamese whatever the UI language: the export is the office's record, like the printed form.
#include "services/ReportService.h"

#include <QByteArray>
#include <QJsonObject>

namespace pc {

// One column of the ledger, from resources/templates/ledger.json (the circular's form).
struct LedgerColumn {
    QString key;
    QString heading;
    int width = 1;  // relative width on the printed page
};

namespace report {

// Exactly the keys of the CLI contract: date, received, handed_over, returned, overdue,
// by_field, by_status, fees {total_dong, by_field}, guidance {supplement, refusal}, pending_sync.
QJsonObject dayJson(const DayReport &r);
QByteArray dayCsv(const DayReport &r, const QString &unitName);
QByteArray ledgerCsv(const QList<LedgerEntry> &rows, const QDate &from, const QDate &to, const QString &unitName);

QString ledgerTitle();
QList<LedgerColumn> ledgerColumns();
// The text of one ledger cell, as printed and exported.
QString ledgerCell(const LedgerEntry &e, const QString &key);
// The national status name in Vietnamese (printed documents are Vietnamese in every UI language).
QString printedStatusName(int code);
// "27/11/2026 09:05" in Vietnam time; empty for an invalid time.
QString localMoment(const QDateTime &utc);
// One CSV record (without the line end): RFC 4180 quoting; text that a spreadsheet would read
// as a formula (= + - @ first) gets a leading apostrophe.
QByteArray csvRecord(const QStringList &fields);
constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

}  // namespace report
}  // namespace pc
