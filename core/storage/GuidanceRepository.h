#pragma once
#include "domain/Guidance.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace pc {

// What F3 lists of the guidance records: newest first.
struct GuidanceFilter {
    QString search;          // folded words, all must appear in name, number, ID number or phone
    QDateTime createdFrom;   // UTC, inclusive; invalid = no bound
    QDateTime createdTo;     // UTC, exclusive
    int limit = 500;
};

class GuidanceRepository {
public:
    explicit GuidanceRepository(QSqlDatabase &db) : m_db(db) {}
    // Sets r.id and r.storedNumber (the next HD/TC number of the local year of r.createdAt).
    // Call inside the caller's transaction, so a failed insert never uses up a number.
    Status insert(GuidanceRecord &r);
    Result<std::optional<GuidanceRecord>> find(qint64 id);
    Result<std::optional<GuidanceRecord>> findByNumber(const QString &number);
    Result<QList<GuidanceRecord>> list(const GuidanceFilter &f);

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
