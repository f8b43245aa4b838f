#pragma once
// Renders a report (day report, ledger) onto any QPagedPaintDevice: A4 portrait or landscape,
// long tables broken across pages with their <thead> rows repeated on every page (QTextDocument
// header rows), and "Trang i/n" at the foot of each page. The receipt forms keep their own
// renderer (DocumentRenderer): their copies and running heads are a different job.
#include "DocumentRenderer.h"

#include <QPageLayout>

namespace pc {

struct ReportContent {
    QString html;
    QHash<QString, QImage> images;
    QString title;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    double baseFontPt = 11;
};

class ReportRenderer {
public:
    static Status render(const ReportContent &content, QPagedPaintDevice &device);
    static Result<int> pageCount(const ReportContent &content);  // as laid out for a PDF
    static Status writePdf(const ReportContent &content, const QString &path);
};

}  // namespace pc
