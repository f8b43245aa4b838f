#include "QueueService.h"

#include "storage/Database.h"
#include "storage/OutboxRepository.h"
#include "util/Clock.h"

namespace pc {

Result<QList<DossierSummary>> QueueService::page(const DossierFilter &f) { return DossierRepository(m_db.sql()).list(f); }

Result<std::optional<Dossier>> QueueService::dossier(const QString &code) { return DossierRepository(m_db.sql()).findByCode(code); }

Result<int> QueueService::receivedToday()
{
    const QDate today = toLocal(m_clock.nowUtc()).date();
    DossierFilter f;
    f.receivedFrom = QDateTime(today, QTime(0, 0), vietnamTime()).toUTC();
    f.receivedTo = QDateTime(today.addDays(1), QTime(0, 0), vietnamTime()).toUTC();
    return DossierRepository(m_db.sql()).count(f);
}

bool QueueService::isOverdue(DossierStatus status, const QDateTime &appointmentUtc, const QDateTime &nowUtc)
{
    switch (status) {
    case DossierStatus::NewlyRegistered:
    case DossierStatus::Received:
    case DossierStatus::InProgress:
    case DossierStatus::FinancialObligation:
        return appointmentUtc.isValid() && appointmentUtc < nowUtc;
    default:
        return false;
    }
}

void QueueService::restrictToOverdue(DossierFilter &f, const QDateTime &nowUtc)
{
    f.agencyClockRunning = true;
    f.appointmentBefore = nowUtc;
}

void QueueService::restrictToDueBefore(DossierFilter &f, const QDateTime &nowUtc, const QDateTime &dueBeforeUtc)
{
    f.agencyClockRunning = true;
    f.appointmentFrom = nowUtc;
    f.appointmentBefore = dueBeforeUtc;
}

Result<int> QueueService::issuedBy(const QString &unitId, int counterNumber)
{
    return DossierRepository(m_db.sql()).countIssuedBy(unitId, counterNumber);
}

Result<int> QueueService::waitingToSync() { return OutboxRepository(m_db.sql()).pending(); }

}  // namespace pc
