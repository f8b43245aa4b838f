#include "ReportPage.h"

#include "CurrentActor.h"
#include "ReportCharts.h"
#include "services/CounterServices.h"
#include "services/ReportOutput.h"

#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc {
namespace {
QTableWidget *makeTable()
{
    auto *t = new QTableWidget;
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(false);
    return t;
}

QTableWidgetItem *item(const QString &text, bool number = false)
{
    auto *i = new QTableWidgetItem(text);
    if (number)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QString day(const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }
}  // namespace

ReportPage::ReportPage(CounterServices &services, CurrentActor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor), m_from(new QDateEdit), m_to(new QDateEdit), m_today(new QPushButton),
      m_show(new QPushButton), m_fromLabel(new QLabel), m_toLabel(new QLabel), m_figures(new QLabel), m_message(new QLabel),
      m_fields(makeTable()), m_statuses(makeTable()), m_fieldChart(reportcharts::makeView()), m_onTimeChart(reportcharts::makeView()),
      m_printDay(new QPushButton), m_printLedger(new QPushButton), m_exportDay(new QPushButton), m_exportLedger(new QPushButton)
{
    for (QDateEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        e->setCalendarPopup(true);
    }
    m_fromLabel->setBuddy(m_from);
    setFocusProxy(m_from);
    m_toLabel->setBuddy(m_to);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_message->setWordWrap(true);

    auto *period = new QHBoxLayout;
    period->addWidget(m_fromLabel);
    period->addWidget(m_from);
    period->addWidget(m_toLabel);
    period->addWidget(m_to);
    period->addWidget(m_today);
    period->addWidget(m_show);
    period->addStretch(1);

    auto *grid = new QGridLayout;
    grid->addWidget(m_figures, 0, 0);
    grid->addWidget(m_fields, 0, 1);
    grid->addWidget(m_statuses, 0, 2);
    grid->addWidget(m_fieldChart, 1, 0, 1, 2);
    grid->addWidget(m_onTimeChart, 1, 2);
    grid->setColumnStretch(0, 0);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);
    grid->setRowStretch(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_printDay);
    buttons->addWidget(m_printLedger);
    buttons->addWidget(m_exportDay);
    buttons->addWidget(m_exportLedger);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_message);
    layout->addLayout(grid, 1);
    layout->addLayout(buttons);

    const QDate today = toLocal(services.clock().nowUtc()).date();
    m_from->setDate(today);
    m_to->setDate(today);
    connect(m_show, &QPushButton::clicked, this, &ReportPage::reload);
    connect(m_today, &QPushButton::clicked, this, [this] {
        const QDate t = toLocal(m_services.clock().nowUtc()).date();
        setPeriod(t, t);
    });
    connect(m_printDay, &QPushButton::clicked, this, &ReportPage::printDay);
    connect(m_printLedger, &QPushButton::clicked, this, &ReportPage::printLedger);
    connect(m_exportDay, &QPushButton::clicked, this, &ReportPage::exportDay);
    connect(m_exportLedger, &QPushButton::clicked, this, &ReportPage::exportLedger);

    m_chooseFile = [this](const QString &suggested, const QString &filter) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, tr("Lưu tệp"), dir + u'/' + suggested, filter);
    };
    m_print = [this](const ReportContent &content) {
        QPrinter printer(QPrinter::HighResolution);
        const QString printerName = m_services.preference(QStringLiteral("printer.name"));
        if (!printerName.isEmpty())
            printer.setPrinterName(printerName);
        printer.setDocName(content.title);
        QPrintPreviewDialog preview(&printer, this);
        preview.setWindowTitle(tr("Xem trước: %1").arg(content.title));
        preview.resize(900, 700);
        connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                [&content](QPrinter *p) { (void)ReportRenderer::render(content, *p); });
        preview.exec();
    };
    retranslate();
}

void ReportPage::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void ReportPage::reload()
{
    m_loaded = true;
    auto r = ReportService(m_services.database(), m_services.clock()).day(m_from->date(), m_to->date());
    if (!r) {
        say(r.error().message, true);
        return;
    }
    say(QString(), false);
    m_report = r.value();
    showReport();
}

void ReportPage::showReport()
{
    const DayReport &r = m_report;
    const QString period = r.from == r.to ? tr("Ngày %1").arg(day(r.from)) : tr("Từ %1 đến %2").arg(day(r.from), day(r.to));
    QString html = QStringLiteral("<b>%1</b><table cellpadding='2'>").arg(period.toHtmlEscaped());
    const QList<std::pair<QString, QString>> lines = {
        {tr("Hồ sơ tiếp nhận"), QString::number(r.received)},
        {tr("Đã bàn giao cho cơ quan giải quyết"), QString::number(r.handedOver)},
        {tr("Đã trả kết quả"), QString::number(r.returned)},
        {tr("Quá hạn"), QString::number(r.overdue)},
        {tr("Phí, lệ phí đã thu"), Money{r.feesTotalDong}.format()},
        {tr("Phiếu yêu cầu bổ sung"), QString::number(r.supplement)},
        {tr("Phiếu từ chối tiếp nhận"), QString::number(r.refusal)},
        {tr("Sự kiện chờ đồng bộ"), QString::number(r.pendingSync)}};
    for (const auto &[label, value] : lines)
        html += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    m_figures->setText(html + QStringLiteral("</table>"));

    m_fields->setRowCount(int(r.byField.size()));
    for (int i = 0; i < r.byField.size(); ++i) {
        const FieldCount &f = r.byField.at(i);
        m_fields->setItem(i, 0, item(f.field));
        m_fields->setItem(i, 1, item(QString::number(f.received), true));
        m_fields->setItem(i, 2, item(QString::number(f.paying), true));
        m_fields->setItem(i, 3, item(Money{f.feeDong}.format(), true));
    }
    m_statuses->setRowCount(int(r.byStatus.size()));
    int row = 0;
    for (auto it = r.byStatus.cbegin(); it != r.byStatus.cend(); ++it, ++row) {
        const auto status = statusFromCode(it.key());
        m_statuses->setItem(row, 0, item(status ? statusName(*status) : QString::number(it.key())));
        m_statuses->setItem(row, 1, item(QString::number(it.value()), true));
    }
    reportcharts::showFields(m_fieldChart, r);
    reportcharts::showOnTime(m_onTimeChart, r);
}

void ReportPage::say(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString ReportPage::periodKey() const
{
    const QString from = m_from->date().toString(Qt::ISODate), to = m_to->date().toString(Qt::ISODate);
    return from == to ? from : from + u'_' + to;
}

void ReportPage::printDay()
{
    auto doc = ReportOutput(m_services.database(), m_services.clock()).dayDocument(m_from->date(), m_to->date(), m_actor.actor().fullName);
    if (!doc)
        return say(doc.error().message, true);
    m_print(doc.value());
}

void ReportPage::printLedger()
{
    auto doc = ReportOutput(m_services.database(), m_services.clock()).ledgerDocument(m_from->date(), m_to->date());
    if (!doc)
        return say(doc.error().message, true);
    m_print(doc.value());
}

void ReportPage::exportDay()
{
    if (auto ok = ReportService::checkPeriod(m_from->date(), m_to->date()); !ok)
        return say(ok.error().message, true);  // before asking where to save: nothing to save
    const QString path = m_chooseFile(tr("bao-cao-%1.csv").arg(periodKey()), tr("Tệp CSV cho Excel (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto r = ReportOutput(m_services.database(), m_services.clock()).dayCsv(m_actor.actor(), m_from->date(), m_to->date(), path); !r)
        return say(r.error().message, true);
    say(tr("Đã lưu báo cáo: %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())), false);
}

void ReportPage::exportLedger()
{
    if (auto ok = ReportService::checkPeriod(m_from->date(), m_to->date()); !ok)
        return say(ok.error().message, true);  // before asking where to save: nothing to save
    const QString path = m_chooseFile(tr("so-theo-doi-%1.csv").arg(periodKey()), tr("Tệp CSV cho Excel (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto r = ReportOutput(m_services.database(), m_services.clock()).ledgerCsv(m_actor.actor(), m_from->date(), m_to->date(), path); !r)
        return say(r.error().message, true);
    say(tr("Đã lưu sổ theo dõi: %1").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())), false);
}

void ReportPage::showEvent(QShowEvent *e)
{
    QWidget::showEvent(e);
    reload();  // F6 shows the figures as they are now, not as they were when the window opened
}

void ReportPage::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_loaded)
            showReport();
    }
    QWidget::changeEvent(e);
}

void ReportPage::retranslate()
{
    m_fromLabel->setText(tr("Từ &ngày:"));
    m_toLabel->setText(tr("Đến ngà&y:"));
    m_today->setText(tr("Hôm nay"));
    m_show->setText(tr("&Xem"));
    m_printDay->setText(tr("In báo cáo ngày…"));
    m_printLedger->setText(tr("In sổ theo dõi hồ sơ…"));
    m_exportDay->setText(tr("Xuất CSV báo cáo…"));
    m_exportLedger->setText(tr("Xuất CSV sổ theo dõi…"));
    m_fields->setColumnCount(4);
    m_fields->setHorizontalHeaderLabels({tr("Lĩnh vực"), tr("Tiếp nhận"), tr("Thu phí"), tr("Phí, lệ phí")});
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_fields->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_statuses->setColumnCount(2);
    m_statuses->setHorizontalHeaderLabels({tr("Trạng thái"), tr("Số hồ sơ")});
    m_statuses->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_statuses->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
}

}  // namespace pc
