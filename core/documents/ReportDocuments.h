#pragma once
// The printable day report (A4 portrait, charts drawn in) and the dossier ledger (A4 landscape)
// from resources/templates/day-report.html and ledger.html. Vietnamese whatever the UI language.
#include "ReportRenderer.h"
#include "domain/ReportData.h"

namespace pc {

struct ReportHeader {
    QString governingBody;  // may be empty
    QString unitName;
    QString place;          // may be empty
    QDate printedOn;        // local date on the "…, ngày … tháng … năm …" line
    QString preparedBy;     // the clerk's name under the signature; may be empty
};

struct ChartBar {
    QString label;
    double value = 0;
    QString valueText;  // printed at the end of the bar
};

class ReportDocuments {
public:
    static ReportContent dayReport(const DayReport &r, const ReportHeader &h);
    static ReportContent ledger(const QList<LedgerEntry> &rows, const QDate &from, const QDate &to, const ReportHeader &h);
    // A horizontal bar chart as an image, `scale` pixels per 96-dpi point (2 = sharp on paper).
    static QImage barChart(const QList<ChartBar> &bars, double maxValue, int widthPx, double scale = 2);
    // "Ngày 27/11/2026" or "Từ ngày 01/11/2026 đến ngày 30/11/2026"
    static QString periodPhrase(const QDate &from, const QDate &to);
};

}  // namespace pc
