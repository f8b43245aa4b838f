#pragma once
// The counter's main window: the dossier queue, a status bar, language switch, About.
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QActionGroup;
class QMenu;
class QAction;

namespace pc {

class CounterServices;
class DossierQueueModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(CounterServices &services, QWidget *parent = nullptr);
    DossierQueueModel *queueModel() const { return m_model; }
    QTableView *queueView() const { return m_view; }
    // Asks for the counter identity when none is stored yet; false when the clerk cancelled.
    bool ensureCounterIdentity();

protected:
    void changeEvent(QEvent *e) override;
    void closeEvent(QCloseEvent *e) override;

private:
    void buildMenus();
    void retranslate();
    void refreshStatus();
    void applySearch();
    void switchLanguage(const QString &lang);
    void editCounterIdentity(bool firstStart);
    void showAbout();

    CounterServices &m_services;
    DossierQueueModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_unitLabel;
    QLabel *m_todayLabel;
    QLabel *m_outboxLabel;
    QLabel *m_errorLabel;
    QTimer *m_statusTimer;
    QTimer *m_searchDelay;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_setupAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_refreshAction = nullptr;
};

}  // namespace pc
