#include "Database.h"

#include "SqlHelpers.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace pc {
namespace {
class DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(pc::DatabaseText)
};


struct Migration {
    int version;
    QString file;
};

// resources/migrations/NNN_name.sql, in version order; the number is the schema version.
QList<Migration> migrations()
{
    QList<Migration> out;
    const QStringList files = QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        out.append({f.left(3).toInt(), QStringLiteral(":/migrations/") + f});
    return out;
}

void restrictToOwner(const QString &file)
{
    if (QFile::exists(file))
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

}  // namespace

int Database::latestSchemaVersion()
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/postcounter.sqlite");
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(db->m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::storage(DatabaseText::tr("Không tạo được thư mục dữ liệu %1.").arg(info.absolutePath()));

    static QAtomicInteger<int> counter;
    db->m_connection = QStringLiteral("pc-%1").arg(counter.fetchAndAddRelaxed(1));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connection);
    db->m_db.setDatabaseName(db->m_path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    const bool existed = info.exists();
    if (!db->m_db.open())
        return sql::toError(db->m_db.lastError(), DatabaseText::tr("Không mở được cơ sở dữ liệu %1").arg(db->m_path));
    if (!existed)
        restrictToOwner(db->m_path);  // personal data (Decree 13/2023): owner only

    if (auto s = db->checkAfterUncleanShutdown(); !s)
        return s.error();
    if (auto s = db->configure(); !s)
        return s.error();
    const int version = db->schemaVersion();
    if (version > latestSchemaVersion())
        return Error::refused(DatabaseText::tr("Cơ sở dữ liệu %1 được tạo bởi phiên bản PostCounter mới hơn (lược đồ %2; "
                                 "phiên bản này chỉ hỗ trợ đến %3). Hãy cài phiên bản mới hơn; dữ liệu không bị thay đổi.")
                                  .arg(db->m_path).arg(version).arg(latestSchemaVersion()));
    if (auto s = db->migrate(options.migrateTo); !s)
        return s.error();
    for (const char *suffix : {"-wal", "-shm"})
        restrictToOwner(db->m_path + QLatin1String(suffix));
    return db;
}

Database::~Database()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    // m_session unlocks in its destructor: this session ended cleanly.
}

Status Database::configure()
{
    // WAL + synchronous=FULL: a committed dossier survives a power cut (DESIGN §3).
    auto mode = sql::scalar(m_db, QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode)
        return mode.error();
    if (mode->toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        return Error::storage(DatabaseText::tr("Không bật được chế độ WAL cho cơ sở dữ liệu (%1).").arg(mode->toString()));
    for (const char *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000"}) {
        if (auto r = sql::exec(m_db, QString::fromLatin1(pragma)); !r)
            return r.error();
    }
    return success();
}

Status Database::checkAfterUncleanShutdown()
{
    // Each open session holds a lock file beside the database. A lock file whose process is
    // gone means that session crashed or lost power: check the file before using it.
    const QFileInfo info(m_path);
    const QDir dir = info.absoluteDir();
    const QString pattern = info.fileName() + QStringLiteral(".session-*.lock");
    for (const QString &name : dir.entryList({pattern}, QDir::Files)) {
        QLockFile other(dir.filePath(name));
        other.setStaleLockTime(0);  // judge by whether the owning process still runs
        if (other.tryLock(0)) {
            other.unlock();
            m_recovered = true;
        } else if (other.error() == QLockFile::LockFailedError) {
            continue;  // another live process (GUI and CLI may share the file)
        }
    }
    if (m_recovered) {
        auto r = sql::scalar(m_db, QStringLiteral("PRAGMA quick_check"));
        if (!r)
            return r.error();
        if (r->toString() != u"ok")
            return Error::storage(DatabaseText::tr("Cơ sở dữ liệu %1 bị hỏng sau lần tắt máy đột ngột (%2). "
                                     "Hãy báo bộ phận CNTT để khôi phục từ bản sao lưu.")
                                      .arg(m_path, r->toString()));
    }
    m_session = std::make_unique<QLockFile>(
        dir.filePath(info.fileName() + QStringLiteral(".session-%1.lock").arg(QUuid::createUuid().toString(QUuid::Id128))));
    m_session->setStaleLockTime(0);
    if (!m_session->tryLock(0))
        return Error::storage(DatabaseText::tr("Không ghi được vào thư mục dữ liệu %1.").arg(dir.absolutePath()));
    return success();
}

int Database::schemaVersion()
{
    auto v = sql::scalar(m_db, QStringLiteral("PRAGMA user_version"));
    return v ? v->toInt() : -1;
}

Status Database::migrate(int target)
{
    const QList<Migration> all = migrations();
    if (target < 0)
        target = latestSchemaVersion();
    for (const Migration &m : all) {
        if (m.version <= schemaVersion() || m.version > target)
            continue;
        QFile f(m.file);
        if (!f.open(QIODevice::ReadOnly))
            return Error::internal(DatabaseText::tr("Thiếu tệp nâng cấp cơ sở dữ liệu %1.").arg(m.file));
        const QString script = QString::fromUtf8(f.readAll());
        // One migration, one transaction: a power cut mid-upgrade leaves the previous version.
        sql::Transaction tx(m_db);
        if (!tx.begun())
            return tx.begun().error();
        for (const QString &statement : sql::splitStatements(script)) {
            if (auto r = sql::exec(m_db, statement); !r)
                return Error::storage(DatabaseText::tr("Nâng cấp cơ sở dữ liệu lên phiên bản %1 thất bại: %2").arg(m.version).arg(r.error().message));
        }
        if (auto r = sql::exec(m_db, QStringLiteral("PRAGMA user_version=%1").arg(m.version)); !r)
            return r.error();
        if (auto s = tx.commit(); !s)
            return s;
    }
    return success();
}

}  // namespace pc
