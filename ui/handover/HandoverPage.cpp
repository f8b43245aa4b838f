#include "HandoverPage.h"

#include "PageMessage.h"
#include "CounterSeams.h"
#include "CurrentActor.h"
#include "SyncController.h"
#include "services/CounterServices.h"
#include "services/LifecycleService.h"
#include "tracking/LifecyclePrints.h"

#include <QShowEvent>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc {
namespace {
const QString kDateTime = QStringLiteral("dd/MM/yyyy HH:mm");

QString when(const QDateTime &utc) { return utc.isValid() ? toLocal(utc).toString(kDateTime) : QString(); }

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

void setUpTable(QTableWidget *t)
{
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    t->setTabKeyNavigation(false);
}
}  // namespace

HandoverPage::HandoverPage(CounterServices &services, DocumentPresenter &presenter, CurrentActor &actor, QWidget *parent)
    : QWidget(parent), m_services(services), m_presenter(presenter), m_actor(actor), m_agency(new QComboBox), m_summary(new QLabel),
      m_pending(new QTableWidget(0, PendingColumnCount)), m_courierLabel(new QLabel), m_courier(new QLineEdit), m_receiverLabel(new QLabel),
      m_receiver(new QLineEdit), m_create(new QPushButton), m_openTitle(new QLabel), m_pendingTitle(new QLabel),
      m_open(new QTableWidget(0, OpenColumnCount)), m_signer(new QLineEdit), m_confirm(new QPushButton), m_cancelReason(new QLineEdit),
      m_cancel(new QPushButton), m_reprint(new QPushButton), m_message(new QLabel)
{
    setUpTable(m_pending);
    setUpTable(m_open);
    QHeaderView *h = m_pending->horizontalHeader();
    for (int c : {Tick, Code, Sets, Received, Due})
        h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(Procedure, QHeaderView::Stretch);
    m_pending->setColumnWidth(Applicant, fontMetrics().averageCharWidth() * 20);
    QHeaderView *oh = m_open->horizontalHeader();
    for (int c : {Number, Count, Created, Courier, Receiver})  // header and names in full
        oh->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    oh->setSectionResizeMode(Agency, QHeaderView::Stretch);
    // A long agency name must not widen the window beyond a 1024-px screen.
    m_agency->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_agency->setMinimumContentsLength(24);
    m_summary->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *title : {m_pendingTitle, m_openTitle})
        title->setStyleSheet(QStringLiteral("font-weight: bold;"));

    auto *pendingBox = new QWidget;
    auto *pl = new QVBoxLayout(pendingBox);
    pl->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_pendingTitle);
    top->addWidget(m_agency, 1);
    pl->addLayout(top);
    pl->addWidget(m_summary);
    pl->addWidget(m_pending, 1);
    auto *names = new QGridLayout;
    names->addWidget(m_courierLabel, 0, 0);
    names->addWidget(m_courier, 0, 1);
    names->addWidget(m_receiverLabel, 0, 2);
    names->addWidget(m_receiver, 0, 3);
    names->setColumnStretch(1, 1);
    names->setColumnStretch(3, 1);
    m_courierLabel->setBuddy(m_courier);
    m_receiverLabel->setBuddy(m_receiver);
    pl->addLayout(names);
    pl->addWidget(m_create, 0, Qt::AlignLeft);

    auto *openBox = new QWidget;
    auto *ol = new QVBoxLayout(openBox);
    ol->setContentsMargins(0, 0, 0, 0);
    ol->addWidget(m_openTitle);
    ol->addWidget(m_open, 1);
    auto *actions = new QGridLayout;
    actions->addWidget(m_signer, 0, 0);
    actions->addWidget(m_confirm, 0, 1);
    actions->addWidget(m_cancelReason, 1, 0);
    actions->addWidget(m_cancel, 1, 1);
    actions->addWidget(m_reprint, 0, 2);
    actions->setColumnStretch(0, 1);
    ol->addLayout(actions);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(pendingBox);
    splitter->addWidget(openBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_agency, &QComboBox::currentIndexChanged, this, &HandoverPage::showAgency);
    connect(m_create, &QPushButton::clicked, this, [this] { createHandover(); });
    connect(m_confirm, &QPushButton::clicked, this, [this] { confirmSelected(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelSelected(); });
    connect(m_reprint, &QPushButton::clicked, this, [this] { reprintSelected(); });
    connect(m_signer, &QLineEdit::returnPressed, this, [this] { confirmSelected(); });
    connect(m_cancelReason, &QLineEdit::returnPressed, this, [this] { cancelSelected(); });
    // Ctrl+Enter from anywhere in the upper half creates the batch (keyboard first).
    for (QKeySequence key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *s = new QShortcut(key, pendingBox, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this] { createHandover(); });
    }
    connect(m_pending, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == Tick)
            m_create->setEnabled(!tickedCodes().isEmpty());
    });
    retranslate();  // fills the lists too
}

void HandoverPage::reload() { m_load.request(*this); }

void HandoverPage::showEvent(QShowEvent *e)
{
    QWidget::showEvent(e);
    m_load.shown();
}

void HandoverPage::loadNow()
{
    const QString chosen = m_agency->currentData().toString();
    auto groups = m_services.lifecycle().pendingHandover();
    m_groups = groups ? groups.value() : QList<PendingAgency>{};
    if (!groups)
        say(withoutUntranslatedDetail(groups.error().message), true);
    {
        const QSignalBlocker block(m_agency);
        m_agency->clear();
        QStringList parts;
        for (const PendingAgency &g : m_groups) {
            m_agency->addItem(tr("%1 (%n hồ sơ)", nullptr, int(g.dossiers.size())).arg(g.agency), g.agency);
            parts << tr("%1: %2").arg(g.agency).arg(g.dossiers.size());
        }
        const int keep = m_agency->findData(chosen);
        m_agency->setCurrentIndex(keep >= 0 ? keep : 0);
        m_summary->setText(m_groups.isEmpty() ? tr("Không có hồ sơ nào chờ bàn giao.")
                                              : tr("Chờ bàn giao theo cơ quan (hồ sơ cũ nhất trước): %1").arg(parts.join(QStringLiteral(" · "))));
    }
    m_agency->setEnabled(!m_groups.isEmpty());
    showAgency();

    auto open = m_services.queue().openHandovers();
    m_open->setRowCount(0);
    if (!open) {
        say(withoutUntranslatedDetail(open.error().message), true);
    } else {
        for (const Handover &h : open.value()) {
            const int row = m_open->rowCount();
            m_open->insertRow(row);
            m_open->setItem(row, Number, cell(h.number));
            m_open->setItem(row, Agency, cell(h.agency));
            m_open->setItem(row, Count, cell(QString::number(h.items.size())));
            m_open->setItem(row, Created, cell(when(h.createdAt)));
            m_open->setItem(row, Courier, cell(h.courier));
            m_open->setItem(row, Receiver, cell(h.receiver));
        }
        if (m_open->rowCount() > 0)
            m_open->setCurrentCell(0, Number);
    }
    const bool any = m_open->rowCount() > 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_signer, m_confirm, m_cancelReason, m_cancel, m_reprint})
        w->setEnabled(any);
}

void HandoverPage::showAgency()
{
    const int index = m_agency->currentIndex();
    const QSignalBlocker block(m_pending);
    m_pending->setRowCount(0);
    if (index >= 0 && index < m_groups.size()) {
        for (const PendingDossier &d : m_groups.at(index).dossiers) {
            const int row = m_pending->rowCount();
            m_pending->insertRow(row);
            auto *tick = new QTableWidgetItem;
            tick->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            tick->setCheckState(Qt::Checked);  // all by default: the usual batch is the whole pile
            tick->setData(Qt::UserRole, d.code);
            m_pending->setItem(row, Tick, tick);
            m_pending->setItem(row, Code, cell(d.code));
            m_pending->setItem(row, Procedure, cell(d.procedureCode + QStringLiteral(" – ") + d.procedureName));
            m_pending->item(row, Procedure)->setToolTip(d.procedureName);
            m_pending->setItem(row, Applicant, cell(d.applicantName));
            m_pending->setItem(row, Sets, cell(QString::number(d.sets)));
            m_pending->setItem(row, Received, cell(when(d.receivedAt)));
            m_pending->setItem(row, Due, cell(d.dueAt.isValid() ? when(d.dueAt) : tr("Theo thông báo")));
        }
    }
    m_create->setEnabled(m_pending->rowCount() > 0);
}

QStringList HandoverPage::tickedCodes() const
{
    QStringList codes;
    for (int row = 0; row < m_pending->rowCount(); ++row)
        if (m_pending->item(row, Tick)->checkState() == Qt::Checked)
            codes << m_pending->item(row, Tick)->data(Qt::UserRole).toString();
    return codes;
}

QString HandoverPage::selectedHandover() const
{
    const int row = m_open->currentRow();
    return row >= 0 && m_open->item(row, Number) ? m_open->item(row, Number)->text() : QString();
}

void HandoverPage::say(const QString &text, bool problem)
{
    showPageMessage(m_message, text, problem);
}

bool HandoverPage::createHandover()
{
    const QString agency = m_agency->currentData().toString();
    const QStringList codes = tickedCodes();
    if (agency.isEmpty() || codes.isEmpty()) {
        say(tr("Chọn cơ quan và đánh dấu ít nhất một hồ sơ để bàn giao."), true);
        return false;
    }
    if (m_courier->text().trimmed().isEmpty()) {
        say(tr("Nhập họ tên người vận chuyển hồ sơ đến cơ quan."), true);
        m_courier->setFocus();
        return false;
    }
    auto h = m_services.lifecycle().createHandover(agency, codes, m_courier->text().trimmed(), m_receiver->text().trimmed(), m_actor.actor());
    if (!h) {
        say(withoutUntranslatedDetail(h.error().message), true);
        return false;
    }
    QStringList inBatch;
    for (const HandoverItem &i : h->items)
        inBatch << i.code;
    const Status printed = LifecyclePrints(m_services, m_presenter).handover(h->number, inBatch);
    say(printed ? tr("Đã lập biên bản bàn giao %1: %n hồ sơ cho %2. Hồ sơ chuyển sang “Đang xử lý”.", nullptr, int(inBatch.size()))
                      .arg(h->number, h->agency)
                : tr("Đã lập biên bản bàn giao %1 (%2 hồ sơ), nhưng chưa in được: %3")
                      .arg(h->number).arg(inBatch.size()).arg(withoutUntranslatedDetail(printed.error().message)),
        !printed);
    m_receiver->clear();
    reload();
    emit changed();
    return true;
}

bool HandoverPage::confirmSelected()
{
    const QString number = selectedHandover();
    if (number.isEmpty())
        return false;
    if (m_signer->text().trimmed().isEmpty()) {
        say(tr("Nhập họ tên người đã ký nhận tại cơ quan."), true);
        m_signer->setFocus();
        return false;
    }
    auto h = m_services.lifecycle().confirmHandover(number, m_signer->text().trimmed(), m_actor.actor());
    if (!h) {
        say(withoutUntranslatedDetail(h.error().message), true);
        return false;
    }
    say(tr("Đã ghi nhận cơ quan ký nhận biên bản %1: %2, lúc %3.").arg(h->number, h->confirmedBy, when(h->confirmedAt)), false);
    m_signer->clear();
    reload();
    emit changed();
    return true;
}

bool HandoverPage::cancelSelected()
{
    const QString number = selectedHandover();
    if (number.isEmpty())
        return false;
    if (m_cancelReason->text().trimmed().isEmpty()) {
        say(tr("Nhập lý do hủy biên bản bàn giao."), true);
        m_cancelReason->setFocus();
        return false;
    }
    // The service decides who may cancel: a clerk gets its Vietnamese refusal here.
    auto h = m_services.lifecycle().cancelHandover(number, m_cancelReason->text().trimmed(), m_actor.actor());
    if (!h) {
        say(withoutUntranslatedDetail(h.error().message), true);
        return false;
    }
    say(tr("Đã hủy biên bản %1; các hồ sơ trở lại danh sách chờ bàn giao.").arg(h->number), false);
    m_cancelReason->clear();
    reload();
    // its dossiers are back: show them
    if (const int index = m_agency->findData(h->agency); index >= 0)
        m_agency->setCurrentIndex(index);
    emit changed();
    return true;
}

bool HandoverPage::reprintSelected()
{
    const QString number = selectedHandover();
    if (number.isEmpty())
        return false;
    auto h = m_services.lifecycle().handover(number);
    if (!h) {
        say(withoutUntranslatedDetail(h.error().message), true);
        return false;
    }
    QStringList codes;
    for (const HandoverItem &i : h->items)
        codes << i.code;
    const Status printed = LifecyclePrints(m_services, m_presenter).handover(number, codes);
    if (!printed)
        say(withoutUntranslatedDetail(printed.error().message), true);
    return bool(printed);
}

void HandoverPage::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

void HandoverPage::retranslate()
{
    m_pendingTitle->setText(tr("Hồ sơ chờ bàn giao – cơ quan:"));
    m_pending->setHorizontalHeaderLabels({tr("Giao"), tr("Mã hồ sơ"), tr("Thủ tục"), tr("Người nộp"), tr("Số bộ"), tr("Tiếp nhận"), tr("Hẹn trả")});
    m_courierLabel->setText(tr("Người &vận chuyển:"));
    m_receiverLabel->setText(tr("Người &nhận tại cơ quan:"));
    m_courier->setPlaceholderText(tr("Họ tên nhân viên bưu điện mang hồ sơ"));
    m_receiver->setPlaceholderText(tr("Có thể để trống, ghi sau"));
    m_create->setText(tr("&Lập biên bản bàn giao và in (Ctrl+Enter)"));
    m_openTitle->setText(tr("Biên bản chưa được cơ quan xác nhận"));
    m_open->setHorizontalHeaderLabels({tr("Số biên bản"), tr("Cơ quan"), tr("Số hồ sơ"), tr("Lập lúc"), tr("Người vận chuyển"), tr("Người nhận")});
    m_signer->setPlaceholderText(tr("Họ tên người ký nhận tại cơ quan"));
    m_confirm->setText(tr("&Xác nhận cơ quan đã ký nhận"));
    m_cancelReason->setPlaceholderText(tr("Lý do hủy (trưởng bưu cục)"));
    m_cancel->setText(tr("&Hủy biên bản"));
    m_reprint->setText(tr("In lại biên bản"));
    reload();  // the counts' words are in the rows
}

}  // namespace pc
