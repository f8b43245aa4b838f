#include "QueuePage.h"

#include "CounterSeams.h"
#include "DossierQueueModel.h"
#include "GuidanceListModel.h"
#include "QueueDetails.h"
#include "SyncController.h"
#include "services/CounterServices.h"
#include "services/LifecycleService.h"
#include "CurrentActor.h"
#include "tracking/LifecyclePrints.h"
#include "tracking/DueWindow.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace pc {
namespace {
void setUpTable(QTableView *v)
{
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->setAlternatingRowColors(true);
    v->verticalHeader()->hide();
    v->setWordWrap(false);
    v->setTextElideMode(Qt::ElideRight);
    v->setTabKeyNavigation(false);  // Tab leaves the list; arrows move inside
    v->horizontalHeader()->setSortIndicatorShown(true);
    v->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);  // as loaded: newest first
    v->setSortingEnabled(true);
}
}  // namespace

QueuePage::QueuePage(CounterServices &services, DocumentPresenter &presenter, QWidget *parent)
    : QWidget(parent), m_services(services), m_presenter(presenter), m_model(new DossierQueueModel(services.queue(), this)),
      m_guidanceModel(new GuidanceListModel(services.guidance(), this)), m_lists(new QTabWidget), m_view(new QTableView),
      m_guidanceView(new QTableView), m_search(new QLineEdit), m_period(new QComboBox), m_status(new QComboBox), m_field(new QComboBox),
      m_emptyNote(new QLabel), m_details(new QTextBrowser), m_reprint(new QPushButton), m_reschedule(new QPushButton), m_searchDelay(new QTimer(this))
{
    m_view->setModel(m_model);
    m_guidanceView->setModel(m_guidanceModel);
    setUpTable(m_view);
    setUpTable(m_guidanceView);
    // Widths that keep Thủ tục and Trạng thái readable on a 1024-px screen: the fixed-format
    // columns are sized to their text, the applicant gets a modest share, the procedure the rest.
    QHeaderView *header = m_view->horizontalHeader();
    header->setMinimumSectionSize(60);
    for (int c : {DossierQueueModel::Code, DossierQueueModel::Received, DossierQueueModel::Appointment, DossierQueueModel::Status})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DossierQueueModel::Applicant, QHeaderView::Interactive);
    header->setSectionResizeMode(DossierQueueModel::Procedure, QHeaderView::Stretch);
    m_view->setColumnWidth(DossierQueueModel::Applicant, fontMetrics().averageCharWidth() * 18);
    QHeaderView *gHeader = m_guidanceView->horizontalHeader();
    for (int c : {GuidanceListModel::Number, GuidanceListModel::Kind, GuidanceListModel::Created})
        gHeader->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    gHeader->setSectionResizeMode(GuidanceListModel::Procedure, QHeaderView::Stretch);
    m_guidanceView->setColumnWidth(GuidanceListModel::Applicant, fontMetrics().averageCharWidth() * 18);
    m_guidanceView->setColumnWidth(GuidanceListModel::Reason, fontMetrics().averageCharWidth() * 24);

    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_period->addItems({QString(), QString(), QString(), QString(), QString()});
    m_status->addItem(QString());
    for (int code = 1; code <= 10; ++code)
        m_status->addItem(QString(), code);
    m_field->addItem(QString());
    fillFields();
    // A long field name must not widen the window beyond a 1024-px screen.
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_field->setMinimumContentsLength(16);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setStyleSheet(QStringLiteral("color: #37474f; padding: 6px; background: #eceff1;"));
    m_emptyNote->hide();
    m_lists->addTab(m_view, QString());
    m_lists->addTab(m_guidanceView, QString());

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_period);
    filters->addWidget(m_status);
    filters->addWidget(m_field);
    filters->addWidget(m_search, 1);
    auto *listBox = new QWidget;
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_emptyNote);
    listLayout->addWidget(m_lists, 1);
    // Details below the list: the list then has the full width of a 1024-px screen.
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(listBox);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reprint);
    buttons->addWidget(m_reschedule);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_reschedule->setEnabled(false);
    m_askReschedule = [this](const QString &code, const QDateTime &current) -> std::optional<RescheduleAnswer> {
        RescheduleDialog dialog(code, current, toLocal(m_services.clock().nowUtc()), this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.answer();
    };
    setTabOrder(m_period, m_status);
    setTabOrder(m_status, m_field);
    setTabOrder(m_field, m_search);
    setTabOrder(m_search, m_lists);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);  // search once typing pauses
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &QueuePage::reload);
    for (QComboBox *c : {m_period, m_status, m_field})
        connect(c, &QComboBox::currentIndexChanged, this, &QueuePage::reload);
    for (QTableView *v : {m_view, m_guidanceView}) {
        connect(v->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueuePage::showDetails);
        connect(v->model(), &QAbstractItemModel::modelReset, this, &QueuePage::showDetails);
    }
    connect(m_lists, &QTabWidget::currentChanged, this, [this] {
        // status and field belong to dossiers only
        m_status->setEnabled(m_lists->currentIndex() == Dossiers);
        m_field->setEnabled(m_lists->currentIndex() == Dossiers);
        afterReload();
        showDetails();
    });
    auto *reprintKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(reprintKey, &QShortcut::activated, this, [this] { reprintSelected(); });
    connect(m_reprint, &QPushButton::clicked, this, [this] { reprintSelected(); });
    connect(m_reschedule, &QPushButton::clicked, this, [this] { rescheduleSelected(); });
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

QTableView *QueuePage::currentView() const { return m_lists->currentIndex() == Guidance ? m_guidanceView : m_view; }

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
        restrictToDueSoon(f, DueWindow::at(m_services));
        break;
    case DueToday:
        restrictToDueToday(f, DueWindow::at(m_services));
        break;
    case Overdue:
        restrictToOverdue(f, DueWindow::at(m_services));
        break;
    default:
        break;
    }
    return f;
}

GuidanceFilter QueuePage::guidanceFilter() const
{
    GuidanceFilter f;
    f.search = m_search->text();
    if (m_period->currentIndex() == Today) {
        const QDate today = toLocal(m_services.clock().nowUtc()).date();
        f.createdFrom = QDateTime(today, QTime(0, 0), vietnamTime()).toUTC();
        f.createdTo = QDateTime(today.addDays(1), QTime(0, 0), vietnamTime()).toUTC();
    }
    return f;
}

void QueuePage::reload()
{
    m_searchDelay->stop();
    m_model->setDueWindow(DueWindow::at(m_services));
    m_model->setFilter(filter());
    m_guidanceModel->setFilter(guidanceFilter());
    afterReload();
}

void QueuePage::afterReload()
{
    QTableView *v = currentView();
    const int rows = v->model()->rowCount();
    const bool searching = !m_search->text().trimmed().isEmpty();
    if (rows == 0) {
        // An empty list must not look like a broken one: say what was looked for.
        if (m_lists->currentIndex() == Guidance)
            m_emptyNote->setText(searching ? tr("Không có phiếu yêu cầu bổ sung hay phiếu từ chối nào khớp với “%1”.").arg(m_search->text().trimmed())
                                           : tr("Chưa có phiếu yêu cầu bổ sung hay phiếu từ chối nào trong khoảng đã chọn."));
        else
            m_emptyNote->setText(searching ? tr("Không có hồ sơ nào khớp với “%1” và bộ lọc đang chọn.").arg(m_search->text().trimmed())
                                           : tr("Không có hồ sơ nào khớp với bộ lọc đang chọn."));
    }
    m_emptyNote->setVisible(rows == 0);
    // the other list may hold what the clerk looks for: the tab titles carry the counts
    m_lists->setTabText(Dossiers, tr("Hồ sơ (%1)").arg(m_model->rowCount()) + (m_model->canFetchMore({}) ? QStringLiteral("+") : QString()));
    m_lists->setTabText(Guidance, tr("Phiếu bổ sung, từ chối (%1)").arg(m_guidanceModel->rowCount()));
    if (rows == 1 && searching)  // a single hit is the one: select it, the details show at once
        v->setCurrentIndex(v->model()->index(0, 0));
}

bool QueuePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_searchDelay->isActive())
                reload();  // the clerk did not wait for the pause: search now
            QTableView *v = currentView();
            if (v->model()->rowCount() == 0)
                return true;
            if (!v->currentIndex().isValid())
                v->setCurrentIndex(v->model()->index(0, 0));
            v->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QueuePage::showDetails()
{
    if (m_lists->currentIndex() == Guidance) {
        const GuidanceRecord *g = m_guidanceModel->recordAt(m_guidanceView->currentIndex().row());
        m_reprint->setEnabled(g != nullptr);
        m_reprint->setText(tr("In lại phiếu (Ctrl+R)"));
        m_reschedule->setEnabled(false);
        m_details->setHtml(g ? QueueDetails::guidanceHtml(*g) : tr("<p>Chọn một phiếu để xem chi tiết.</p>"));
        return;
    }
    m_reprint->setText(tr("In lại giấy tiếp nhận (Ctrl+R)"));
    const QString code = m_model->codeAt(m_view->currentIndex().row());
    m_reprint->setEnabled(!code.isEmpty());
    m_reschedule->setEnabled(false);
    if (code.isEmpty()) {
        m_details->setHtml(tr("<p>Chọn một hồ sơ để xem chi tiết.</p>"));
        return;
    }
    auto d = m_services.queue().dossier(code);
    if (!d || !d.value()) {
        m_details->setPlainText(d ? tr("Không tìm thấy hồ sơ %1.").arg(code) : withoutUntranslatedDetail(d.error().message));
        return;
    }
    // Only while the agency holds the dossier can its appointment move (the service says why not).
    const DossierStatus st = d.value()->status;
    m_reschedule->setEnabled(m_actor && (st == DossierStatus::Received || st == DossierStatus::InProgress ||
                                         st == DossierStatus::SupplementRequested || st == DossierStatus::FinancialObligation));
    auto timeline = m_services.lifecycle().timeline(code);
    m_details->setHtml(QueueDetails::dossierHtml(**d, m_services.clock().nowUtc(), timeline ? &timeline.value() : nullptr));
}

void QueuePage::setActor(CurrentActor *actor)
{
    m_actor = actor;
    showDetails();
}

bool QueuePage::rescheduleSelected()
{
    const QString code = m_model->codeAt(m_view->currentIndex().row());
    if (code.isEmpty() || !m_actor)
        return false;
    auto d = m_services.queue().dossier(code);
    if (!d || !d.value())
        return false;
    const QDateTime current = d.value()->dueAt.isValid() ? d.value()->dueAt : d.value()->appointmentAt;
    const std::optional<RescheduleAnswer> a = m_askReschedule(code, current.isValid() ? toLocal(current) : QDateTime());
    if (!a)
        return false;
    auto e = m_services.lifecycle().reschedule(code, a->newAppointmentLocal.toUTC(), a->reason, m_actor->actor());
    if (!e) {
        m_details->setPlainText(withoutUntranslatedDetail(e.error().message));
        return false;
    }
    const Status printed = LifecyclePrints(m_services, m_presenter).apology(code);
    reload();
    for (int row = 0; row < m_model->rowCount(); ++row)  // keep the dossier selected: the history shows the new date
        if (m_model->codeAt(row) == code)
            m_view->setCurrentIndex(m_model->index(row, 0));
    if (!printed)
        m_details->append(tr("Chưa in được phiếu xin lỗi và hẹn lại: %1").arg(withoutUntranslatedDetail(printed.error().message)));
    emit dossierChanged();
    return true;
}

bool QueuePage::reprintSelected()
{
    const PaperLayout layout = m_services.paperLayout();
    Result<PreparedDocument> doc = Error::badInput(QString());
    if (m_lists->currentIndex() == Guidance) {
        const GuidanceRecord *g = m_guidanceModel->recordAt(m_guidanceView->currentIndex().row());
        if (!g)
            return false;
        doc = m_services.documents().prepareGuidance(g->id, g->kind == GuidanceRecord::Kind::Refusal ? FormKind::Refusal : FormKind::Supplement,
                                                     layout);
    } else {
        const QString code = m_model->codeAt(m_view->currentIndex().row());
        if (code.isEmpty())
            return false;
        doc = m_services.documents().prepareReceipt(code, layout);
    }
    if (!doc) {
        m_details->setPlainText(withoutUntranslatedDetail(doc.error().message));
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
    m_search->setPlaceholderText(tr("Tìm theo tên, mã hồ sơ hoặc số phiếu, số định danh, số điện thoại (F3; ↓ hoặc Enter để vào danh sách)"));
    m_period->setItemText(All, tr("Tất cả"));
    m_period->setItemText(Today, tr("Hôm nay"));
    m_period->setItemText(DueSoon, tr("Sắp đến hạn (2 ngày làm việc)"));
    m_period->setItemText(Overdue, tr("Quá hạn"));
    m_period->setItemText(DueToday, tr("Đến hạn hôm nay"));
    m_status->setItemText(0, tr("Mọi trạng thái"));
    for (int code = 1; code <= 10; ++code)
        m_status->setItemText(code, statusName(*statusFromCode(code)));
    m_field->setItemText(0, tr("Mọi lĩnh vực"));
    m_reschedule->setText(tr("&Hẹn lại ngày trả…"));
    m_model->headerDataChanged(Qt::Horizontal, 0, DossierQueueModel::ColumnCount - 1);
    m_guidanceModel->headerDataChanged(Qt::Horizontal, 0, GuidanceListModel::ColumnCount - 1);
    afterReload();
    showDetails();
}

}  // namespace pc
