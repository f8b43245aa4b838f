#pragma once
// Synchronisation with the provincial centre (DESIGN §8): events go up from the outbox in
// gzip batches until it is empty; the centre's changes (statuses, catalogue versions, holiday
// schedules) come down after an opaque cursor. Retries with exponential backoff and full
// jitter, honouring Retry-After; the batch size halves on 413 or a timeout and grows on success.
#include "CentreClient.h"
#include "storage/OutboxRepository.h"
#include "util/Result.h"

#include <functional>

namespace pc {

class CounterServices;

struct SyncOptions {
    int maxAttempts = 6;       // per run, for transient failures
    int baseDelayMs = 250;
    int capDelayMs = 8000;
    int initialBatch = 250;
    int maxBatch = 2000;  // about 90 KB of gzip: under 3 s at 256 kbit/s
    std::function<void(int sent, int pending)> progress;
};

struct SyncReport {
    enum class Outcome { Complete, Unreachable, ConfigError };
    Outcome outcome = Outcome::Complete;
    int accepted = 0, duplicates = 0, rejected = 0, changesApplied = 0;
    QString message;        // the last error, for the clerk
    QStringList warnings;   // e.g. the counter's clock is far off
    bool clockChecked = false;
};

struct SyncStatus {
    int pending = 0;
    int quarantined = 0;
    QDateTime lastSuccess;
    QString lastError;
    bool enrolled = false;
    qint64 clockOffsetSeconds = 0;  // centre minus counter, at the last exchange
};

class SyncService {
public:
    explicit SyncService(CounterServices &services) : m_services(services) {}
    // The supervisor's one-time enrolment: stores the centre's address, CA, pin and the
    // device token (in the counter's database, which only its OS user can read).
    Status enrol(const QUrl &url, const QString &caFile, const QString &pin, const QString &code);
    SyncReport runOnce(const SyncOptions &options = {});
    Result<SyncStatus> status();
    Result<QList<QuarantinedEvent>> quarantined();

private:
    Result<CentreConfig> config();
    QHash<QByteArray, QByteArray> authHeaders();
    bool push(CentreClient &client, const SyncOptions &o, SyncReport &report);
    bool pull(CentreClient &client, const SyncOptions &o, SyncReport &report);
    void checkClock(const HttpReply &reply, SyncReport &report);
    bool backoff(int &attempt, const SyncOptions &o, const HttpReply &reply, SyncReport &report);
    CounterServices &m_services;
};

}  // namespace pc
