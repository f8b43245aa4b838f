#pragma once
// The counter's main window: the intake screen (F2) and the dossier queue (F3) as tabs, a
// status bar, printer layout, language switch, About.
#include <QMainWindow>
#include <functional>

class QLabel;
class QTableView;
class QTabWidget;
class QTimer;
class QMenu;
class QAction;
class QProgressBar;

namespace pc {

class ClerkPrompts;
class CurrentActor;
class CounterServices;
class DocumentPresenter;
class DossierQueueModel;
class HandoverPage;
class IntakePage;
class ResultsPage;
class ReturnPage;
class QueuePage;
class ReportPage;
class SessionLock;
class StartupCheck;
class BackupController;
class BackupStatus;
class SyncController;
struct SyncSnapshot;
struct CounterIdentity;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(CounterServices &services, DocumentPresenter &presenter, ClerkPrompts &prompts, QWidget *parent = nullptr);
    DossierQueueModel *queueModel() const;
    QTableView *queueView() const;
    IntakePage *intakePage() const { return m_intake; }
    QueuePage *queuePage() const { return m_queue; }
    ReportPage *reportPage() const { return m_reports; }
    HandoverPage *handoverPage() const { return m_handover; }
    ResultsPage *resultsPage() const { return m_results; }
    ReturnPage *returnPage() const { return m_return; }
    QTabWidget *tabs() const { return m_tabs; }
    // Who is at the counter: pages pass its actor to every service action.
    CurrentActor &currentActor() const { return *m_actor; }
    // Sign-in, Ctrl+L and the idle lock: the pages stay alive behind it.
    SessionLock *session() const { return m_session; }
    // Asks for the counter identity when none is stored yet; false when the clerk cancelled.
    bool ensureCounterIdentity();
    // Saves a new counter identity after the supervisor check and, when codes were already
    // issued or the range moves, the clerk's confirmation of what that means. False = unchanged.
    bool applyCounterIdentity(const CounterIdentity &next);
    // Asks a yes/no question (default: a Vietnamese message box whose default answer is No);
    // tests answer it.
    using Confirmation = std::function<bool(const QString &title, const QString &text)>;
    void setConfirmation(Confirmation c) { m_confirm = std::move(c); }
    // Shows the sync state in the status bar and offers "Sync now" and the quarantine list.
    void attachSync(SyncController *sync);
    // The status bar's sync part; public so the presentation can be tested without a centre.
    void showSync(const SyncSnapshot &s);
    QLabel *syncLabel() const { return m_syncLabel; }
    QLabel *problemLabel() const { return m_errorLabel; }
    // Late / due today / due within 2 working days, counted from the database (issue 11 §2).
    QLabel *trackingLabel() const { return m_trackingLabel; }
    void refreshStatus();
    // A status line for the integrity check running after an unclean shutdown, until it ends.
    void watchStartupCheck(StartupCheck *check);
    // The last backup's age in the status bar and "Sao lưu ngay" in the File menu (issue 12).
    void attachBackups(BackupController *backups);
    BackupStatus *backupStatus() const { return m_backupStatus; }
    QLabel *startupCheckLabel() const { return m_startupCheckLabel; }

protected:
    void changeEvent(QEvent *e) override;
    void closeEvent(QCloseEvent *e) override;
    void showEvent(QShowEvent *e) override;

private:
    QRect screenArea() const;
    void fitToScreen();
    void buildMenus();
    void retranslate();
    // The pages of issue 11 (MainWindowLifecycle.cpp): F4 handover, F7 results, F8 return.
    void addLifecyclePages(DocumentPresenter &presenter);
    void retranslateLifecyclePages();
    void syncAfterLifecycleSteps(SyncController *sync);
    void switchLanguage(const QString &lang);
    void setPaperLayout(const QString &key);
    void choosePrinter();
    void editCounterIdentity(bool firstStart);
    void showAbout();
    void showQuarantine();
    void applyIdleSetting();

    CounterServices &m_services;
    CurrentActor *m_actor;
    SessionLock *m_session = nullptr;
    QMenu *m_accountMenu = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_auditAction = nullptr;
    QTabWidget *m_tabs;
    IntakePage *m_intake;
    QueuePage *m_queue;
    ReportPage *m_reports = nullptr;
    HandoverPage *m_handover = nullptr;  // F4
    ResultsPage *m_results = nullptr;    // F7
    ReturnPage *m_return = nullptr;      // F8
    QLabel *m_unitLabel;
    QLabel *m_todayLabel;
    QLabel *m_outboxLabel;
    QLabel *m_trackingLabel;
    QLabel *m_startupCheckLabel = nullptr;
    QLabel *m_errorLabel;
    QTimer *m_statusTimer;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_printMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_setupAction = nullptr;
    QAction *m_officeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_printerAction = nullptr;
    QList<QAction *> m_layoutActions;
    SyncController *m_sync = nullptr;
    QLabel *m_syncLabel;
    QProgressBar *m_syncProgress;
    QMenu *m_syncMenu = nullptr;
    QAction *m_syncNowAction = nullptr;
    QAction *m_quarantineAction = nullptr;
    QAction *m_enrolAction = nullptr;
    BackupStatus *m_backupStatus = nullptr;
    bool m_fittedWithFrame = false;
    Confirmation m_confirm;
};

}  // namespace pc
