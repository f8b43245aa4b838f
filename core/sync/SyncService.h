#pragma once
// Synchronisation with the provincial centre (DESIGN §8): configuration, enrolment, status,
// the quarantine, and applying one change from the centre. A run itself (events up, changes
// down) is a SyncRun, driven by the caller's event loop; an enrolment is an EnrolmentRequest.
// runOnce() and enrol() here wait for them in a top-level event loop: for the CLI and tests,
// never on a thread that already runs an event loop (the sync worker uses the async classes).
#include "CentreClient.h"
#include "SyncParts.h"
#include "Wire.h"
#include "storage/OutboxRepository.h"
#include "domain/Actor.h"
#include "util/Result.h"

#include <functional>

namespace pc {

struct SyncOptions {
    int maxAttempts = 6;       // per run, for transient failures and answers that settle nothing
    int baseDelayMs = 250;
    int capDelayMs = 8000;
    int initialBatch = 250;
    int maxBatch = 2000;       // about 90 KB of gzip: under 3 s at 256 kbit/s
    // A batch's JSON stays under this; a single event above it travels alone, with a deadline
    // stretched for its size at slowLinkBytesPerSecond (so it neither times out nor holds others).
    int maxBatchBytes = 1 << 20;
    int slowLinkBytesPerSecond = 2000;  // 16 kbit/s of gzip: the slowest link worth waiting for
    // Budgets that end every run, whatever the centre answers (docs/sync-protocol.md).
    int maxRequests = 300;     // exchanges per run, pushes and pages together
    int maxPages = 50;         // changes-feed pages per run (50 × 200 changes)
    int pageLimit = 200;
    int deadlineMs = 0;        // > 0: overrides the normal per-exchange deadline (tests)
    std::function<void(int sent, int pending)> progress;
};

struct SyncReport {
    // BudgetExhausted: the run stopped at its request or page budget; the next run goes on.
    // ConfigError: the counter's sync set-up is wrong (not enrolled, TLS/pin, token refused);
    // StorageError: this counter's database could not record what the exchange brought.
    enum class Outcome { Complete, Unreachable, ConfigError, StorageError, BudgetExhausted, Stopped };
    Outcome outcome = Outcome::Complete;
    int accepted = 0, duplicates = 0, rejected = 0, changesApplied = 0, changesQuarantined = 0;
    int requests = 0, pages = 0;
    QString message;        // the last error, for the clerk (Vietnamese)
    QStringList warnings;   // e.g. the counter's clock is far off
    bool clockChecked = false;
};

struct SyncStatus {
    int pending = 0;
    int quarantined = 0;    // events the centre rejected + changes the counter could not apply
    QDateTime lastSuccess;
    QString lastError;
    bool enrolled = false;
    qint64 clockOffsetSeconds = 0;  // centre minus counter, at the last exchange
};

// What became of one change from the centre.
struct ChangeOutcome {
    enum class Kind { Applied, Unchanged, Quarantined, Failed };
    Kind kind = Kind::Unchanged;
    QString reason;  // Quarantined: for the supervisor; Failed: the storage error (retry later)
};

class SyncService {
public:
    explicit SyncService(SyncParts parts) : m_parts(parts) {}
    // Blocking wrappers (top-level event loop only): see the file comment.
    Status enrol(const Actor &actor, const QUrl &url, const QString &caFile, const QString &pin, const QString &code);
    SyncReport runOnce(const SyncOptions &options = {});
    Result<SyncStatus> status();
    // Rejected events and quarantined changes, oldest first: for the supervisor who handles
    // them (access::handleQuarantine).
    Result<QList<QuarantinedEvent>> quarantined(const Actor &actor);

    // For SyncRun and EnrolmentRequest.
    Result<CentreConfig> config();
    // A configuration for a candidate enrolment, checked but not stored.
    Result<CentreConfig> candidateConfig(const QUrl &url, const QString &caFile, const QString &pin);
    QHash<QByteArray, QByteArray> authHeaders();
    bool enrolled();  // holds a device token
    QString deviceId();
    QString cursor();
    Status setCursor(const QString &cursor);
    // Everything of an accepted enrolment in one transaction: all of it or none.
    Status storeEnrolment(const QUrl &url, const QString &caFile, const QString &pin, const QString &token, const QString &device);
    void checkClock(const HttpReply &reply, SyncReport &report);
    void recordOutcome(const SyncReport &report);
    // Applies one change from the centre, idempotently. A change that cannot be applied
    // (unknown status, impossible transition, unknown dossier, bad document) is quarantined
    // with its reason; only a storage failure is Failed (the cursor must not pass it).
    ChangeOutcome applyChange(const wire::Change &change);
    SyncParts &parts() { return m_parts; }

private:
    Status quarantineChange(const wire::Change &change, const QString &reason);
    QString preference(const QString &key);
    Status setPreference(const QString &key, const QString &value);
    SyncParts m_parts;
};

}  // namespace pc
