#pragma once
// Results back from the agency (migration 014): each arrival, and the list of results waiting
// at the counter for the citizen ("Kết quả chờ trả").
#include "domain/Lifecycle.h"
#include "util/Result.h"

#include <QSqlDatabase>

namespace pc {

class ResultRepository {
public:
    explicit ResultRepository(QSqlDatabase &db) : m_db(db) {}
    // Inside the caller's transaction, after the event `eventUuid` it belongs to.
    Status insert(qint64 dossierId, const ResultReceipt &r, const QDateTime &at, const QString &byName, const QString &byUser,
                  const QString &eventUuid);
    // Status 9, oldest result first, with the applicant's phone number to call.
    Result<QList<WaitingResult>> waiting();

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
