#include "QueuePage.h"

#include "CounterSeams.h"
#include "DossierQueueModel.h"
#include "services/CounterServices.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace pc {

QueuePage::QueuePage(CounterServices &services, DocumentPresenter &presenter, QWidget *parent)
    : QWidget(parent), m_services(services), m_presenter(presenter), m_model(new DossierQueueModel(services.queue(), this)),
      m_view(new QTableView), m_search(new QLineEdit), m_period(new QComboBox), m_status(new QComboBox), m_field(new QComboBox),
      m_details(new QTextBrowser), m_reprint(new QPushButton), m_searchDelay(new QTimer(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->horizontalHeader();
    for (int c : {DossierQueueModel::Code, DossierQueueModel::Received, DossierQueueModel::Appointment, DossierQueueModel::Status})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DossierQueueModel::Procedure, QHeaderView::Stretch);
    m_view->setColumnWidth(DossierQueueModel::Applicant, 160);
    m_search->setClearButtonEnabled(true);
    m_period->addItems({QString(), QString(), QString(), QString()});
    m_status->addItem(QString());
    for (int code = 1; code <= 10; ++code)
        m_status->addItem(QString(), code);
    m_field->addItem(QString());
    fillFields();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_period);
    filters->addWidget(m_status);
    filters->addWidget(m_field);
    filters->addWidget(m_search, 1);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 420});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_reprint, 0, Qt::AlignLeft);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);  // search once typing pauses
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &QueuePage::reload);
    for (QComboBox *c : {m_period, m_status, m_field})
        connect(c, &QComboBox::currentIndexChanged, this, &QueuePage::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueuePage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePage::showDetails);
    auto *reprintKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(reprintKey, &QShortcut::activated, this, [this] { reprintSelected(); });
    connect(m_reprint, &QPushButton::clicked, this, [this] { reprintSelected(); });
    connect(&services.reference(), &ReferenceData::changed, this, [this](ReferenceData::Changes what) {
        if (what.testFlag(ReferenceData::Change::Catalogue))
            fillFields();
        reload();  // "due soon" counts working days on the calendar in force
    });
    retranslate();
    reload();
}

void QueuePage::fillFields()
{
    const QString chosen = m_field->currentData().toString();
    const QSignalBlocker block(m_field);
    while (m_field->count() > 1)  // item 0 is "every field"
        m_field->removeItem(1);
    for (const Field &f : m_services.catalogue()->fields())
        m_field->addItem(f.name, f.name);
    m_field->setCurrentIndex(chosen.isEmpty() ? 0 : std::max(0, m_field->findData(chosen)));
}

DossierFilter QueuePage::filter() const
{
    DossierFilter f;
    f.search = m_search->text();
    if (m_status->currentIndex() > 0)
        f.status = statusFromCode(m_status->currentData().toInt());
    f.fieldName = m_field->currentData().toString();
    const QDateTime now = m_services.clock().nowUtc();
    switch (m_period->currentIndex()) {
    case Today: {
        const QDate today = toLocal(now).date();
        f.receivedFrom = QDateTime(today, QTime(0, 0), vietnamTime()).toUTC();
        f.receivedTo = QDateTime(today.addDays(1), QTime(0, 0), vietnamTime()).toUTC();
        break;
    }
    case DueSoon:  // still with the agency, due within the next two working days
        f.openOnly = true;
        f.appointmentFrom = now;
        f.appointmentBefore = m_services.calendar().due(toLocal(now), {Duration::Kind::WorkingDays, 2}).toUTC();
        break;
    case Overdue:
        f.openOnly = true;
        f.appointmentBefore = now;
        break;
    default:
        break;
    }
    return f;
}

void QueuePage::reload() { m_model->setFilter(filter()); }

void QueuePage::showDetails()
{
    const QString code = m_model->codeAt(m_view->currentIndex().row());
    m_reprint->setEnabled(!code.isEmpty());
    if (code.isEmpty()) {
        m_details->setHtml(tr("<p>Chọn một hồ sơ để xem chi tiết.</p>"));
        return;
    }
    auto d = m_services.queue().dossier(code);
    if (!d || !d.value()) {
        m_details->setPlainText(d ? tr("Không tìm thấy hồ sơ %1.").arg(code) : d.error().message);
        return;
    }
    const Dossier &x = **d;
    const QString fmt = QStringLiteral("HH:mm dd/MM/yyyy");
    QString html = tr("<h3>%1</h3><p><b>%2</b><br/>%3 · %4</p>").arg(x.code.toHtmlEscaped(), x.procedureName.toHtmlEscaped(),
                                                                     x.fieldName.toHtmlEscaped(), x.agencyName.toHtmlEscaped());
    html += tr("<p>Người nộp: <b>%1</b> %2<br/>Điện thoại: %3 · Địa chỉ: %4</p>")
                .arg(x.applicant.name.toHtmlEscaped(), x.applicant.idNumber.toHtmlEscaped(), x.applicant.phone.toHtmlEscaped(),
                     x.applicant.address.toHtmlEscaped());
    html += tr("<p>Tiếp nhận: %1<br/>Hẹn trả: <b>%2</b><br/>Trạng thái: %3</p>")
                .arg(toLocal(x.receivedAt).toString(fmt), toLocal(x.appointmentAt).toString(fmt), statusName(x.status));
    html += tr("<p><b>Giấy tờ đã nhận</b></p><ol>");
    for (const SubmittedDocument &s : x.documents)
        html += tr("<li>%1 – %2 bản chính, %3 bản sao</li>").arg(s.name.toHtmlEscaped()).arg(s.originals).arg(s.copies);
    html += tr("</ol><p><b>Lịch sử</b></p><ul>");
    for (const DossierEvent &e : x.events)
        html += tr("<li>%1 – %2</li>").arg(toLocal(e.at).toString(fmt), statusName(e.status));
    html += QStringLiteral("</ul>");
    m_details->setHtml(html);
}

bool QueuePage::reprintSelected()
{
    const QString code = m_model->codeAt(m_view->currentIndex().row());
    if (code.isEmpty())
        return false;
    const PaperLayout layout = m_services.paperLayout();
    auto doc = m_services.documents().prepareReceipt(code, layout);
    if (!doc) {
        m_details->setPlainText(doc.error().message);
        return false;
    }
    m_presenter.present(doc.value());
    return true;
}

void QueuePage::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void QueuePage::retranslate()
{
    m_search->setPlaceholderText(tr("Tìm theo tên người nộp, mã hồ sơ, số định danh hoặc số điện thoại (F3)"));
    m_period->setItemText(All, tr("Tất cả hồ sơ"));
    m_period->setItemText(Today, tr("Tiếp nhận hôm nay"));
    m_period->setItemText(DueSoon, tr("Sắp đến hạn (2 ngày làm việc)"));
    m_period->setItemText(Overdue, tr("Quá hạn"));
    m_status->setItemText(0, tr("Mọi trạng thái"));
    for (int code = 1; code <= 10; ++code)
        m_status->setItemText(code, statusName(*statusFromCode(code)));
    m_field->setItemText(0, tr("Mọi lĩnh vực"));
    m_reprint->setText(tr("In lại giấy tiếp nhận (Ctrl+R)"));
    showDetails();
}

}  // namespace pc
