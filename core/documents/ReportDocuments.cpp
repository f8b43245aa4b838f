#include "ReportDocuments.h"

#include "FormBuilder.h"
#include "util/Money.h"
#include "LedgerFormat.h"

#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
QString esc(const QString &s) { return s.toHtmlEscaped(); }
QString cell(const QString &s, const char *align = "left") { return u"<td align=\"%1\">%2</td>"_s.arg(QLatin1String(align), esc(s)); }
QString num(qint64 v) { return cell(QString::number(v), "right"); }

QString headerUnitLines(const ReportHeader &h)
{
    const QString unit = u"<b>"_s + esc(h.unitName.toUpper()) + u"</b>"_s;
    const QString body = esc(h.governingBody.trimmed().toUpper());
    return body.isEmpty() ? unit : body + u"<br/>"_s + unit;
}

QString percent(int part, int whole) { return whole > 0 ? QString::number(100.0 * part / whole, 'f', 1).replace(u'.', u',') + u" %"_s : u"–"_s; }

void addChart(QHash<QString, QString> &v, ReportContent &c, const QString &name, const QList<ChartBar> &bars, double max)
{
    const int width = 620;  // 96-dpi points across the text width of a portrait A4
    const QImage img = ReportDocuments::barChart(bars, max, width);
    c.images.insert(name, img);
    v.insert(name + u"_width"_s, QString::number(width));
    v.insert(name + u"_height"_s, QString::number(img.height() / 2));
}
}  // namespace

QString ReportDocuments::periodPhrase(const QDate &from, const QDate &to)
{
    const auto d = [](const QDate &x) { return x.toString(u"dd/MM/yyyy"_s); };
    return from == to ? u"Ngày %1"_s.arg(d(from)) : u"Từ ngày %1 đến ngày %2"_s.arg(d(from), d(to));
}

QImage ReportDocuments::barChart(const QList<ChartBar> &bars, double maxValue, int widthPx, double scale)
{
    const double rowH = 16, labelW = widthPx * 0.42, valueW = 70, pad = 4;
    const int rows = std::max<int>(1, int(bars.size()));
    QImage img(QSize(int(widthPx * scale), int((rows * rowH + 2 * pad) * scale)), QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(scale, scale);
    DocumentRenderer::ensureFonts();
    QFont f(DocumentRenderer::fontFamily());
    f.setPixelSize(12);
    p.setFont(f);
    if (bars.isEmpty()) {
        p.drawText(QRectF(0, pad, widthPx, rowH), Qt::AlignCenter, u"Không có số liệu trong kỳ"_s);
        return img;
    }
    const double barSpace = widthPx - labelW - valueW - 2 * pad;
    for (int i = 0; i < bars.size(); ++i) {
        const ChartBar &b = bars.at(i);
        const double y = pad + i * rowH;
        const QString label = QFontMetricsF(f).elidedText(b.label, Qt::ElideRight, labelW - 6);
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y, labelW - 6, rowH), Qt::AlignRight | Qt::AlignVCenter, label);
        const double len = maxValue > 0 ? barSpace * std::clamp(b.value / maxValue, 0.0, 1.0) : 0;
        p.fillRect(QRectF(labelW, y + 4, len, rowH - 8), QColor(0x2f, 0x5d, 0x8a));
        p.drawText(QRectF(labelW + len + 4, y, valueW + barSpace - len, rowH), Qt::AlignLeft | Qt::AlignVCenter, b.valueText);
    }
    p.setPen(QPen(Qt::gray, 1));
    p.drawLine(QPointF(labelW, pad), QPointF(labelW, pad + rows * rowH));
    return img;
}

ReportContent ReportDocuments::dayReport(const DayReport &r, const ReportHeader &h)
{
    ReportContent c;
    c.title = u"Báo cáo tiếp nhận và trả kết quả hồ sơ – "_s + periodPhrase(r.from, r.to);
    QHash<QString, QString> v{{u"header_unit_lines"_s, headerUnitLines(h)},
                              {u"place_date"_s, FormBuilder::placeDate(h.place, h.printedOn)},
                              {u"period_phrase"_s, periodPhrase(r.from, r.to)},
                              {u"chart_period"_s, periodPhrase(r.chartFrom, r.chartTo).toLower()},
                              {u"prepared_by"_s, h.preparedBy}};
    const QList<std::pair<QString, qint64>> figures = {
        {u"Hồ sơ tiếp nhận"_s, r.received},
        {u"Hồ sơ đã bàn giao cho cơ quan giải quyết"_s, r.handedOver},
        {u"Hồ sơ đã trả kết quả"_s, r.returned},
        {u"Hồ sơ quá hạn (cơ quan giải quyết chưa trả, đã quá ngày hẹn)"_s, r.overdue},
        {u"Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ đã lập"_s, r.supplement},
        {u"Phiếu từ chối tiếp nhận đã lập"_s, r.refusal},
        {u"Sự kiện chờ đồng bộ lên Trung tâm"_s, r.pendingSync}};
    QString rows;
    for (const auto &[label, value] : figures)
        rows += u"<tr>"_s + cell(label) + num(value) + u"</tr>"_s;
    rows += u"<tr>"_s + cell(u"Tổng phí, lệ phí đã thu"_s) + cell(Money{r.feesTotalDong}.format(), "right") + u"</tr>"_s;
    v.insert(u"figure_rows"_s, rows);

    QString fieldRows;
    for (const FieldCount &f : r.byField)
        fieldRows += u"<tr>"_s + cell(f.field) + num(f.received) + num(f.paying) + cell(Money{f.feeDong}.format(), "right") + u"</tr>"_s;
    if (r.byField.isEmpty())
        fieldRows = u"<tr><td colspan=\"4\" align=\"center\"><i>Không có hồ sơ tiếp nhận trong kỳ</i></td></tr>"_s;
    v.insert(u"field_rows"_s, fieldRows);

    QString statusRows;
    for (auto it = r.byStatus.cbegin(); it != r.byStatus.cend(); ++it)
        statusRows += u"<tr>"_s + cell(QString::number(it.key()), "center") + cell(report::printedStatusName(it.key())) + num(it.value()) + u"</tr>"_s;
    if (r.byStatus.isEmpty())
        statusRows = u"<tr><td colspan=\"3\" align=\"center\"><i>Không có hồ sơ tiếp nhận trong kỳ</i></td></tr>"_s;
    v.insert(u"status_rows"_s, statusRows);

    QList<ChartBar> fieldBars;
    int maxCount = 0;
    for (const FieldCount &f : r.chartByField) {
        fieldBars.append({f.field, double(f.received), QString::number(f.received)});
        maxCount = std::max(maxCount, f.received);
    }
    addChart(v, c, u"chart_fields"_s, fieldBars, maxCount);

    QString agencyRows;
    QList<ChartBar> agencyBars;
    for (const AgencyCount &a : r.onTimeByAgency) {
        agencyRows += u"<tr>"_s + cell(a.agency) + num(a.resolved) + num(a.onTime) + cell(percent(a.onTime, a.resolved), "right") + u"</tr>"_s;
        agencyBars.append({a.agency, a.resolved > 0 ? 100.0 * a.onTime / a.resolved : 0, percent(a.onTime, a.resolved)});
    }
    if (r.onTimeByAgency.isEmpty())
        agencyRows = u"<tr><td colspan=\"4\" align=\"center\"><i>Chưa có hồ sơ có kết quả trong kỳ</i></td></tr>"_s;
    v.insert(u"agency_rows"_s, agencyRows);
    addChart(v, c, u"chart_on_time"_s, agencyBars, 100);

    c.html = FormBuilder::fill(FormBuilder::templateText(u"day-report"_s), v);
    return c;
}

ReportContent ReportDocuments::ledger(const QList<LedgerEntry> &rows, const QDate &from, const QDate &to, const ReportHeader &h)
{
    ReportContent c;
    c.orientation = QPageLayout::Landscape;
    c.baseFontPt = 10;
    c.title = report::ledgerTitle() + u" – "_s + periodPhrase(from, to);
    const QList<LedgerColumn> columns = report::ledgerColumns();
    int totalWidth = 0;
    for (const LedgerColumn &col : columns)
        totalWidth += col.width;
    QString head;
    for (const LedgerColumn &col : columns)
        head += u"<th width=\"%1%\">%2</th>"_s.arg(totalWidth > 0 ? 100 * col.width / totalWidth : 1).arg(esc(col.heading));
    QString body;
    for (const LedgerEntry &e : rows) {
        body += u"<tr>"_s;
        for (const LedgerColumn &col : columns)
            body += cell(report::ledgerCell(e, col.key), col.key == u"number" || col.key == u"sets" ? "center" : "left");
        body += u"</tr>"_s;
    }
    QHash<QString, QString> v{{u"header_unit_lines"_s, headerUnitLines(h)},
                              {u"title"_s, report::ledgerTitle()},
                              {u"period_phrase"_s, periodPhrase(from, to)},
                              {u"head_cells"_s, head},
                              {u"rows"_s, body},
                              {u"empty_note"_s, rows.isEmpty() ? u"<p align=\"center\"><i>Không có hồ sơ tiếp nhận trong kỳ.</i></p>"_s : QString()}};
    c.html = FormBuilder::fill(FormBuilder::templateText(u"ledger"_s), v);
    return c;
}

}  // namespace pc
