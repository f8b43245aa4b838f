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
    // `reference`: the window's owner of catalogue and calendar, shared with the sync thread.
    SyncController(const QString &dbPath, const Clock &clock, std::shared_ptr<ReferenceData> reference = {}, QObject *parent = nullptr);
    ~SyncController() override;
    const SyncSnapshot &last() const { return m_last; }
    bool hasSnapshot() const { return m_hasSnapshot; }  // false until the sync thread first reported

public slots:
    void syncNow();
    void enrol(const QUrl &url, const QString &caFile, const QString &pin, const QString &code);

signals:
    void changed(const pc::SyncSnapshot &s);
    void progress(int sent, int pending);
    void enrolled(bool ok, const QString &message);

private:
    QThread m_thread;
    SyncWorker *m_worker;
    SyncSnapshot m_last;
    bool m_hasSnapshot = false;
};

}  // namespace pc
