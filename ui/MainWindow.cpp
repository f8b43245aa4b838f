#include "MainWindow.h"
#include "CurrentActor.h"
#include "AuditDialog.h"
#include "SessionLock.h"
#include "UsersDialog.h"

#include "CounterSetupDialog.h"
#include "OfficeSettingsDialog.h"
#include "DossierQueueModel.h"
#include "Language.h"
#include "intake/IntakePage.h"
#include "intake/ProcedurePicker.h"
#include "queue/QueuePage.h"
#include "reports/ReportPage.h"
#include "handover/HandoverPage.h"
#include "EnrolDialog.h"
#include "IdentityChangeGuard.h"
#include "StartupCheck.h"
#include "BackupStatus.h"
#include "util/Log.h"
#include "SyncController.h"
#include "services/CounterServices.h"
#include "sync/SyncService.h"
#include "tracking/DueWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QDialog>
#include <QPrinter>
#include <QScreen>
#include <QShortcut>
#include <QTabWidget>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace pc {

MainWindow::MainWindow(CounterServices &services, DocumentPresenter &presenter, ClerkPrompts &prompts, QWidget *parent)
    : QMainWindow(parent), m_services(services), m_actor(new CurrentActor(this)), m_tabs(new QTabWidget), m_intake(new IntakePage(services, presenter, prompts)),
      m_queue(new QueuePage(services, presenter)), m_unitLabel(new QLabel), m_todayLabel(new QLabel), m_outboxLabel(new QLabel), m_trackingLabel(new QLabel),
      m_errorLabel(new QLabel), m_statusTimer(new QTimer(this)), m_syncLabel(new QLabel), m_syncProgress(new QProgressBar)
{
    m_tabs->addTab(m_intake, QString());
    m_tabs->addTab(m_queue, QString());
    m_intake->setCurrentActor(m_actor);
    m_session = new SessionLock(services, *m_actor, m_tabs);
    setCentralWidget(m_session);
    addLifecyclePages(presenter);  // F4, F7, F8: MainWindowLifecycle.cpp
    connect(m_session, &SessionLock::lockedChanged, this, [this](bool locked) {
        menuBar()->setEnabled(!locked);
        if (locked)
            m_intake->saveDraftNow();  // kept on disk too, should the PC be switched off while locked
        else
            m_intake->procedurePicker()->searchEdit()->setFocus();
    });
    applyIdleSetting();
    connect(m_intake, &IntakePage::dossierRegistered, this, [this] {
        m_queue->reload();
        m_handover->reload();  // a new dossier waits for the next handover
        refreshStatus();
    });
    connect(m_queue->model(), &DossierQueueModel::loadFailed, this, [this](const QString &m) { m_errorLabel->setText(withoutUntranslatedDetail(m)); });
    auto *toIntake = new QShortcut(QKeySequence(Qt::Key_F2), this);
    connect(toIntake, &QShortcut::activated, this, [this] {
        if (m_session->isLocked())
            return;
        m_tabs->setCurrentWidget(m_intake);
        m_intake->procedurePicker()->searchEdit()->setFocus();
        m_intake->procedurePicker()->searchEdit()->selectAll();
    });
    auto *toQueue = new QShortcut(QKeySequence(Qt::Key_F3), this);
    connect(toQueue, &QShortcut::activated, this, [this] {
        if (m_session->isLocked())
            return;
        m_tabs->setCurrentWidget(m_queue);
        m_queue->searchEdit()->setFocus();
        m_queue->searchEdit()->selectAll();
    });
    // F6: close of the day, the day report and the ledger (issue 11 §5).
    m_reports = new ReportPage(services, *m_actor);
    m_tabs->addTab(m_reports, QString());
    connect(new QShortcut(QKeySequence(Qt::Key_F6), this), &QShortcut::activated, this, [this] {
        m_tabs->setCurrentWidget(m_reports);
        m_reports->setFocus();  // the page passes it to its first date
    });

    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    statusBar()->addWidget(m_unitLabel);
    statusBar()->addWidget(m_errorLabel, 1);
    statusBar()->addPermanentWidget(m_trackingLabel);
    statusBar()->addPermanentWidget(m_todayLabel);
    statusBar()->addPermanentWidget(m_outboxLabel);
    m_syncProgress->setMaximumWidth(160);
    m_syncProgress->hide();
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_syncLabel);
    m_statusTimer->setInterval(15000);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    m_statusTimer->start();

    m_confirm = [this](const QString &title, const QString &text) {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, this);
        QPushButton *yes = box.addButton(tr("&Vẫn đổi"), QMessageBox::AcceptRole);
        QPushButton *no = box.addButton(tr("&Giữ nguyên"), QMessageBox::RejectRole);
        box.setDefaultButton(no);  // Enter keeps things as they are; Alt+V changes
        box.setEscapeButton(no);
        box.exec();
        return box.clickedButton() == yes;
    };
    buildMenus();
    retranslate();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        setGeometry(screenArea());  // first start: the whole screen, whatever its size
        setWindowState(Qt::WindowMaximized);
    }
    fitToScreen();  // a geometry saved on a bigger or a second monitor comes back onto this one
    m_queue->view()->horizontalHeader()->restoreState(settings.value(QStringLiteral("window/queueHeader")).toByteArray());
    m_intake->procedurePicker()->searchEdit()->setFocus();
    // Once the window is up: a dossier left half-typed by a crash or a power cut is offered back.
    QTimer::singleShot(0, m_intake, &IntakePage::offerDraftRestore);
}

QRect MainWindow::screenArea() const
{
    const QScreen *s = QGuiApplication::screenAt(geometry().center());
    if (!s)
        s = QGuiApplication::primaryScreen();
    return s ? s->availableGeometry() : QRect(0, 0, 1024, 768);
}

void MainWindow::fitToScreen()
{
    const QRect area = screenArea();
    // The frame is known only once shown; until then keep the usual title-bar allowance free.
    const QMargins frame = isVisible() ? QMargins(geometry().left() - frameGeometry().left(), geometry().top() - frameGeometry().top(),
                                                  frameGeometry().right() - geometry().right(), frameGeometry().bottom() - geometry().bottom())
                                       : QMargins();
    QRect g = geometry();
    g.setSize(g.size().boundedTo(area.marginsRemoved(frame).size()).expandedTo(minimumSizeHint().boundedTo(area.size())));
    const QRect inner = area.marginsRemoved(frame);
    g.moveLeft(std::clamp(g.left(), inner.left(), std::max(inner.left(), inner.right() - g.width() + 1)));
    g.moveTop(std::clamp(g.top(), inner.top(), std::max(inner.top(), inner.bottom() - g.height() + 1)));
    setGeometry(g);
}

DossierQueueModel *MainWindow::queueModel() const { return m_queue->model(); }
QTableView *MainWindow::queueView() const { return m_queue->view(); }

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_setupAction = m_fileMenu->addAction(QString(), this, [this] { editCounterIdentity(false); });
    m_officeAction = m_fileMenu->addAction(QString(), this, [this] {
        OfficeSettingsDialog(m_services.office(), m_actor->actor(), this).exec();
        applyIdleSetting();
    });
    m_refreshAction = m_fileMenu->addAction(QString(), this, [this] { m_queue->reload(); refreshStatus(); });
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_fileMenu->addSeparator();
    m_printMenu = m_fileMenu->addMenu(QString());
    auto *layouts = new QActionGroup(this);
    const QString current = m_services.preference(QStringLiteral("printer.layout"), QStringLiteral("a4"));
    for (const QString &key : {QStringLiteral("a4"), QStringLiteral("a5"), QStringLiteral("thermal80")}) {
        QAction *a = m_printMenu->addAction(QString());
        a->setCheckable(true);
        a->setChecked(key == current);
        a->setData(key);
        layouts->addAction(a);
        connect(a, &QAction::triggered, this, [this, key] { setPaperLayout(key); });
        m_layoutActions << a;
    }
    m_printMenu->addSeparator();
    m_printerAction = m_printMenu->addAction(QString(), this, &MainWindow::choosePrinter);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    // Ctrl+Q whatever the desktop's key theme says Quit is (some define none).
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setShortcuts(quitKeys);

    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    for (const auto &[code, label] : {std::pair{QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
                                      std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *a = m_languageMenu->addAction(label);  // each language named in itself
        a->setCheckable(true);
        a->setChecked(Language::current() == code);
        a->setData(code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { switchLanguage(code); });
    }

    m_syncMenu = menuBar()->addMenu(QString());
    m_syncNowAction = m_syncMenu->addAction(QString(), this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    m_syncNowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_quarantineAction = m_syncMenu->addAction(QString(), this, &MainWindow::showQuarantine);
    m_syncMenu->addSeparator();
    m_enrolAction = m_syncMenu->addAction(QString(), this, [this] {
        if (m_sync)
            EnrolDialog(*m_sync, m_actor->actor(), this).exec();
    });
    m_syncMenu->menuAction()->setVisible(false);  // until a sync thread is attached

    m_accountMenu = menuBar()->addMenu(QString());
    m_lockAction = m_accountMenu->addAction(QString(), m_session, &SessionLock::lock);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    addAction(m_lockAction);  // Ctrl+L also while the menu bar is disabled (locked)
    m_usersAction = m_accountMenu->addAction(QString(), this, [this] { UsersDialog(m_services, m_actor->actor(), this).exec(); });
    m_auditAction = m_accountMenu->addAction(QString(), this, [this] { AuditDialog(m_services, m_actor->actor(), this).exec(); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("PostCounter – Tiếp nhận hồ sơ thủ tục hành chính"));
    m_fileMenu->setTitle(tr("&Tệp"));
    m_setupAction->setText(tr("Thiết lập &quầy…"));
    m_officeAction->setText(tr("Thông tin &đơn vị in trên phiếu…"));
    m_printMenu->setTitle(tr("&In ấn"));
    m_layoutActions[0]->setText(tr("Khổ A4"));
    m_layoutActions[1]->setText(tr("Khổ A5"));
    m_layoutActions[2]->setText(tr("Cuộn nhiệt 80 mm"));
    m_printerAction->setText(tr("Chọn máy in…"));
    m_tabs->setTabText(0, tr("Tiếp nhận hồ sơ (F2)"));
    m_tabs->setTabText(1, tr("Danh sách hồ sơ (F3)"));
    m_tabs->setTabText(m_tabs->indexOf(m_reports), tr("Báo cáo (F6)"));
    retranslateLifecyclePages();
    m_refreshAction->setText(tr("&Làm mới"));
    m_quitAction->setText(tr("Th&oát"));
    m_languageMenu->setTitle(tr("&Ngôn ngữ"));
    m_helpMenu->setTitle(tr("Trợ &giúp"));
    m_syncMenu->setTitle(tr("Đồng &bộ"));
    m_syncNowAction->setText(tr("Đồng bộ ngay"));
    m_quarantineAction->setText(tr("Sự kiện bị trung tâm từ chối…"));
    m_enrolAction->setText(tr("Đăng ký quầy với trung tâm…"));
    if (m_sync && m_sync->hasSnapshot())
        showSync(m_sync->last());
    m_aboutAction->setText(tr("&Giới thiệu PostCounter"));
    m_accountMenu->setTitle(tr("Tài &khoản"));
    m_lockAction->setText(tr("&Khóa màn hình"));
    m_usersAction->setText(tr("Tài khoản &người dùng…"));
    m_auditAction->setText(tr("&Nhật ký kiểm tra…"));
    m_queue->model()->headerDataChanged(Qt::Horizontal, 0, DossierQueueModel::ColumnCount - 1);
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    auto identity = m_services.identity().load();
    if (identity && identity.value()) {
        const CounterIdentity &c = **identity;
        m_unitLabel->setText(tr("%1 – quầy %2%3").arg(c.unitName).arg(c.counterNumber).arg(c.isSample ? tr(" (ĐƠN VỊ MẪU)") : QString()));
    } else {
        m_unitLabel->setText(tr("Quầy chưa được thiết lập"));
    }
    auto today = m_services.queue().receivedToday();
    auto waiting = m_services.queue().waitingToSync();
    m_todayLabel->setText(today ? tr("Hôm nay: %n hồ sơ", nullptr, *today) : withoutUntranslatedDetail(today.error().message));
    m_outboxLabel->setText(waiting ? tr("Chờ đồng bộ: %n sự kiện", nullptr, *waiting) : withoutUntranslatedDetail(waiting.error().message));
    auto tracking = TrackingText::count(m_services.queue(), DueWindow::at(m_services));
    m_trackingLabel->setText(tracking ? TrackingText::statusLine(*tracking) : withoutUntranslatedDetail(tracking.error().message));
    // Red when something is late: the words say it too, the colour only draws the eye.
    m_trackingLabel->setStyleSheet(tracking && tracking->overdue > 0 ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
}

void MainWindow::attachSync(SyncController *sync)
{
    m_sync = sync;
    m_syncMenu->menuAction()->setVisible(true);
    connect(sync, &SyncController::changed, this, &MainWindow::showSync);
    connect(sync, &SyncController::progress, this, [this](int sent, int pending) {
        m_syncProgress->setMaximum(sent + pending);
        m_syncProgress->setValue(sent);
        m_syncProgress->setVisible(pending > 0);
    });
    // a new registration goes up at once when the link is there
    connect(m_intake, &IntakePage::dossierRegistered, sync, &SyncController::syncNow);
    syncAfterLifecycleSteps(sync);  // so do the later steps (handover, result, return…)
    if (sync->hasSnapshot())
        showSync(sync->last());
}

void MainWindow::attachBackups(BackupController *backups)
{
    m_backupStatus = new BackupStatus(this, m_fileMenu, backups, m_services.clock(), [this] { return currentActor().actor(); });
}

void MainWindow::watchStartupCheck(StartupCheck *check)
{
    if (!m_startupCheckLabel) {
        m_startupCheckLabel = new QLabel;
        statusBar()->addWidget(m_startupCheckLabel);
    }
    m_startupCheckLabel->setStyleSheet(QString());
    m_startupCheckLabel->setText(tr("Đang kiểm tra dữ liệu sau lần tắt máy đột ngột; vẫn tiếp nhận được hồ sơ."));
    m_startupCheckLabel->show();
    connect(check, &StartupCheck::finished, this, [this](StartupCheck::State state, const QString &message) {
        if (state == StartupCheck::State::Failed) {
            m_startupCheckLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_startupCheckLabel->setText(tr("Dữ liệu bị hỏng: ngừng tiếp nhận và báo bộ phận CNTT."));
            m_startupCheckLabel->setToolTip(message);
            // Not modal-blocking: the window keeps its event loop (no nested loop).
            auto *box = new QMessageBox(QMessageBox::Critical, tr("Dữ liệu của quầy bị hỏng"), message, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        } else if (state == StartupCheck::State::Passed) {
            m_startupCheckLabel->setText(tr("Đã kiểm tra dữ liệu sau lần tắt máy đột ngột: không có lỗi."));
        } else {
            m_startupCheckLabel->hide();
        }
    });
}

void MainWindow::showSync(const SyncSnapshot &s)
{
    const SyncStatusView v = describeSync(s);
    m_syncLabel->setText(v.text);
    m_syncLabel->setToolTip(v.tooltip);
    m_syncLabel->setStyleSheet(v.styleSheet());
    if (!s.running)
        m_syncProgress->hide();
    // Being offline is not a problem to report: only what needs someone's action goes here.
    m_errorLabel->setText(v.problems.join(QStringLiteral(" · ")));
    m_outboxLabel->setText(tr("Chờ đồng bộ: %n sự kiện", nullptr, s.pending));
}

void MainWindow::showQuarantine()
{
    SyncService sync(m_services.syncParts());
    auto list = sync.quarantined(m_actor->actor());
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Sự kiện bị trung tâm từ chối"));
    auto *table = new QTableWidget(0, 4, &dialog);
    table->setHorizontalHeaderLabels({tr("Mã hồ sơ"), tr("Loại"), tr("Lý do"), tr("Thời điểm")});
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    if (list) {
        for (const QuarantinedEvent &e : list.value()) {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(e.dossierCode));
            table->setItem(row, 1, new QTableWidgetItem(e.type));
            table->setItem(row, 2, new QTableWidgetItem(e.reason));
            table->setItem(row, 3, new QTableWidgetItem(toLocal(e.at).toString(QStringLiteral("HH:mm dd/MM/yyyy"))));
        }
    }
    auto *layout = new QVBoxLayout(&dialog);
    auto *note = new QLabel(list ? tr("Các sự kiện này không được gửi lại tự động; hồ sơ vẫn được lưu tại quầy. Báo trung tâm để xử lý.")
                                 : withoutUntranslatedDetail(list.error().message));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(table);
    dialog.resize(900, 400);
    dialog.exec();
}

void MainWindow::setPaperLayout(const QString &key)
{
    if (auto r = m_services.setPreference(QStringLiteral("printer.layout"), key); !r)
        m_errorLabel->setText(withoutUntranslatedDetail(r.error().message));
}

void MainWindow::choosePrinter()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Chọn máy in cho quầy"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto r = m_services.setPreference(QStringLiteral("printer.name"), printer.printerName()); !r)
        m_errorLabel->setText(withoutUntranslatedDetail(r.error().message));
}

void MainWindow::switchLanguage(const QString &lang)
{
    if (!Language::apply(lang))
        return;
    if (auto r = m_services.setPreference(QStringLiteral("ui.language"), lang); !r)
        m_errorLabel->setText(withoutUntranslatedDetail(r.error().message));
    // Language::apply installs translators; QEvent::LanguageChange then calls retranslate().
}

void MainWindow::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange && m_fileMenu) {
        retranslate();
        m_queue->reload();  // status names are translated in the rows too
    }
    QMainWindow::changeEvent(e);
}

void MainWindow::showEvent(QShowEvent *e)
{
    QMainWindow::showEvent(e);
    if (!m_fittedWithFrame && !isMaximized() && !isFullScreen()) {
        m_fittedWithFrame = true;  // the frame's size is known now: the title bar must stay on screen too
        fitToScreen();
    }
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    if (!m_intake->confirmClose()) {  // a half-typed dossier: the clerk decides (Ctrl+Q comes here too)
        e->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/queueHeader"), m_queue->view()->horizontalHeader()->saveState());
    QMainWindow::closeEvent(e);
}

bool MainWindow::ensureCounterIdentity()
{
    auto identity = m_services.identity().load();
    if (identity && identity.value() && !identity.value()->isSample)
        return true;
    editCounterIdentity(true);  // also while the sample unit is stored: intake waits for a real one
    identity = m_services.identity().load();
    return identity && identity.value();
}

void MainWindow::editCounterIdentity(bool firstStart)
{
    auto current = m_services.identity().load();
    const CounterIdentity initial = current && current.value() ? **current : CounterIdentity::sample();
    CounterSetupDialog dialog(initial, this);
    if (firstStart)
        dialog.setWindowTitle(tr("Thiết lập quầy lần đầu"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyCounterIdentity(dialog.identity());
}

bool MainWindow::applyCounterIdentity(const CounterIdentity &next)
{
    auto current = m_services.identity().load();
    const std::optional<CounterIdentity> from = current ? current.value() : std::nullopt;
    const QString warning = IdentityChangeGuard::warning(m_services.queue(), from, next);
    // Once accounts exist every change is a supervisor's (a new unit name too); the warning says
    // what a change of unit or counter number means for codes already issued.
    const auto approver = IdentityChangeGuard::supervisorApproves(this, m_services.accounts(), m_actor->actor());
    if (!approver)
        return false;
    if (!warning.isEmpty() && !m_confirm(tr("Đổi thông tin quầy"), warning))
        return false;
    if (auto r = m_services.changeIdentity(*approver, next); !r) {
        QMessageBox::warning(this, tr("Không lưu được"), withoutUntranslatedDetail(r.error().message));
        return false;
    }
    refreshStatus();
    return true;
}

void MainWindow::applyIdleSetting() { m_session->setIdleInterval(m_services.office().idleLockMinutes() * 60 * 1000); }

void MainWindow::showAbout()
{
    const auto catalogue = m_services.catalogue();
    QMessageBox::about(this, tr("Giới thiệu PostCounter"),
        tr("<h3>PostCounter %1</h3><p>Tiếp nhận hồ sơ và trả kết quả thủ tục hành chính tại bưu cục "
           "(Quyết định 468/QĐ-TTg).</p><p>Danh mục thủ tục: phiên bản %2%3.</p><p>Cơ sở dữ liệu: %4</p>")
            .arg(QApplication::applicationVersion())
            .arg(catalogue->version())
            .arg(catalogue->isSample() ? tr(" (dữ liệu mẫu)") : QString())
            .arg(m_services.database().path().toHtmlEscaped())
            + tr("<p>Nhật ký chẩn đoán (gửi cho bộ phận CNTT khi có sự cố): %1</p>")
                  .arg((currentLogFile().isEmpty() ? logFolderFor(m_services.database().path()) : currentLogFile()).toHtmlEscaped()));
}

}  // namespace pc
