#include "SessionLock.h"

#include "CurrentActor.h"
#include "LockScreen.h"
#include "services/CounterServices.h"

#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QTimer>

namespace pc {

SessionLock::SessionLock(CounterServices &services, CurrentActor &current, QWidget *content, QWidget *parent)
    : QStackedWidget(parent), m_services(services), m_current(current), m_content(content), m_screen(new LockScreen(services)),
      m_idle(new QTimer(this))
{
    addWidget(m_content);
    addWidget(m_screen);
    setCurrentWidget(m_content);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &SessionLock::lock);
    connect(m_screen, &LockScreen::signedIn, this, &SessionLock::signedIn);
    // Any keyboard or mouse input anywhere in the application counts as activity.
    qApp->installEventFilter(this);
}

SessionLock::~SessionLock() { qApp->removeEventFilter(this); }

bool SessionLock::isLocked() const { return currentWidget() == m_screen; }

void SessionLock::setIdleInterval(int ms)
{
    m_idle->stop();
    m_idle->setInterval(ms);
    if (ms > 0 && !isLocked() && m_current.isSignedIn())
        m_idle->start();
}

int SessionLock::idleInterval() const { return m_idle->interval(); }

void SessionLock::lock()
{
    m_idle->stop();
    const bool wasLocked = isLocked();
    QString lockedBy;
    if (m_current.isSignedIn()) {
        const Actor who = m_current.actor();
        lockedBy = who.fullName.isEmpty() ? who.username : who.fullName;
        // A failed audit write must not keep the screen open: the lock comes first.
        (void)m_services.audit().record(who, QStringLiteral("lock"), who.username);
        m_current.signOut();
    }
    m_screen->reset(lockedBy);
    setCurrentWidget(m_screen);
    m_screen->usernameEdit()->setFocus();
    if (!wasLocked)
        emit lockedChanged(true);
}

void SessionLock::signedIn(const Actor &a)
{
    m_current.signIn(a);
    setCurrentWidget(m_content);
    if (m_idle->interval() > 0)
        m_idle->start();
    emit lockedChanged(false);
}

bool SessionLock::eventFilter(QObject *watched, QEvent *e)
{
    switch (e->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_idle->isActive())
            m_idle->start();  // restarts the countdown
        break;
    default:
        break;
    }
    return QStackedWidget::eventFilter(watched, e);
}

}  // namespace pc
