#pragma once
// The backup part of the main window: the last backup's age in the status bar (amber after
// 2 days, red after 7) and "Sao lưu ngay" in the File menu. Kept out of MainWindow so the
// window only attaches it.
#include "domain/Actor.h"

#include <QObject>
#include <functional>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QTimer;

namespace pc {

class BackupController;
class Clock;

class BackupStatus : public QObject {
    Q_OBJECT
public:
    // `who`: the clerk at the counter when "Sao lưu ngay" is chosen (the audit trail's user).
    BackupStatus(QMainWindow *window, QMenu *fileMenu, BackupController *backups, const Clock &clock, std::function<Actor()> who);
    QLabel *label() const { return m_label; }
    QAction *backupNowAction() const { return m_action; }
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    QMainWindow *m_window;
    BackupController *m_backups;
    const Clock &m_clock;
    QLabel *m_label;
    QAction *m_action;
    QTimer *m_timer;
    QString m_lastProblem;
    std::function<Actor()> m_who;
};

}  // namespace pc
