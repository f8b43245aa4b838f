#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlRecord>

#include <map>
#include <memory>

#include <sqlite3.h>

namespace pc::sql {
class StorageText {
    Q_DECLARE_TR_FUNCTIONS(pc::sql::StorageText)
};

QString reasonForCode(int sqliteCode)
{
    // SQLite primary result codes (the low byte of an extended code).
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL: return StorageText::tr("Ổ đĩa đầy, không ghi thêm được. Hãy giải phóng dung lượng rồi thử lại; dữ liệu đã lưu không bị mất.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StorageText::tr("Cơ sở dữ liệu đang bận (một chương trình khác đang ghi). Hãy thử lại sau ít giây.");
    case SQLITE_READONLY: return StorageText::tr("Nơi lưu dữ liệu chỉ cho phép đọc (ổ đĩa hoặc thư mục chỉ đọc, hoặc không có quyền ghi), không ghi được.");
    case SQLITE_PERM:
    case SQLITE_AUTH: return StorageText::tr("Không có quyền ghi vào tệp cơ sở dữ liệu.");
    case SQLITE_IOERR: return StorageText::tr("Lỗi đọc/ghi đĩa. Hãy kiểm tra ổ đĩa.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return StorageText::tr("Tệp cơ sở dữ liệu bị hỏng. Hãy báo bộ phận CNTT để khôi phục từ bản sao lưu.");
    case SQLITE_CANTOPEN: return StorageText::tr("Không mở được tệp cơ sở dữ liệu (thư mục không có hoặc không có quyền).");
    case SQLITE_NOMEM: return StorageText::tr("Máy hết bộ nhớ. Hãy đóng bớt chương trình rồi thử lại.");
    case SQLITE_CONSTRAINT: return StorageText::tr("Dữ liệu trái ràng buộc của cơ sở dữ liệu (ví dụ trùng mã).");
    default: return {};
    }
}

Error toError(const QSqlError &e, const QString &what)
{
    QString reason = reasonForCode(e.nativeErrorCode().toInt());
    if (reason.isEmpty()) {
        // SQLite's own text is English and technical: it goes to the log, the clerk gets a code.
        qWarning("PostCounter storage error %s: %s", qUtf8Printable(e.nativeErrorCode()), qUtf8Printable(e.text()));
        reason = StorageText::tr("lỗi cơ sở dữ liệu mã %1; chi tiết đã ghi vào nhật ký.").arg(e.nativeErrorCode());
    }
    return Error::storage(QCoreApplication::translate("Storage", "%1: %2").arg(what, reason));
}

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return toError(q.lastError(), QCoreApplication::translate("Storage", "Lỗi cơ sở dữ liệu"));
    for (const QVariant &b : binds) {
        // A null QString would bind as SQL NULL; the schema stores "no value" as ''.
        if (b.typeId() == QMetaType::QString && b.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(b);
    }
    if (!q.exec())
        return toError(q.lastError(), QCoreApplication::translate("Storage", "Lỗi cơ sở dữ liệu"));
    return q;
}

namespace {
// Kept statements per connection name. A connection is used by one thread at a time, but the
// window's and the sync thread's connections live in one process, hence the lock on the map
// (held for the look-up only; the node-based maps keep each statement where it is).
QMutex cacheLock;
std::map<QString, std::map<QString, std::unique_ptr<QSqlQuery>>> &statementCache()
{
    static std::map<QString, std::map<QString, std::unique_ptr<QSqlQuery>>> cache;
    return cache;
}

// Binds and runs the kept statement; the caller reads it, then finish()es it.
Result<QSqlQuery *> runCached(QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    QSqlQuery *q = nullptr;
    {
        QMutexLocker lock(&cacheLock);
        std::unique_ptr<QSqlQuery> &kept = statementCache()[db.connectionName()][statement];
        // A connection name used again for a new connection (tests do) gets new statements.
        if (kept && kept->driver() != db.driver())
            kept.reset();
        if (!kept) {
            auto fresh = std::make_unique<QSqlQuery>(db);
            fresh->setForwardOnly(true);
            if (!fresh->prepare(statement))
                return toError(fresh->lastError(), QCoreApplication::translate("Storage", "Lỗi cơ sở dữ liệu"));
            kept = std::move(fresh);
        }
        q = kept.get();
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &b = binds.at(i);
        // A null QString would bind as SQL NULL; the schema stores "no value" as ''.
        q->bindValue(i, b.typeId() == QMetaType::QString && b.toString().isNull() ? QVariant(QStringLiteral("")) : b);
    }
    if (!q->exec()) {
        Error e = toError(q->lastError(), QCoreApplication::translate("Storage", "Lỗi cơ sở dữ liệu"));
        q->finish();
        return e;
    }
    return q;
}
}  // namespace

Result<QVariantList> cachedRow(QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    auto q = runCached(db, statement, binds);
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    QVariantList row;
    if (query.next())
        for (int i = 0, n = query.record().count(); i < n; ++i)
            row << query.value(i);
    query.finish();
    return row;
}

Result<QList<QVariantList>> cachedRows(QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    auto q = runCached(db, statement, binds);
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    QList<QVariantList> rows;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row << query.value(i);
        rows << row;
    }
    query.finish();
    return rows;
}

Result<QVariant> cachedScalar(QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    auto q = runCached(db, statement, binds);
    if (!q)
        return q.error();
    QSqlQuery &query = *q.value();
    const QVariant v = query.next() ? query.value(0) : QVariant();
    query.finish();
    return v;
}

Result<qint64> cachedWrite(QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    auto q = runCached(db, statement, binds);
    if (!q)
        return q.error();
    const qint64 id = q.value()->lastInsertId().toLongLong();
    q.value()->finish();
    return id;
}

void dropCachedStatements(const QSqlDatabase &db)
{
    QMutexLocker lock(&cacheLock);
    statementCache().erase(db.connectionName());
}

Result<QVariant> scalar(QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    auto q = exec(db, statement, binds);
    if (!q)
        return q.error();
    QSqlQuery &query = q.value();
    return query.next() ? query.value(0) : QVariant();
}

namespace {
sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}
}  // namespace

bool inTransaction(QSqlDatabase &db)
{
    sqlite3 *h = handleOf(db);
    return h && sqlite3_get_autocommit(h) == 0;
}

Transaction::Transaction(QSqlDatabase &db) : m_db(db), m_begun(success())
{
    m_savepoint = inTransaction(m_db);
    auto r = cachedWrite(m_db, m_savepoint ? QStringLiteral("SAVEPOINT pc_nested") : QStringLiteral("BEGIN IMMEDIATE"));
    if (r)
        m_open = true;
    else
        m_begun = r.error();
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_savepoint) {
        (void)exec(m_db, QStringLiteral("ROLLBACK TO pc_nested"));
        (void)exec(m_db, QStringLiteral("RELEASE pc_nested"));
    } else {
        (void)exec(m_db, QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status(Error::internal(QStringLiteral("commit twice"))) : m_begun;
    auto r = cachedWrite(m_db, m_savepoint ? QStringLiteral("RELEASE pc_nested") : QStringLiteral("COMMIT"));
    if (!r)
        return r.error();  // still open: the destructor rolls back
    m_open = false;
    return success();
}

Status execScript(QSqlDatabase &db, const QByteArray &script)
{
    sqlite3 *h = handleOf(db);
    if (!h)
        return Error::internal(QCoreApplication::translate("Storage", "Trình điều khiển cơ sở dữ liệu không phải SQLite."));
    char *message = nullptr;
    const int rc = sqlite3_exec(h, script.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return success();
    const int code = sqlite3_extended_errcode(h);
    qWarning("PostCounter script error %d: %s", code, message ? message : "");
    sqlite3_free(message);
    QString reason = reasonForCode(code);
    if (reason.isEmpty())
        reason = StorageText::tr("lỗi cơ sở dữ liệu mã %1; chi tiết đã ghi vào nhật ký.").arg(code);
    return Error::storage(reason);
}

}  // namespace pc::sql
