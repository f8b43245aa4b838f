#pragma once
// Small helpers around QSqlQuery so repositories read as SQL plus error handling.
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace pc::sql {

// A clerk-readable message for a database error: disk full, locked, read-only, corrupt, other.
Error toError(const QSqlError &e, const QString &what);

// Prepares, binds positionally, executes.
Result<QSqlQuery> exec(QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
// Executes and returns the first column of the first row (invalid QVariant when no row).
Result<QVariant> scalar(QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});

// BEGIN IMMEDIATE … COMMIT; rolls back when it goes out of scope without commit().
// IMMEDIATE takes the write lock up front, so two processes writing at once wait on the busy
// timeout instead of failing when a deferred transaction tries to upgrade.
class Transaction {
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    const Status &begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase &m_db;
    Status m_begun;
    bool m_open = false;
};

// Runs a whole script of statements as SQLite itself reads it (sqlite3_exec): a ';' inside a
// string literal or a trigger body is part of its statement. UTF-8 text.
Status execScript(QSqlDatabase &db, const QByteArray &script);

// The clerk's words for a SQLite result code (primary or extended): disk full, read-only, …;
// empty for codes that have none (the caller then says what it was doing, not SQLite's text).
QString reasonForCode(int sqliteCode);

}  // namespace pc::sql
