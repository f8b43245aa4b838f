#pragma once
#include "domain/Guidance.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <optional>

namespace pc {

class GuidanceRepository {
public:
    explicit GuidanceRepository(QSqlDatabase &db) : m_db(db) {}
    Status insert(GuidanceRecord &r);  // sets r.id
    Result<std::optional<GuidanceRecord>> find(qint64 id);

private:
    QSqlDatabase &m_db;
};

class PrintLogRepository {
public:
    explicit PrintLogRepository(QSqlDatabase &db) : m_db(db) {}
    // Successful prints on paper only: a PDF export or a CLI render is not a print the citizen
    // holds, so it never turns the next paper copy into a reprint.
    Result<int> paperPrints(const QString &document, const QString &subject);
    Status record(const QString &document, const QString &subject, const QString &layout, const QString &target, bool reprint,
                  bool paper, const QDateTime &at);

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
