#pragma once
// The day report and the ledger as data for other programs: the JSON of the CLI contract
// (issue 11) and CSV for spreadsheets. CSV is RFC 4180 (comma, CRLF, quotes doubled, a field
// with a comma, quote or line break quoted) in UTF-8 with a byte-order mark, which is what makes
// Excel read Vietnamese correctly; numbers are plain integers so Excel sums them. Headings are
// Vietnamese whatever the UI language: the export is the office's record, like the printed form.
#include "documents/LedgerFormat.h"
#include "services/ReportService.h"

#include <QByteArray>
#include <QJsonObject>

namespace pc {


namespace report {

// Exactly the keys of the CLI contract: date, received, handed_over, returned, overdue,
// by_field, by_status, fees {total_dong, by_field}, guidance {supplement, refusal}, pending_sync.
QJsonObject dayJson(const DayReport &r);
QByteArray dayCsv(const DayReport &r, const QString &unitName);
QByteArray ledgerCsv(const QList<LedgerEntry> &rows, const QDate &from, const QDate &to, const QString &unitName);

// One CSV record (without the line end): RFC 4180 quoting; text that a spreadsheet would read
// as a formula (= + - @ first) gets a leading apostrophe.
QByteArray csvRecord(const QStringList &fields);
constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

}  // namespace report
}  // namespace pc
