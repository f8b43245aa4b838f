#include "Database.h"

#include "SqlHelpers.h"
#include "util/Log.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>
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
// Numbers may have gaps (branches land in any order): only the order matters.
QList<Migration> migrations(const QString &dir)
{
    QList<Migration> out;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        out.append({f.left(3).toInt(), dir + QLatin1Char('/') + f});
    return out;
}

int latestIn(const QString &dir)
{
    const QList<Migration> all = migrations(dir);
    return all.isEmpty() ? 0 : all.last().version;
}

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                             QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// Personal data (Decree 13/2023): owner only. Says so in the log when an existing file had
// been wider (a new one is simply created that way).
void restrictToOwner(const QString &file, QFileDevice::Permissions wanted, bool existedBefore)
{
    if (!QFile::exists(file))
        return;
    const QFileDevice::Permissions now = QFile::permissions(file);
    if ((now & kOthers) == 0)
        return;
    if (existedBefore)
        qWarning("PostCounter: %s was readable or writable by other users (%04x); restricted to its owner.",
             qUtf8Printable(file), uint(now));
    if (!QFile::setPermissions(file, (now & ~kOthers) | wanted))
        qWarning("PostCounter: could not change the permissions of %s.", qUtf8Printable(file));
}

}  // namespace

int Database::latestSchemaVersion() { return latestIn(Options{}.migrationsDir); }

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/postcounter.sqlite");
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    db->m_migrationsDir = options.migrationsDir;
    const QFileInfo info(db->m_path);
    // Only a regular file (or a new path) is a database: a device such as /dev/null, a FIFO or a
    // folder is refused before SQLite opens it or its permissions are touched.
    if (info.exists() && !info.isFile())
        return Error::refused(DatabaseText::tr("%1 không phải một tệp thường (thư mục, thiết bị hay FIFO), không thể là cơ sở dữ liệu "
                                               "PostCounter; không có gì bị thay đổi.").arg(db->m_path));
    const bool folderExisted = QFileInfo(info.absolutePath()).isDir();
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
    // Before anything writes (WAL mode, lock file, migrations): someone else's file stays as it was.
    if (auto s = db->checkIsPostCounterFile(); !s)
        return s.error();
    db->restrictPermissions(existed, folderExisted);

    if (auto s = db->checkAfterUncleanShutdown(); !s)
        return s.error();
    if (auto s = db->configure(); !s)
        return s.error();
    const int version = db->schemaVersion();
    const int latest = latestIn(options.migrationsDir);
    if (version > latest)
        return Error::refused(DatabaseText::tr("Cơ sở dữ liệu %1 được tạo bởi phiên bản PostCounter mới hơn (lược đồ %2; "
                                 "phiên bản này chỉ hỗ trợ đến %3). Hãy cài phiên bản mới hơn; dữ liệu không bị thay đổi.")
                                  .arg(db->m_path).arg(version).arg(latest));
    if (auto s = db->migrate(options.migrateTo); !s)
        return s.error();
    for (const char *suffix : {"-wal", "-shm"})  // created just now, from the main file's permissions
        restrictToOwner(db->m_path + QLatin1String(suffix), kOwnerFile, false);
    return db;
}

Status Database::checkIsPostCounterFile()
{
    const QString notOurs = DatabaseText::tr("Tệp %1 không phải cơ sở dữ liệu của PostCounter (%2). PostCounter không dùng và không "
                                             "thay đổi tệp này; hãy chỉ ra đúng tệp dữ liệu của quầy.");
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return Error::refused(notOurs.arg(m_path, DatabaseText::tr("không đọc được như một cơ sở dữ liệu SQLite")));
    const qint64 id = q.value(0).toLongLong();
    if (id == kApplicationId)
        return success();
    if (id != 0)
        return Error::refused(notOurs.arg(m_path, DatabaseText::tr("tệp của một chương trình khác, mã ứng dụng %1").arg(id)));
    // No id: a new (empty) file, or a PostCounter database from before migration 012.
    QSqlQuery tables(m_db);
    if (!tables.exec(QStringLiteral("SELECT count(*), coalesce(sum(name IN ('settings', 'dossiers', 'code_sequences')), 0) "
                                    "FROM sqlite_master WHERE type = 'table'")) || !tables.next())
        return Error::refused(notOurs.arg(m_path, DatabaseText::tr("không đọc được như một cơ sở dữ liệu SQLite")));
    const int all = tables.value(0).toInt(), ours = tables.value(1).toInt();
    if (all == 0 || (ours == 3 && schemaVersion() >= 1))
        return success();
    return Error::refused(notOurs.arg(m_path, DatabaseText::tr("có %n bảng không phải của PostCounter", nullptr, all - ours)));
}

void Database::restrictPermissions(bool fileExisted, bool folderExisted)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        restrictToOwner(m_path + QLatin1String(suffix), kOwnerFile, fileExisted);
    // The folder is only narrowed when it is PostCounter's own (the default data folder, or one
    // just created for this file): a database the operator keeps in a shared folder (--db in
    // /tmp, a network share) leaves that folder as it is; the file itself is owner-only.
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!folderExisted || folder == QFileInfo(defaultPath()).absolutePath())
        restrictToOwner(folder, kOwnerFolder, folderExisted);
}

Database::~Database()
{
    sql::dropCachedStatements(m_db);  // before the connection goes: they hold its driver
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

bool Database::claimStaleSessions(const QString &path)
{
    // Each open session holds a lock file beside the database. A lock file whose process is
    // gone means that session crashed or lost power.
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    const QString pattern = info.fileName() + QStringLiteral(".session-*.lock");
    bool stale = false;
    for (const QString &name : dir.entryList({pattern}, QDir::Files)) {
        QLockFile other(dir.filePath(name));
        other.setStaleLockTime(0);  // judge by whether the owning process still runs
        if (other.tryLock(0)) {
            other.unlock();
            stale = true;
        }  // else another live process holds it (GUI and CLI may share the file)
    }
    return stale;
}

namespace {
extern "C" int stopWhenCancelled(void *stop)
{
    return static_cast<const QuickCheckStop *>(stop)->requested() ? 1 : 0;
}
}  // namespace

void QuickCheckStop::stop()
{
    m_requested = true;
    std::lock_guard lock(m_mutex);
    if (m_db)
        sqlite3_interrupt(m_db);
}

bool QuickCheckStop::attach(sqlite3 *db)
{
    std::lock_guard lock(m_mutex);
    m_db = db;
    return !m_requested;
}

void QuickCheckStop::detach()
{
    std::lock_guard lock(m_mutex);
    m_db = nullptr;
}

Status Database::quickCheck(const QString &path, QuickCheckStop *stop)
{
    static QAtomicInteger<int> counter;
    const QString connection = QStringLiteral("pc-check-%1").arg(counter.fetchAndAddRelaxed(1));
    QString verdict;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            const QVariant handle = db.driver()->handle();
            sqlite3 *h = qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
            // A stop between attach() and the check's long step is caught by the progress
            // handler (called before every VM step here: the program is a handful of steps
            // around the one that walks the file); a stop during that step by sqlite3_interrupt.
            const bool go = !stop || !h || stop->attach(h);
            if (h && stop)
                sqlite3_progress_handler(h, 1, stopWhenCancelled, stop);
            if (go) {
                auto r = sql::scalar(db, QStringLiteral("PRAGMA quick_check"));
                if (!r)
                    failure = r.error().message;
                else
                    verdict = r->toString();
            }
            if (h && stop) {
                sqlite3_progress_handler(h, 0, nullptr, nullptr);
                stop->detach();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (stop && stop->requested())
        return Error::refused(DatabaseText::tr("Đã dừng kiểm tra cơ sở dữ liệu %1 trước khi xong.").arg(path));
    if (!failure.isEmpty())
        return Error::storage(DatabaseText::tr("Không kiểm tra được cơ sở dữ liệu %1: %2").arg(path, failure));
    if (verdict != u"ok")
        return Error::storage(DatabaseText::tr("Cơ sở dữ liệu %1 bị hỏng sau lần tắt máy đột ngột (%2). "
                                               "Hãy báo bộ phận CNTT để khôi phục từ bản sao lưu.")
                                  .arg(path, verdict));
    return success();
}

Status Database::checkAfterUncleanShutdown()
{
    m_recovered = claimStaleSessions(m_path);
    if (m_recovered) {
        qCWarning(lcStorage, "the previous session on %s ended without closing (crash or power cut); running quick_check", qUtf8Printable(m_path));
        auto r = sql::scalar(m_db, QStringLiteral("PRAGMA quick_check"));
        if (!r)
            return r.error();
        if (r->toString() != u"ok")
            return Error::storage(DatabaseText::tr("Cơ sở dữ liệu %1 bị hỏng sau lần tắt máy đột ngột (%2). "
                                     "Hãy báo bộ phận CNTT để khôi phục từ bản sao lưu.")
                                      .arg(m_path, r->toString()));
    }
    const QFileInfo info(m_path);
    const QDir dir = info.absoluteDir();
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
    const QList<Migration> all = migrations(m_migrationsDir);
    if (target < 0)
        target = latestIn(m_migrationsDir);
    const int from = schemaVersion();
    for (const Migration &m : all) {
        if (m.version <= schemaVersion() || m.version > target)
            continue;
        QFile f(m.file);
        if (!f.open(QIODevice::ReadOnly))
            return Error::internal(DatabaseText::tr("Thiếu tệp nâng cấp cơ sở dữ liệu %1.").arg(m.file));
        const QByteArray script = f.readAll();
        // One migration, one transaction: a power cut mid-upgrade leaves the previous version.
        sql::Transaction tx(m_db);
        if (!tx.begun())
            return tx.begun().error();
        // The file runs as one script (SQLite's own parser finds the statements), so a ';' in
        // a string literal or a trigger body is just text.
        qCDebug(lcStorage, "migrating %s to schema %d", qUtf8Printable(m_path), m.version);
        if (auto r = sql::execScript(m_db, script); !r) {
            qCWarning(lcStorage, "migration to schema %d failed: %s", m.version, qUtf8Printable(r.error().message));
            return Error::storage(DatabaseText::tr("Nâng cấp cơ sở dữ liệu lên phiên bản %1 thất bại: %2").arg(m.version).arg(r.error().message));
        }
        if (auto r = sql::exec(m_db, QStringLiteral("PRAGMA user_version=%1").arg(m.version)); !r)
            return r.error();
        if (auto s = tx.commit(); !s)
            return s;
    }
    if (schemaVersion() != from)
        qCInfo(lcStorage, "migrated %s from schema %d to %d", qUtf8Printable(m_path), from, schemaVersion());
    return success();
}

}  // namespace pc
