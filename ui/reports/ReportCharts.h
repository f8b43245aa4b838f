#pragma once
// The two charts of the F6 report (Qt Charts): dossiers per field over the month(s) of the
// period, and the on-time rate per agency. The printed report draws the same figures
// (core/documents/ReportDocuments), so what the supervisor sees is what is filed.
#include "services/ReportService.h"

class QChartView;

namespace pc::reportcharts {

QChartView *makeView();
void showFields(QChartView *view, const DayReport &r);
void showOnTime(QChartView *view, const DayReport &r);

}  // namespace pc::reportcharts
