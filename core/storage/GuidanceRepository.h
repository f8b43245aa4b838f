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
    Result<int> timesPrinted(const QString &document, const QString &subject);
    Status record(const QString &document, const QString &subject, const QString &layout, const QString &target, bool reprint,
                  const QDateTime &at);

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
