#pragma once
#include "util/Result.h"

#include <QDate>
#include <QSqlDatabase>

namespace pc {

// Hands out the next dossier sequence number of a unit and day inside this counter's range.
// Call it inside the registering transaction: if that transaction rolls back, the number was
// never printed anywhere and is free again; once committed it is never handed out again.
class CodeSequenceRepository {
public:
    explicit CodeSequenceRepository(QSqlDatabase &db) : m_db(db) {}
    Result<int> next(const QString &unitId, const QDate &day, int rangeStart, int rangeEnd);
    Result<int> nextLedgerEntry(int year);

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
