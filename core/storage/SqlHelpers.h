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

// The same through a statement prepared once per connection and kept (issue 13: preparing the
// statements of every registration again was 17.7 % of its CPU). For the statements that run
// on every registration. Each call binds, runs, reads and resets, so no statement stays
// active (no read snapshot held open) between calls.
// cachedRow: the first row's columns (empty when no row). cachedWrite: the last insert rowid.
Result<QVariantList> cachedRow(QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
Result<QList<QVariantList>> cachedRows(QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
Result<QVariant> cachedScalar(QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
Result<qint64> cachedWrite(QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
// Finalizes the connection's kept statements; Database calls it before closing the connection.
void dropCachedStatements(const QSqlDatabase &db);

// BEGIN IMMEDIATE … COMMIT; rolls back when it goes out of scope without commit().
// IMMEDIATE takes the write lock up front, so two processes writing at once wait on the busy
// timeout instead of failing when a deferred transaction tries to upgrade.
// Inside a transaction the caller already opened (a bulk import or bench/fill_db writing
// thousands of registrations per commit) it is a SAVEPOINT instead: a failed registration
// still undoes only its own rows, and the outer COMMIT makes them durable together.
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
    bool m_savepoint = false;
};

// Whether the connection is inside an open transaction (sqlite3_get_autocommit() == 0).
bool inTransaction(QSqlDatabase &db);

// Runs a whole script of statements as SQLite itself reads it (sqlite3_exec): a ';' inside a
// string literal or a trigger body is part of its statement. UTF-8 text.
Status execScript(QSqlDatabase &db, const QByteArray &script);

// The clerk's words for a SQLite result code (primary or extended): disk full, read-only, …;
// empty for codes that have none (the caller then says what it was doing, not SQLite's text).
QString reasonForCode(int sqliteCode);

}  // namespace pc::sql
