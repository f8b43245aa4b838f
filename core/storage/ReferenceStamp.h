#pragma once
// Cheap questions a process asks its own database connection to notice reference data (the
// catalogue, the calendar) that another connection or another process stored: SQLite's
// data_version first, then what is actually stored.
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace pc {

class ReferenceStamp {
public:
    explicit ReferenceStamp(QSqlDatabase &db) : m_db(db) {}
    // PRAGMA data_version: changes whenever ANOTHER connection (thread or process) committed.
    Result<qint64> dataVersion();
    // The newest stored catalogue version (0 when none).
    Result<int> newestCatalogueVersion();
    // A fingerprint of every stored calendar table (rows are only ever added): equal
    // fingerprints, same calendar data.
    Result<QString> calendarFingerprint();

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
