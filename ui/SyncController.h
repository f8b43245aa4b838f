#pragma once
// The GUI's handle on the sync thread: starts the worker on its own QThread and relays its
// state to the window. The UI thread never waits for the network.
#include "sync/SyncWorker.h"

#include <QObject>
#include <QThread>

namespace pc {

class SyncController : public QObject {
    Q_OBJECT
public:
    SyncController(const QString &dbPath, const Clock &clock, QObject *parent = nullptr);
    ~SyncController() override;
    const SyncSnapshot &last() const { return m_last; }

public slots:
    void syncNow();

signals:
    void changed(const pc::SyncSnapshot &s);
    void progress(int sent, int pending);

private:
    QThread m_thread;
    SyncWorker *m_worker;
    SyncSnapshot m_last;
};

}  // namespace pc
