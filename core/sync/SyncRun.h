#pragma once
// One synchronisation run as a state machine driven by the caller's event loop: events go up
// from the outbox in gzip batches (two in flight), then the centre's changes come down page by
// page. Nothing here waits: retries are timers, exchanges are callbacks, so a stop request is
// handled at once and an answer is always settled whole (one callback, one transaction).
// Every run ends: only ids of the batch just sent are settled, an answer that settles nothing
// counts as a failed attempt, and the run has a request budget and a page budget.
#include "SyncService.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <map>
#include <memory>

namespace pc {

class SyncRun : public QObject {
    Q_OBJECT
public:
    SyncRun(SyncParts parts, SyncOptions options, QObject *parent = nullptr);
    ~SyncRun() override;
    // false: not enrolled or misconfigured; report() says why and finished is not emitted.
    bool start();
    // Aborts what is in flight (those events stay in the outbox) and finishes as Stopped.
    void stop();
    bool isRunning() const { return m_phase == Phase::Push || m_phase == Phase::Pull; }
    const SyncReport &report() const { return m_report; }

signals:
    void finished(const pc::SyncReport &report);

private:
    enum class Phase { Idle, Push, Pull, Done };
    struct Flight {
        QStringList ids;
        bool alone = false;  // a single event too big for a shared batch
        qint64 bytes = 0;    // gzip body on the wire
        QElapsedTimer sent;
    };
    int nextBatchSize(const Flight &answered) const;
    void pushMore();
    void onBatch(quint64 flightKey, const HttpReply &r);
    bool settleBatch(const Flight &flight, const QList<wire::EventResult> &results);
    void startPull();
    void requestPage();
    void onPage(const HttpReply &r);
    bool spendRequest();
    // Waits (a timer) before `next`, or ends the run when the attempts are used up.
    void retryLater(const HttpReply &r, const QString &message, void (SyncRun::*next)());
    bool endsRun(const HttpReply &r);  // TLS, pin, redirect, token refused: no retry
    void finish(SyncReport::Outcome outcome, const QString &message);

    SyncService m_sync;
    SyncOptions m_options;
    SyncReport m_report;
    Phase m_phase = Phase::Idle;
    std::unique_ptr<CentreClient> m_client;
    QTimer m_retry;
    void (SyncRun::*m_retryNext)() = nullptr;
    std::map<quint64, Flight> m_flights;
    QSet<QString> m_inFlight;
    QSet<QString> m_deferred;  // too slow to send alone this run: tried again next run
    int m_batchSize = 0, m_attempt = 0, m_depth = 2, m_sent = 0;
    quint64 m_nextFlight = 1;
};

}  // namespace pc
