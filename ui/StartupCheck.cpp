#include "StartupCheck.h"

#include "storage/Database.h"

#include <QThread>

namespace pc {

StartupCheck::StartupCheck(const QString &dbPath, QObject *parent) : QObject(parent)
{
    m_thread = QThread::create([this, dbPath] {
        const Status result = Database::quickCheck(dbPath, &m_stop);
        // Back on this object's thread; the destructor joins before `this` goes away, and a
        // queued call to a destroyed receiver is dropped.
        QMetaObject::invokeMethod(this, [this, result] {
            if (!result && result.error().kind == Error::Kind::Refused)
                m_state = State::Stopped;
            else
                m_state = result ? State::Passed : State::Failed;
            m_message = result ? QString() : result.error().message;
            emit finished(m_state, m_message);
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("startup-check"));
    m_thread->start(QThread::LowPriority);  // the clerk's work comes first
}

StartupCheck::~StartupCheck()
{
    m_stop.stop();  // a quit or a logout does not wait for the rest of the file
    m_thread->wait();
    delete m_thread;
}

}  // namespace pc
