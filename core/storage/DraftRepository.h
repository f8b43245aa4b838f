#pragma once
// Unfinished intake drafts in SQLite, one per slot, overwritten as the clerk types.
#include "util/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace pc {

struct StoredDraft {
    QString payload;      // JSON
    QDateTime updatedAt;  // UTC
};

class DraftRepository {
public:
    explicit DraftRepository(QSqlDatabase &db) : m_db(db) {}
    Status put(const QString &slot, const QString &payload, const QDateTime &atUtc);
    Result<std::optional<StoredDraft>> get(const QString &slot);
    Status remove(const QString &slot);

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
