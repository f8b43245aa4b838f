#include "QueueService.h"

#include "storage/Database.h"
#include "storage/HandoverRepository.h"
#include "storage/SqlHelpers.h"
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

bool QueueService::isAgencyClockRunning(DossierStatus status)
{
    switch (status) {
    case DossierStatus::NewlyRegistered:
    case DossierStatus::Received:
    case DossierStatus::InProgress:
    case DossierStatus::FinancialObligation:
        return true;
    default:
        return false;
    }
}

bool QueueService::isOverdue(DossierStatus status, const QDateTime &appointmentUtc, const QDateTime &nowUtc)
{
    return isAgencyClockRunning(status) && appointmentUtc.isValid() && appointmentUtc < nowUtc;
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

Result<int> QueueService::count(const DossierFilter &f) { return DossierRepository(m_db.sql()).count(f); }

Result<QList<Handover>> QueueService::openHandovers()
{
    // Few rows: the batches still out at the agencies (index handovers_created orders them).
    auto ids = sql::exec(m_db.sql(), QStringLiteral("SELECT id FROM handovers WHERE confirmed_at IS NULL AND cancelled_at IS NULL "
                                                    "ORDER BY created_at, id"));
    if (!ids)
        return ids.error();
    QList<qint64> open;
    while (ids->next())
        open << ids->value(0).toLongLong();
    QList<Handover> out;
    HandoverRepository repo(m_db.sql());
    for (qint64 id : open) {
        auto h = repo.find(QString::number(id));
        if (!h)
            return h.error();
        if (h.value())
            out << **h;
    }
    return out;
}

Result<int> QueueService::waitingToSync() { return OutboxRepository(m_db.sql()).pending(); }

}  // namespace pc
