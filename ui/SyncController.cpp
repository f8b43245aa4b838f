#include "SyncController.h"

#include <QMetaObject>

namespace pc {

SyncController::SyncController(const QString &dbPath, const Clock &clock, QObject *parent)
    : QObject(parent), m_worker(new SyncWorker(dbPath, clock))
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::snapshot, this, [this](const SyncSnapshot &s) {
        m_last = s;
        m_hasSnapshot = true;
        emit changed(s);
    });
    connect(m_worker, &SyncWorker::progress, this, &SyncController::progress);
    connect(m_worker, &SyncWorker::enrolled, this, &SyncController::enrolled);
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::start, Qt::QueuedConnection);
}

SyncController::~SyncController()
{
    // Aborts what is in flight (it stays in the outbox) before the thread goes away.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncController::enrol(const QUrl &url, const QString &caFile, const QString &pin, const QString &code)
{
    QMetaObject::invokeMethod(m_worker, [=, this] { m_worker->enrol(url, caFile, pin, code); }, Qt::QueuedConnection);
}

void SyncController::syncNow() { QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection); }

}  // namespace pc
