#pragma once
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace pc {

// Key/value settings kept in the counter's database (so a backup carries them).
class SettingsRepository {
public:
    explicit SettingsRepository(QSqlDatabase &db) : m_db(db) {}
    Result<std::optional<QString>> get(const QString &key);
    Status set(const QString &key, const QString &value);

private:
    QSqlDatabase &m_db;
};

}  // namespace pc
