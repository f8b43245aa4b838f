#pragma once
// Runs synchronisation on its own thread so that the counter never waits for the network.
// It opens its own connection to the counter's database, through the opener the composition
// root gives it (CounterServices::syncOpener). Triggers: start-up, a timer, the OS
// saying the network is back (a hint only), each registration, and "Sync now"; after a failure
// it waits with exponential backoff and full jitter before trying on its own again.
// Everything is driven by this thread's event loop (SyncRun, EnrolmentRequest): no nested loop
// and no sleep, so a stop, an enrolment or a new registration is taken up at once. An
// enrolment stops the run in progress first (its in-flight batches stay in the outbox), so the
// two never interleave.
#include "SyncService.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace pc {

class SyncRun;
class EnrolmentRequest;

struct SyncSnapshot {
    bool enrolled = false;
    bool online = false;       // the last exchange reached the centre
    bool running = false;
    int pending = 0;
    int quarantined = 0;
    QDateTime lastSuccess;
    QString lastError;
    QStringList warnings;
};

class SyncWorker : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 5 * 60 * 1000;
    // `open` runs on the worker thread at start(): the connection belongs to that thread.
    explicit SyncWorker(SyncConnectionOpener open, int intervalMs = kDefaultIntervalMs);
    ~SyncWorker() override;

public slots:
    void start();    // call on the worker thread (queued)
    void syncNow();
    // Enrolment talks to the centre, so it runs here too, never on the UI thread.
    void enrol(const pc::Actor &actor, const QUrl &url, const QString &caFile, const QString &pin, const QString &code);
    // Stops what is in flight and stays idle (the window is closing).
    void stop();

signals:
    void snapshot(const pc::SyncSnapshot &s);
    void progress(int sent, int pending);
    void enrolled(bool ok, const QString &message);

private:
    struct EnrolArgs {
        Actor actor;
        QUrl url;
        QString caFile, pin, code;
    };
    void runFinished(const SyncReport &r);
    void startEnrolment();
    void publish();
    SyncConnectionOpener m_open;
    int m_intervalMs;
    int m_failures = 0;
    bool m_online = false;
    bool m_again = false;   // a trigger came during a run: run again when it ends
    bool m_stopped = false;
    QStringList m_warnings;
    std::unique_ptr<SyncConnection> m_connection;
    std::unique_ptr<SyncRun> m_run;
    std::unique_ptr<EnrolmentRequest> m_enrolment;
    std::optional<EnrolArgs> m_enrolWaiting;
    QTimer *m_timer = nullptr;
};

}  // namespace pc

Q_DECLARE_METATYPE(pc::SyncSnapshot)
