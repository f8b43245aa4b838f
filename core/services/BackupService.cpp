#include "BackupService.h"

#include "services/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/SqliteBackup.h"
#include "util/FileSync.h"
#include "util/Log.h"
#include "util/PassphraseFile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>

namespace pc {
namespace {
class BackupServiceText {
    Q_DECLARE_TR_FUNCTIONS(pc::BackupServiceText)
};

// One short-lived connection of this thread to a database file.
class Connection {
public:
    explicit Connection(const QString &path, bool readOnly = false)
    {
        static QAtomicInteger<int> counter;
        m_name = QStringLiteral("pc-backup-%1").arg(counter.fetchAndAddRelaxed(1));
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                                        : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        m_open = m_db.open();
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
};

const QRegularExpression &backupNamePattern()
{
    static const QRegularExpression re(QStringLiteral("^postcounter-\\d{4}-\\d{2}-\\d{2}-\\d{6}(-\\d+)?\\.(sqlite|pcbak)$"));
    return re;
}

QString tempNameIn(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral(".postcounter-backup-%1.tmp").arg(QUuid::createUuid().toString(QUuid::Id128)));
}
}  // namespace

QString BackupService::fileNameFor(const QDateTime &utc, bool encrypted)
{
    // The counter's own (Vietnam) date and time: what the clerk reads on the stick.
    return QStringLiteral("postcounter-%1.%2").arg(toLocal(utc).toString(QStringLiteral("yyyy-MM-dd-HHmmss")),
                                                    encrypted ? QStringLiteral("pcbak") : QStringLiteral("sqlite"));
}

bool BackupService::isBackupFileName(const QString &name) { return backupNamePattern().match(name).hasMatch(); }

Result<QString> BackupService::setting(const QString &key)
{
    Connection c(m_dbPath, true);
    if (!c.isOpen())
        return Error::storage(BackupServiceText::tr("Không mở được cơ sở dữ liệu %1.").arg(m_dbPath));
    auto v = sql::scalar(c.db(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v->isValid() ? v->toString() : QString();
}

Status BackupService::setSettings(const QList<std::pair<QString, QString>> &values)
{
    Connection c(m_dbPath);
    if (!c.isOpen())
        return Error::storage(BackupServiceText::tr("Không mở được cơ sở dữ liệu %1.").arg(m_dbPath));
    sql::Transaction tx(c.db());
    if (!tx.begun())
        return tx.begun();
    for (const auto &[k, v] : values)
        if (auto r = sql::exec(c.db(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"), {k, v}); !r)
            return r.error();
    return tx.commit();
}

QString BackupService::folder()
{
    const QString configured = setting(FolderKey).value_or(QString());
    return configured.isEmpty() ? QFileInfo(m_dbPath).absolutePath() + QStringLiteral("/backups") : configured;
}

int BackupService::keep()
{
    bool ok = false;
    const int n = setting(KeepKey).value_or(QString()).toInt(&ok);
    return ok && n >= 1 ? n : DefaultKeep;
}

QDateTime BackupService::lastBackupAt()
{
    const QString at = setting(LastAtKey).value_or(QString());
    return at.isEmpty() ? QDateTime() : fromStoredUtc(at);
}

Status BackupService::configure(const Actor &actor, const QString &newFolder, int newKeep)
{
    if (auto s = requireRole(actor, Role::Supervisor, BackupServiceText::tr("cấu hình sao lưu")); !s)
        return s;
    if (newKeep < 1 || newKeep > 365)
        return Error::badInput(BackupServiceText::tr("Số bản sao lưu giữ lại phải từ 1 đến 365."));
    QList<std::pair<QString, QString>> values{{KeepKey, QString::number(newKeep)}};
    if (!newFolder.isEmpty()) {
        if (!QFileInfo(newFolder).isAbsolute())
            return Error::badInput(BackupServiceText::tr("Thư mục sao lưu phải là một đường dẫn đầy đủ: %1").arg(newFolder));
        values.append({FolderKey, QDir::cleanPath(newFolder)});
    }
    if (auto s = setSettings(values); !s)
        return s;
    audit(m_dbPath, actor, QStringLiteral("backup.config"), QString(), QStringLiteral("keep=%1").arg(newKeep));
    return success();
}

Result<QString> BackupService::create(const Actor &actor, const QString &folderOverride, const QString &passphrase)
{
    // Any clerk may back up (a backup changes nothing); the audit trail records who.
    const QString target = folderOverride.isEmpty() ? folder() : QDir::cleanPath(QFileInfo(folderOverride).absoluteFilePath());
    const QFileInfo folderInfo(target);
    if (folderOverride.isEmpty() && target == QFileInfo(m_dbPath).absolutePath() + QStringLiteral("/backups") && !folderInfo.exists()) {
        QDir().mkpath(target);  // the default folder is PostCounter's own
        restrictToOwnerOnlyFolder(target);
    }
    if (!QFileInfo(target).isDir())
        return Error::badInput(BackupServiceText::tr("Không thấy thư mục sao lưu %1 (ổ USB hay ổ mạng chưa được cắm/kết nối?). "
                                                     "Chưa sao lưu được; dữ liệu của quầy không bị ảnh hưởng.").arg(target));
    if (!QFileInfo(target).isWritable())
        return Error::badInput(BackupServiceText::tr("Không ghi được vào thư mục sao lưu %1 (không có quyền ghi).").arg(target));
    const QDateTime now = m_clock.nowUtc();
    const bool encrypt = !passphrase.isEmpty();
    QString finalPath = QDir(target).filePath(fileNameFor(now, encrypt));
    for (int i = 2; QFileInfo::exists(finalPath); ++i)  // two backups within one second
        finalPath = QDir(target).filePath(fileNameFor(now, encrypt).replace(QLatin1Char('.'), QStringLiteral("-%1.").arg(i)));
    const QString plainTemp = tempNameIn(target);
    if (auto s = copyDatabaseOnline(m_dbPath, plainTemp); !s)
        return s.error();
    QString written = plainTemp;
    if (encrypt) {
        const QString cipherTemp = tempNameIn(target);
        const Status s = encryptFileWithPassphrase(plainTemp, cipherTemp, passphrase);
        QFile::remove(plainTemp);
        if (!s)
            return s.error();
        written = cipherTemp;
    }
    if (!QFile::rename(written, finalPath)) {
        QFile::remove(written);
        return Error::badInput(BackupServiceText::tr("Không đặt được tên tệp sao lưu %1; không có tệp dở dang nào được để lại.").arg(finalPath));
    }
    syncFolderOf(finalPath);
    qCInfo(lcStorage, "backup written: %s", qUtf8Printable(finalPath));
    if (auto s = setSettings({{LastAtKey, toStoredUtc(now)}, {LastFileKey, finalPath}}); !s)
        qCWarning(lcStorage, "backup written but its time not recorded: %s", qUtf8Printable(s.error().message));
    if (auto s = prune(target); !s)
        qCWarning(lcStorage, "old backups not removed: %s", qUtf8Printable(s.error().message));
    audit(m_dbPath, actor, QStringLiteral("backup.create"), QFileInfo(finalPath).fileName(), encrypt ? QStringLiteral("encrypted") : QString());
    return finalPath;
}

Status BackupService::prune(const QString &target)
{
    QDir dir(target);
    QStringList names;
    for (const QString &n : dir.entryList(QDir::Files, QDir::Name))
        if (isBackupFileName(n))
            names << n;
    // The name holds the date and time, so name order is age order.
    const int keepCount = keep();
    for (qsizetype i = 0; i + keepCount < names.size(); ++i)
        if (!dir.remove(names[i]))
            return Error::storage(BackupServiceText::tr("Không xóa được bản sao lưu cũ %1.").arg(dir.filePath(names[i])));
    return success();
}

// The audit trail's hash chain (AuditLog::verify) on a scratch file: opening it may bring an
// older backup up to this build's schema, which adds tables but changes no audit row.
Result<QString> BackupService::auditChainOf(const QString &plainFile)
{
    auto db = Database::open(plainFile);
    if (!db)
        return db.error();
    auto v = AuditLog(**db, m_clock).verify();
    if (!v)
        return v.error();
    if (!v->intact)
        return Error::badInput(BackupServiceText::tr("Chuỗi nhật ký kiểm toán trong %1 bị phá vỡ ở dòng %2: %3. Bản sao lưu này đã bị sửa; "
                                                     "không dùng để khôi phục.")
                                   .arg(plainFile).arg(v->firstBrokenSeq).arg(v->reason));
    return BackupServiceText::tr("nguyên vẹn, %n dòng", nullptr, int(v->rows));
}

// Backups and restores are in the audit trail of the database concerned (best effort for a
// backup: the file is already safe when this runs).
void BackupService::audit(const QString &databasePath, const Actor &actor, const QString &action, const QString &object, const QString &details)
{
    auto db = Database::open(databasePath);
    if (!db) {
        qCWarning(lcStorage, "%s not recorded in the audit trail: %s", qUtf8Printable(action), qUtf8Printable(db.error().message));
        return;
    }
    if (auto s = AuditLog(**db, m_clock).record(actor, action, object, details); !s)
        qCWarning(lcStorage, "%s not recorded in the audit trail: %s", qUtf8Printable(action), qUtf8Printable(s.error().message));
}

Result<BackupVerdict> BackupService::verify(const QString &file, const QString &passphrase)
{
    BackupVerdict v;
    v.file = file;
    v.encrypted = isPassphraseEncrypted(file);
    QTemporaryDir scratch;
    QString plain = file;
    if (v.encrypted) {
        if (passphrase.isEmpty())
            return Error::badInput(BackupServiceText::tr("Bản sao lưu %1 được mã hóa: cần mật khẩu.").arg(file));
        plain = scratch.filePath(QStringLiteral("plain.sqlite"));
        if (auto s = decryptFileWithPassphrase(file, plain, passphrase); !s)
            return s.error();
    }
    auto check = checkDatabaseFile(plain);
    if (!check)
        return check.error();
    v.schemaVersion = check->schemaVersion;
    v.dossiers = check->dossiers;
    if (v.encrypted) {
        auto chain = auditChainOf(plain);
        if (!chain)
            return chain.error();
        v.auditChain = chain.value();
    } else {
        // The chain check opens the file: work on a copy so that a backup is never modified.
        const QString copy = scratch.filePath(QStringLiteral("copy.sqlite"));
        if (!QFile::copy(file, copy))
            return Error::storage(BackupServiceText::tr("Không đủ chỗ trống để kiểm tra %1.").arg(file));
        auto chain = auditChainOf(copy);
        if (!chain)
            return chain.error();
        v.auditChain = chain.value();
    }
    return v;
}

Result<RestoreReport> BackupService::restore(const Actor &actor, const QString &file, const QString &passphrase)
{
    if (auto s = requireRole(actor, Role::Admin, BackupServiceText::tr("khôi phục từ bản sao lưu")); !s)
        return s.error();
    // The window (or a command) holding the database would go on writing to the replaced file
    // and lose that work: restore only when nobody has it open.
    if (const int live = liveSessions(m_dbPath); live > 0)
        return Error::refused(BackupServiceText::tr("Cơ sở dữ liệu %1 đang được mở (%n phiên: cửa sổ PostCounter hoặc một lệnh đang chạy). "
                                                    "Hãy đóng cửa sổ và chờ các lệnh kết thúc, rồi khôi phục lại; không có gì bị thay đổi.",
                                                    nullptr, live)
                                  .arg(m_dbPath));
    const QString work = m_dbPath + QStringLiteral(".restoring");
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(work + QLatin1String(suffix));  // left by a restore that was cut off
    auto discard = [&](const Error &e) -> Result<RestoreReport> {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(work + QLatin1String(suffix));
        return e;
    };
    if (isPassphraseEncrypted(file)) {
        if (passphrase.isEmpty())
            return Error::badInput(BackupServiceText::tr("Bản sao lưu %1 được mã hóa: cần mật khẩu.").arg(file));
        if (auto s = decryptFileWithPassphrase(file, work, passphrase); !s)
            return discard(s.error());
    } else if (!QFile::copy(file, work)) {
        return discard(Error::badInput(BackupServiceText::tr("Không chép được %1 (không đọc được tệp, hoặc ổ đĩa đầy).").arg(file)));
    }
    restrictToOwnerOnly(work);
    if (auto c = checkDatabaseFile(work); !c)
        return discard(c.error());
    if (auto chain = auditChainOf(work); !chain)
        return discard(chain.error());
    {  // An older backup is brought up to this build's schema like any database.
        auto opened = Database::open(work);
        if (!opened)
            return discard(opened.error());
    }
    RestoreReport report;
    if (auto s = carryForward(work, report.notes); !s)
        return discard(s.error());
    {
        QFile f(work);
        if (!f.open(QIODevice::ReadWrite) || !syncFile(f))
            return discard(Error::storage(BackupServiceText::tr("Không ghi được tệp khôi phục: ổ đĩa đầy.")));
    }
    if (QFileInfo::exists(m_dbPath)) {
        // Fold the WAL into the main file so the replaced database is one file that opens alone.
        {
            Connection c(m_dbPath);
            if (c.isOpen())
                (void)sql::exec(c.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));  // best effort: the WAL is renamed with it
        }
        report.replacedPath = m_dbPath + QStringLiteral(".replaced-") + toLocal(m_clock.nowUtc()).toString(QStringLiteral("yyyyMMdd-HHmmss"));
        for (int i = 2; QFileInfo::exists(report.replacedPath); ++i)
            report.replacedPath += QStringLiteral("-%1").arg(i);
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString from = m_dbPath + QLatin1String(suffix);
            if (QFileInfo::exists(from) && !QFile::rename(from, report.replacedPath + QLatin1String(suffix)))
                return discard(Error::storage(BackupServiceText::tr("Không đổi tên được cơ sở dữ liệu hiện tại %1; không có gì bị thay đổi.").arg(from)));
        }
    }
    if (!QFile::rename(work, m_dbPath)) {
        // Put the replaced database back: the counter keeps working as before.
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::rename(report.replacedPath + QLatin1String(suffix), m_dbPath + QLatin1String(suffix));
        return discard(Error::storage(BackupServiceText::tr("Không đặt được bản khôi phục vào %1; cơ sở dữ liệu cũ được giữ nguyên.").arg(m_dbPath)));
    }
    syncFolderOf(m_dbPath);
    restrictToOwnerOnly(m_dbPath);
    // Recorded in the restored database's trail: its chain goes on from the backup's last row.
    audit(m_dbPath, actor, QStringLiteral("backup.restore"), QFileInfo(file).fileName(),
          report.replacedPath.isEmpty() ? QString() : QFileInfo(report.replacedPath).fileName());
    qCInfo(lcStorage, "restored %s from %s by %s; replaced database kept as %s", qUtf8Printable(m_dbPath), qUtf8Printable(file),
           qUtf8Printable(actor.username), qUtf8Printable(report.replacedPath));
    return report;
}

// What the database being replaced knows that the backup cannot: numbers already handed out
// on paper (codes, ledger entries, guidance numbers) and events the centre already settled.
// Taken from it when it still opens; the restored dossiers themselves stay exactly as backed up.
Status BackupService::carryForward(const QString &restoredFile, QStringList &notes)
{
    Connection c(restoredFile);
    if (!c.isOpen())
        return Error::storage(BackupServiceText::tr("Không mở được %1.").arg(restoredFile));
    QSqlDatabase &db = c.db();
    if (QFileInfo::exists(m_dbPath)) {
        if (auto ok = Database::quickCheck(m_dbPath); !ok) {
            notes << BackupServiceText::tr("Cơ sở dữ liệu bị thay thế không đọc được (%1): số hồ sơ và sự kiện đã gửi không được đối chiếu; "
                                           "hãy kiểm tra với trung tâm trước khi tiếp nhận hồ sơ mới.")
                         .arg(ok.error().message);
            return success();
        }
    } else {
        notes << BackupServiceText::tr("Không có cơ sở dữ liệu cũ để đối chiếu số hồ sơ và sự kiện đã gửi.");
        return success();
    }
    if (auto r = sql::exec(db, QStringLiteral("ATTACH DATABASE ? AS cur"), {m_dbPath}); !r)
        return r.error();
    Status result = [&]() -> Status {
        sql::Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        const QStringList statements{
            // Codes, ledger entries and guidance numbers issued after the backup are on paper
            // and at the centre: never issued twice.
            QStringLiteral("INSERT INTO main.code_sequences (unit_id, day, last_sequence) SELECT unit_id, day, last_sequence FROM cur.code_sequences "
                           "WHERE true ON CONFLICT (unit_id, day) DO UPDATE SET last_sequence = max(last_sequence, excluded.last_sequence)"),
            QStringLiteral("INSERT INTO main.ledger_sequences (year, last_entry) SELECT year, last_entry FROM cur.ledger_sequences "
                           "WHERE true ON CONFLICT (year) DO UPDATE SET last_entry = max(last_entry, excluded.last_entry)"),
            QStringLiteral("INSERT INTO main.guidance_sequences (kind, year, last_seq) SELECT kind, year, last_seq FROM cur.guidance_sequences "
                           "WHERE true ON CONFLICT (kind, year) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)"),
            // Rejected events stay rejected.
            QStringLiteral("INSERT OR IGNORE INTO main.quarantined_events SELECT q.* FROM cur.quarantined_events q "
                           "WHERE q.event_uuid IN (SELECT uuid FROM main.dossier_events)"),
            // An event the current database holds but no longer waits to send was settled by
            // the centre after the backup (accepted or rejected): it leaves the outbox.
            QStringLiteral("DELETE FROM main.outbox WHERE event_uuid IN (SELECT uuid FROM cur.dossier_events) "
                           "AND event_uuid NOT IN (SELECT event_uuid FROM cur.outbox)"),
            // The enrolment in force (a re-enrolment after the backup replaced the old token).
            QStringLiteral("INSERT INTO main.settings (key, value) SELECT key, value FROM cur.settings "
                           "WHERE key IN ('sync.url', 'sync.ca_file', 'sync.pin', 'sync.token', 'sync.device_id') "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        };
        for (const QString &s : statements) {
            auto r = sql::exec(db, s);
            if (!r)
                return r.error();
            if (s.startsWith(QStringLiteral("DELETE FROM main.outbox")) && r->numRowsAffected() > 0)
                notes << BackupServiceText::tr("%n sự kiện trung tâm đã nhận sau bản sao lưu sẽ không gửi lại.", nullptr, r->numRowsAffected());
        }
        notes << BackupServiceText::tr("Số hồ sơ, số sổ và số phiếu hướng dẫn tiếp tục sau các số đã cấp, kể cả sau bản sao lưu.");
        return tx.commit();
    }();
    (void)sql::exec(db, QStringLiteral("DETACH DATABASE cur"));  // the connection closes next anyway
    return result;
}

}  // namespace pc
