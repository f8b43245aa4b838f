#pragma once
// Read side of the dossier queue: pages for the lazily fetching list, details, counts.
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

private:
    Database &m_db;
    const Clock &m_clock;
};

}  // namespace pc
