#pragma once
#include "catalogue/Catalogue.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <memory>

namespace pc {

// Catalogue versions as stored JSON documents; the newest valid one is in force.
class CatalogueRepository {
public:
    explicit CatalogueRepository(QSqlDatabase &db) : m_db(db) {}
    // Stores the built-in catalogue when the database has none or only older versions.
    Status ensureBuiltIn();
    // Validates, then stores a new version. Refuses one that is not newer than the current.
    Result<std::shared_ptr<const Catalogue>> import(const QByteArray &json, const QString &origin);
    Result<std::shared_ptr<const Catalogue>> current();

private:
    Result<int> newestVersion();
    QSqlDatabase &m_db;
};

}  // namespace pc
