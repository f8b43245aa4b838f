#include "SqliteBackup.h"

#include "Database.h"
#include "util/FileSync.h"
#include "util/Log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QUrl>

#include <sqlite3.h>

namespace pc {
namespace {
class BackupText {
    Q_DECLARE_TR_FUNCTIONS(pc::BackupText)
};

struct Handle {
    sqlite3 *db = nullptr;
    ~Handle() { sqlite3_close_v2(db); }
};

QString sqliteReason(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL: return BackupText::tr("ổ đĩa đầy");
    case SQLITE_IOERR: return BackupText::tr("lỗi ghi đĩa (ổ USB đã bị rút ra?)");
    case SQLITE_CANTOPEN: return BackupText::tr("không mở được tệp");
    case SQLITE_READONLY: case SQLITE_PERM: return BackupText::tr("không có quyền ghi");
    case SQLITE_BUSY: case SQLITE_LOCKED: return BackupText::tr("cơ sở dữ liệu đang bận");
    case SQLITE_CORRUPT: case SQLITE_NOTADB: return BackupText::tr("tệp bị hỏng");
    default: return QString::fromUtf8(sqlite3_errstr(rc));
    }
}

QByteArray immutableUri(const QString &path)
{
    // immutable=1: SQLite reads the file as it is and creates nothing beside it.
    return "file:" + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/") + "?immutable=1";
}

Result<QVariant> one(sqlite3 *db, const char *statement)
{
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(db, statement, -1, &st, nullptr);
    QVariant v;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            v = sqlite3_column_type(st, 0) == SQLITE_INTEGER ? QVariant(sqlite3_column_int64(st, 0))
                                                             : QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))));
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_OK)
        return Error::storage(sqliteReason(rc));
    return v;
}
}  // namespace

Status copyDatabaseOnline(const QString &sourcePath, const QString &targetPath)
{
    const QString failed = BackupText::tr("Sao lưu vào %1 thất bại: %2. Không có tệp dở dang nào được để lại.");
    Handle src, dst;
    int rc = sqlite3_open_v2(QFile::encodeName(sourcePath).constData(), &src.db, SQLITE_OPEN_READONLY, nullptr);
    if (rc != SQLITE_OK)
        return Error::storage(BackupText::tr("Không mở được cơ sở dữ liệu %1 để sao lưu: %2").arg(sourcePath, sqliteReason(rc)));
    sqlite3_busy_timeout(src.db, 10000);
    rc = sqlite3_open_v2(QFile::encodeName(targetPath).constData(), &dst.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    auto cleanup = [&](int code) {
        sqlite3_close_v2(dst.db);
        dst.db = nullptr;
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(targetPath + QLatin1String(suffix));
        qCWarning(lcStorage, "backup to %s failed: %s", qUtf8Printable(targetPath), sqlite3_errstr(code));
        return Status(Error::badInput(failed.arg(targetPath, sqliteReason(code))));
    };
    if (rc != SQLITE_OK)
        return cleanup(rc);
    restrictToOwnerOnly(targetPath);
    sqlite3_backup *b = sqlite3_backup_init(dst.db, "main", src.db, "main");
    if (!b)
        return cleanup(sqlite3_errcode(dst.db));
    // One step copies every page under one read transaction: a consistent snapshot, while
    // writers go on appending to the WAL (they are not blocked by a WAL reader).
    rc = sqlite3_backup_step(b, -1);
    const int finish = sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE)
        return cleanup(rc);
    if (finish != SQLITE_OK)
        return cleanup(finish);
    // The copy has the source's WAL flag; a backup is one self-contained file.
    if (auto m = one(dst.db, "PRAGMA journal_mode=DELETE"); !m)
        return cleanup(SQLITE_IOERR);
    if (sqlite3_close_v2(dst.db) != SQLITE_OK)
        return cleanup(SQLITE_IOERR);
    dst.db = nullptr;
    QFile f(targetPath);
    if (!f.open(QIODevice::ReadWrite) || !syncFile(f))
        return cleanup(SQLITE_FULL);
    return success();
}

Result<DatabaseFileCheck> checkDatabaseFile(const QString &path)
{
    const QString broken = BackupText::tr("Tệp %1 không dùng được để khôi phục: %2");
    if (!QFileInfo(path).isFile())
        return Error::badInput(BackupText::tr("Không có tệp %1.").arg(path));
    Handle h;
    int rc = sqlite3_open_v2(immutableUri(path).constData(), &h.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK)
        return Error::badInput(broken.arg(path, sqliteReason(rc)));
    auto appId = one(h.db, "PRAGMA application_id");
    if (!appId)
        return Error::badInput(broken.arg(path, BackupText::tr("không phải cơ sở dữ liệu SQLite")));
    DatabaseFileCheck c;
    auto version = one(h.db, "PRAGMA user_version");
    c.schemaVersion = version ? version->toInt() : 0;
    if (appId->toLongLong() != Database::kApplicationId && c.schemaVersion >= 12)
        return Error::badInput(broken.arg(path, BackupText::tr("không phải cơ sở dữ liệu PostCounter")));
    auto integrity = one(h.db, "PRAGMA integrity_check");
    if (!integrity)
        return Error::badInput(broken.arg(path, integrity.error().message));
    if (integrity->toString() != u"ok")
        return Error::badInput(broken.arg(path, BackupText::tr("kiểm tra toàn vẹn báo lỗi (%1)").arg(integrity->toString())));
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(h.db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1, &st, nullptr) == SQLITE_OK)
        while (sqlite3_step(st) == SQLITE_ROW)
            c.tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    if (!c.tables.contains(QStringLiteral("dossiers")) || !c.tables.contains(QStringLiteral("settings")))
        return Error::badInput(broken.arg(path, BackupText::tr("không phải cơ sở dữ liệu PostCounter")));
    if (c.schemaVersion > Database::latestSchemaVersion())
        return Error::refused(BackupText::tr("Bản sao lưu %1 được tạo bởi phiên bản PostCounter mới hơn (lược đồ %2; phiên bản này "
                                             "chỉ hỗ trợ đến %3). Hãy cài phiên bản mới hơn trước khi khôi phục.")
                                  .arg(path)
                                  .arg(c.schemaVersion)
                                  .arg(Database::latestSchemaVersion()));
    if (auto n = one(h.db, "SELECT count(*) FROM dossiers"))
        c.dossiers = n->toLongLong();
    return c;
}

int liveSessions(const QString &path)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    int live = 0;
    for (const QString &name : dir.entryList({info.fileName() + QStringLiteral(".session-*.lock")}, QDir::Files)) {
        QLockFile other(dir.filePath(name));
        other.setStaleLockTime(0);
        if (other.tryLock(0))
            other.unlock();  // a crashed session's lock: nobody there
        else
            ++live;
    }
    return live;
}

}  // namespace pc
