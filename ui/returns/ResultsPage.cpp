#include "ResultsPage.h"

#include "PageMessage.h"
#include "CodeScan.h"
#include "CurrentActor.h"
#include "SyncController.h"
#include "services/CounterServices.h"
#include "services/LifecycleService.h"

#include <QShowEvent>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc {
namespace {
QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}
}  // namespace

ResultsPage::ResultsPage(CounterServices &services, CurrentActor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_actor(actor), m_codeLabel(new QLabel), m_code(new QLineEdit), m_dossier(new QLabel),
      m_whatLabel(new QLabel), m_what(new QLineEdit), m_countLabel(new QLabel), m_count(new QSpinBox), m_fromLabel(new QLabel),
      m_from(new QLineEdit), m_noteLabel(new QLabel), m_note(new QLineEdit), m_receive(new QPushButton), m_waitingTitle(new QLabel),
      m_waiting(new QTableWidget(0, WaitingColumnCount)), m_toReturn(new QPushButton), m_message(new QLabel)
{
    m_code->setClearButtonEnabled(true);
    m_count->setRange(1, 99);
    m_dossier->setWordWrap(true);
    m_dossier->setTextFormat(Qt::RichText);
    m_message->setWordWrap(true);
    m_waitingTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_waiting->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_waiting->setSelectionMode(QAbstractItemView::SingleSelection);
    m_waiting->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_waiting->verticalHeader()->hide();
    m_waiting->setTabKeyNavigation(false);
    QHeaderView *h = m_waiting->horizontalHeader();
    for (int c : {Code, Phone, Arrived, Delivery})
        h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(Procedure, QHeaderView::Stretch);
    m_waiting->setColumnWidth(Applicant, fontMetrics().averageCharWidth() * 20);

    auto *form = new QGridLayout;
    form->addWidget(m_codeLabel, 0, 0);
    form->addWidget(m_code, 0, 1, 1, 3);
    form->addWidget(m_dossier, 1, 1, 1, 3);
    form->addWidget(m_whatLabel, 2, 0);
    form->addWidget(m_what, 2, 1);
    form->addWidget(m_countLabel, 2, 2);
    form->addWidget(m_count, 2, 3);
    form->addWidget(m_fromLabel, 3, 0);
    form->addWidget(m_from, 3, 1, 1, 3);
    form->addWidget(m_noteLabel, 4, 0);
    form->addWidget(m_note, 4, 1, 1, 3);
    form->setColumnStretch(1, 1);
    m_codeLabel->setBuddy(m_code);
    m_whatLabel->setBuddy(m_what);
    m_countLabel->setBuddy(m_count);
    m_fromLabel->setBuddy(m_from);
    m_noteLabel->setBuddy(m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_receive, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addSpacing(8);
    layout->addWidget(m_waitingTitle);
    layout->addWidget(m_waiting, 1);
    layout->addWidget(m_toReturn, 0, Qt::AlignLeft);

    // The scanner ends with Enter: look the code up, then the clerk completes what arrived.
    connect(m_code, &QLineEdit::returnPressed, this, [this] {
        if (lookUp())
            m_from->setFocus();
    });
    for (QLineEdit *e : {m_what, m_from, m_note})
        connect(e, &QLineEdit::returnPressed, this, [this] { receive(); });
    connect(m_receive, &QPushButton::clicked, this, [this] { receive(); });
    auto open = [this] {
        const int row = m_waiting->currentRow();
        if (row >= 0)
            emit returnRequested(m_waiting->item(row, Code)->text());
    };
    connect(m_toReturn, &QPushButton::clicked, this, open);
    connect(m_waiting, &QTableWidget::cellActivated, this, open);
    retranslate();  // fills the list too
}

void ResultsPage::reload() { m_load.request(*this); }

void ResultsPage::showEvent(QShowEvent *e)
{
    QWidget::showEvent(e);
    m_load.shown();
}

void ResultsPage::loadNow()
{
    auto list = m_services.lifecycle().resultsWaiting();
    m_waiting->setRowCount(0);
    if (!list) {
        say(withoutUntranslatedDetail(list.error().message), true);
        return;
    }
    for (const WaitingResult &w : list.value()) {
        const int row = m_waiting->rowCount();
        m_waiting->insertRow(row);
        m_waiting->setItem(row, Code, cell(w.code));
        m_waiting->setItem(row, Applicant, cell(w.applicantName));
        m_waiting->setItem(row, Phone, cell(w.phone));
        m_waiting->setItem(row, Procedure, cell(w.procedureName));
        m_waiting->setItem(row, Arrived, cell(w.resultReceivedAt.isValid() ? toLocal(w.resultReceivedAt).toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                                                                           : tr("theo trung tâm")));
        m_waiting->setItem(row, Delivery, cell(w.delivery == DeliveryMethod::Post ? tr("Bưu chính") : tr("Tại quầy")));
    }
    m_waitingTitle->setText(tr("Kết quả chờ trả (%1) – gọi điện báo công dân đến nhận").arg(m_waiting->rowCount()));
    m_toReturn->setEnabled(m_waiting->rowCount() > 0);
}

bool ResultsPage::lookUp()
{
    const QString code = dossierCodeFromScan(m_code->text());
    m_current.clear();
    if (code.isEmpty()) {
        m_dossier->clear();
        say(tr("“%1” không phải mã hồ sơ. Quét mã QR trên phiếu kiểm soát hoặc gõ mã hồ sơ.").arg(m_code->text().trimmed()), true);
        return false;
    }
    m_code->setText(code);
    auto d = m_services.queue().dossier(code);
    if (!d || !d.value()) {
        m_dossier->clear();
        say(d ? tr("Không tìm thấy hồ sơ %1 tại quầy này.").arg(code) : withoutUntranslatedDetail(d.error().message), true);
        return false;
    }
    const Dossier &x = **d;
    m_current = code;
    m_dossier->setText(tr("<b>%1</b> – %2<br/>Người nộp: <b>%3</b> · Điện thoại: %4 · Trạng thái: %5")
                           .arg(x.procedureCode.toHtmlEscaped(), x.procedureName.toHtmlEscaped(), x.applicant.name.toHtmlEscaped(),
                                x.applicant.phone.toHtmlEscaped(), statusName(x.status)));
    if (m_what->text().trimmed().isEmpty())
        m_what->setPlaceholderText(tr("Kết quả giải quyết hồ sơ"));
    say(QString(), false);
    return true;
}

bool ResultsPage::receive()
{
    if (m_current.isEmpty() || dossierCodeFromScan(m_code->text()) != m_current) {
        if (!lookUp())
            return false;
    }
    ResultReceipt r;
    r.what = m_what->text().trimmed();
    r.count = m_count->value();
    r.from = m_from->text().trimmed();
    r.note = m_note->text().trimmed();
    auto e = m_services.lifecycle().receiveResult(m_current, r, m_actor.actor());
    if (!e) {
        say(withoutUntranslatedDetail(e.error().message), true);
        return false;
    }
    say(tr("Đã ghi nhận kết quả của hồ sơ %1 về bưu cục. Hồ sơ chờ trả cho công dân.").arg(m_current), false);
    // Ready for the next sheet: the code box empty and focused, "from whom" kept (same courier).
    m_current.clear();
    m_code->clear();
    m_what->clear();
    m_note->clear();
    m_count->setValue(1);
    m_dossier->clear();
    m_code->setFocus();
    reload();
    emit changed();
    return true;
}

void ResultsPage::say(const QString &text, bool problem)
{
    showPageMessage(m_message, text, problem);
}

void ResultsPage::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void ResultsPage::retranslate()
{
    m_codeLabel->setText(tr("&Mã hồ sơ:"));
    m_code->setPlaceholderText(tr("Quét mã QR trên phiếu kiểm soát hoặc gõ mã hồ sơ, rồi Enter"));
    m_whatLabel->setText(tr("&Kết quả nhận về:"));
    m_what->setPlaceholderText(tr("Kết quả giải quyết hồ sơ"));
    m_countLabel->setText(tr("&Số lượng:"));
    m_fromLabel->setText(tr("&Người giao:"));
    m_from->setPlaceholderText(tr("Họ tên người mang kết quả từ cơ quan"));
    m_noteLabel->setText(tr("Gh&i chú:"));
    m_receive->setText(tr("&Ghi nhận đã nhận kết quả"));
    m_waiting->setHorizontalHeaderLabels({tr("Mã hồ sơ"), tr("Người nộp"), tr("Điện thoại"), tr("Thủ tục"), tr("Nhận kết quả lúc"), tr("Trả qua")});
    m_toReturn->setText(tr("&Trả kết quả cho hồ sơ đã chọn (F8)"));
    reload();  // the delivery words and the title are in the rows
}

}  // namespace pc
