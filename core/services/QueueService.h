#pragma once
// Read side of the dossier queue: pages for the lazily fetching list, details, counts.
#include "domain/Lifecycle.h"
#include "storage/DossierRepository.h"

namespace pc {

class Database;
class Clock;

class QueueService {
public:
    QueueService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    Result<QList<DossierSummary>> page(const DossierFilter &f);
    Result<std::optional<Dossier>> dossier(const QString &code);
    Result<int> receivedToday();
    Result<int> waitingToSync();
    Result<int> issuedBy(const QString &unitId, int counterNumber);
    // How many dossiers match: the status bar's tracking counts (indexed: status, appointment).
    Result<int> count(const DossierFilter &f);
    // Handover batches neither confirmed by the agency nor cancelled, oldest first (F4's list).
    Result<QList<Handover>> openHandovers();
    const Clock &clock() const { return m_clock; }

    // Late: the appointment has passed while the agency still holds the dossier. A dossier
    // waiting for the citizen's supplement (5) is not late, nor one already decided.
    static bool isOverdue(DossierStatus status, const QDateTime &appointmentUtc, const QDateTime &nowUtc);
    // The agency's time is counting: open, and not back with the citizen for a supplement (5).
    static bool isAgencyClockRunning(DossierStatus status);
    // The result is at the counter (Đã xử lý xong), waiting to be handed over or posted.
    static bool isResultReady(DossierStatus status) { return status == DossierStatus::Resolved; }
    // The queue's period filters, one definition for the list, the counts and the CLI.
    static void restrictToOverdue(DossierFilter &f, const QDateTime &nowUtc);
    static void restrictToDueBefore(DossierFilter &f, const QDateTime &nowUtc, const QDateTime &dueBeforeUtc);

private:
    Database &m_db;
    const Clock &m_clock;
};

}  // namespace pc
