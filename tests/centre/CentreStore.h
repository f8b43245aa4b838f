#pragma once
// The reference centre's own SQLite store: enrolment codes, devices, events (unique on the
// counter-made id: storing is idempotent) and the changes feed. Every SQL statement is
// checked: what was not durably stored is never reported as stored.
#include "domain/DossierStatus.h"
#include "sync/Wire.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

namespace pc::centre {

// An enrolled device, bound to the one unit and counter its enrolment code was issued for.
struct Device {
    QString id;
    QString unitId;
    int counter = 0;
};

struct Enrolment {
    enum class Outcome { Enrolled, Refused, StorageError };
    Outcome outcome = Outcome::Refused;
    QString deviceId, token;
    QString reason;  // for Refused / StorageError
};

class CentreStore {
public:
    // The centre's time (code expiry, when an event arrived): a seam, so tests pin it.
    explicit CentreStore(const Clock &clock) : m_clock(clock) {}
    const Clock &clock() const { return m_clock; }
    // busyTimeoutMs: how long a writer waits for another writer before failing (retryable).
    bool open(const QString &path, QString *error, int busyTimeoutMs = 10000);
    // A one-time code for one unit and counter, valid for ttlSeconds from now (default 24 h).
    std::optional<QString> issueCode(const QString &unitId, int counter, qint64 ttlSeconds = 24 * 3600);
    Enrolment enrol(const QString &code, const QString &unitId, int counter);
    std::optional<Device> deviceForToken(const QString &token);
    // Stores what is new, answers per event; nullopt when the store failed (nothing may be
    // answered "accepted" then: the caller answers a retryable error).
    std::optional<wire::BatchResult> store(const Device &device, const wire::Batch &batch, QString *error);
    // "device\tseq\thash\tmismatch" per audit chain head received (issue 12).
    QStringList auditHeads();
    std::optional<wire::ChangesPage> changes(const Device &device, qint64 afterSeq, int limit);
    // Cursors carry the epoch they were issued in; expiring cursors starts a new epoch, and a
    // cursor from an older one is answered 410 (the counter resyncs from the start).
    qint64 epoch();
    bool expireCursors();
    // unitId empty = for every unit; counter -1 = every counter of the unit. Returns -1 on failure.
    qint64 publish(const wire::Change &change, const QString &unitId, int counter = -1);
    // Which counter of which unit registered this dossier at the centre (from its events).
    std::optional<std::pair<QString, int>> ownerOf(const QString &dossierCode, bool *failed = nullptr);
    // A status change for a dossier the centre knows goes to the counter that registered it;
    // for an unknown one, to the unit named in the code. Publishes raw: no validation, so
    // tests can play a centre that sends what a counter must refuse.
    qint64 publishStatus(const QString &dossierCode, int status, const QString &note, const QDateTime &at);
    // The dossier's status as the centre knows it; nullopt when it has none (or *failed).
    std::optional<DossierStatus> statusOf(const QString &dossierCode, bool *failed = nullptr);
    // The dossier's events as stored (id, type), in the order they happened.
    QList<QPair<QString, QString>> timeline(const QString &dossierCode);
    int eventCount();
    QStringList eventIds();
    QSqlDatabase &db() { return m_db; }
    // "000.00.16.H56-261128-0001" -> "000.00.16.H56"; empty when the code has not that shape.
    static QString unitOfCode(const QString &dossierCode);

private:
    bool setStatus(const QString &dossierCode, int status, const QDateTime &at, QString *error);
    const Clock &m_clock;
    QSqlDatabase m_db;
};

}  // namespace pc::centre
