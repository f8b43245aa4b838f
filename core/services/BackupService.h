#pragma once
// Backups of the counter's database (issue 12): online copies with the SQLite backup API to a
// configured folder, the last N kept, optional passphrase encryption; verification; restore.
// Works on its own connections to the database file, so the window can run a backup on a
// worker thread while the clerk goes on registering.
#include "domain/Actor.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pc {

struct BackupVerdict {
    QString file;
    bool encrypted = false;
    int schemaVersion = 0;
    qint64 dossiers = 0;
    QString auditChain;  // what was found about the audit chain (Vietnamese)
};

struct RestoreReport {
    QString replacedPath;  // the database that was in place, kept beside it
    QStringList notes;     // what was carried over from it (sequences, settled events)
};

class BackupService {
public:
    static inline const QString FolderKey = QStringLiteral("backup.folder");
    static inline const QString KeepKey = QStringLiteral("backup.keep");
    static inline const QString LastAtKey = QStringLiteral("backup.last_at");
    static inline const QString LastFileKey = QStringLiteral("backup.last_file");
    static constexpr int DefaultKeep = 14;

    BackupService(QString databasePath, const Clock &clock) : m_dbPath(std::move(databasePath)), m_clock(clock) {}

    // The configured folder, or "backups" beside the database.
    QString folder();
    int keep();
    Status configure(const Actor &actor, const QString &folder, int keep);  // supervisor
    // Last successful backup (invalid when none).
    QDateTime lastBackupAt();

    // Writes postcounter-YYYY-MM-DD-HHmmss.sqlite (.pcbak when a passphrase is given) into
    // `folderOverride` or folder(); returns its path. Whole or nothing: temp name, fsync, rename.
    // Then removes the oldest backups beyond keep().
    Result<QString> create(const Actor &actor, const QString &folderOverride = {}, const QString &passphrase = {});
    Result<BackupVerdict> verify(const QString &file, const QString &passphrase = {});
    // Admin only. Refuses while another session (the window, a command) has the database open,
    // a broken file, or one from a newer schema. The replaced database is kept beside it.
    Result<RestoreReport> restore(const Actor &actor, const QString &file, const QString &passphrase = {});

    static QString fileNameFor(const QDateTime &utc, bool encrypted);
    static bool isBackupFileName(const QString &name);

private:
    Result<QString> setting(const QString &key);
    Status setSettings(const QList<std::pair<QString, QString>> &values);
    Status prune(const QString &folder);
    void audit(const QString &databasePath, const Actor &actor, const QString &action, const QString &object, const QString &details = {});
    Result<QString> auditChainOf(const QString &plainFile);
    Status carryForward(const QString &restoredFile, QStringList &notes);
    QString m_dbPath;
    const Clock &m_clock;
};

}  // namespace pc
