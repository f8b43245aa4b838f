#pragma once
// One step of a dossier's life as the database records it: the dossier_events row, the outbox
// row that sends it to the centre and, when the step moves the status, the dossier's status,
// all inside the caller's transaction (the same shape as dossier.registered in IntakeService).
#include "domain/Dossier.h"
#include "util/Result.h"

#include <QSqlDatabase>

namespace pc {

class DossierEventLog {
public:
    explicit DossierEventLog(QSqlDatabase &db) : m_db(db) {}
    // e.status is the dossier's status after the step; the dossier row is updated when it
    // differs from `before`. The caller has checked isAllowedTransition(before, e.status).
    Status record(qint64 dossierId, DossierStatus before, const DossierEvent &e);

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
