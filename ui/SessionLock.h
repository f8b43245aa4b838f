#pragma once
// Who may use the window right now. The window's pages sit on page 0 and the LockScreen on
// page 1 of this stack: locking hides the pages without destroying them, so a dossier being
// typed is still there after the unlock (and its draft is saved on the way, by the window).
// Locks on lock() (Ctrl+L), and after the configured time without keyboard or mouse input.
#include "domain/Actor.h"

#include <QStackedWidget>

class QTimer;

namespace pc {

class CounterServices;
class CurrentActor;
class LockScreen;

class SessionLock : public QStackedWidget {
    Q_OBJECT
public:
    SessionLock(CounterServices &services, CurrentActor &current, QWidget *content, QWidget *parent = nullptr);
    ~SessionLock() override;
    bool isLocked() const;
    LockScreen *lockScreen() const { return m_screen; }
    // Idle time before locking; starts counting from now. 0 turns the idle lock off.
    void setIdleInterval(int ms);
    int idleInterval() const;

public slots:
    void lock();  // the signed-in clerk is signed out (audited); anyone may sign in next

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *e) override;

private:
    void signedIn(const Actor &a);
    CounterServices &m_services;
    CurrentActor &m_current;
    QWidget *m_content;
    LockScreen *m_screen;
    QTimer *m_idle;
};

}  // namespace pc
