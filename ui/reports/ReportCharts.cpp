#include "ReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace pc::reportcharts {
namespace {
class ChartText {
    Q_DECLARE_TR_FUNCTIONS(pc::ReportCharts)
};

QString periodText(const DayReport &r)
{
    return ChartText::tr("%1 – %2").arg(r.chartFrom.toString(QStringLiteral("dd/MM/yyyy")), r.chartTo.toString(QStringLiteral("dd/MM/yyyy")));
}

// Replaces the chart's series and axes by one horizontal bar series.
// Bars are drawn bottom-up: the lists are reversed so the first field or agency is on top.
void show(QChartView *view, const QString &title, const QString &setName, QStringList labels, QList<qreal> values, qreal max, bool percent)
{
    std::reverse(labels.begin(), labels.end());
    std::reverse(values.begin(), values.end());
    QChart *chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes())
        chart->removeAxis(a);
    chart->setTitle(title);
    auto *set = new QBarSet(setName);
    for (qreal v : values)
        *set << v;
    set->setLabelColor(Qt::black);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values_ = new QValueAxis;
    if (percent) {
        values_->setRange(0, 100);
        values_->setTickCount(5);  // 0, 25, 50, 75, 100
    } else {
        values_->setRange(0, std::max<qreal>(max, 1) * 1.15);  // room for the label at the bar's end
        values_->applyNiceNumbers();
    }
    values_->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values_, Qt::AlignBottom);
    series->attachAxis(values_);
    chart->legend()->hide();
}
}  // namespace

QChartView *makeView()
{
    auto *view = new QChartView(new QChart);
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->setAnimationOptions(QChart::NoAnimation);
    view->setMinimumHeight(180);
    return view;
}

void showFields(QChartView *view, const DayReport &r)
{
    QStringList labels;
    QList<qreal> values;
    qreal max = 0;
    for (const FieldCount &f : r.chartByField) {
        labels << f.field;
        values << f.received;
        max = std::max<qreal>(max, f.received);
    }
    show(view, ChartText::tr("Hồ sơ tiếp nhận theo lĩnh vực, %1").arg(periodText(r)), ChartText::tr("Hồ sơ"), labels, values, max, false);
}

void showOnTime(QChartView *view, const DayReport &r)
{
    QStringList labels;
    QList<qreal> values;
    for (const AgencyCount &a : r.onTimeByAgency) {
        labels << a.agency;
        values << (a.resolved > 0 ? qRound(1000.0 * a.onTime / a.resolved) / 10.0 : 0);
    }
    show(view, ChartText::tr("Tỷ lệ trả kết quả đúng hạn theo cơ quan (%), %1").arg(periodText(r)), ChartText::tr("Đúng hạn (%)"), labels, values, 100, true);
}

}  // namespace pc::reportcharts
