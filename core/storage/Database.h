#pragma once
// The counter's one SQLite file (DESIGN §3): pragmas for power cuts, numbered migrations
// tracked by user_version, refusal of a newer schema, and a quick_check after a crash.
#include "util/Result.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <memory>
#include <mutex>

struct sqlite3;

namespace pc {

// Stops a Database::quickCheck() running on another thread: the window quitting (a logout, a
// SIGTERM) must not wait for a check of the whole file (11 s warm, more cold, at 1M dossiers).
// PRAGMA quick_check does its work inside one VM step, where no progress handler is called;
// sqlite3_interrupt() reaches it there, from any thread.
class QuickCheckStop {
public:
    void stop();  // any thread; the check ends within milliseconds
    bool requested() const { return m_requested.load(); }

private:
    friend class Database;
    bool attach(sqlite3 *db);  // false when a stop came first
    void detach();
    std::mutex m_mutex;  // m_db
    sqlite3 *m_db = nullptr;
    std::atomic<bool> m_requested{false};
};

class Database {
public:
    struct Options {
        int migrateTo = -1;  // -1 = the newest schema this build knows; tests pick older ones
        // Where the NNN_name.sql scripts are; tests point it at a folder of their own.
        QString migrationsDir = QStringLiteral(":/migrations");
    };
    // PRAGMA application_id of every PostCounter database ("PCnt"), set by migration 012: a
    // SQLite file without it (and without PostCounter's older schema) is someone else's.
    static constexpr int kApplicationId = 0x50434E74;
    static Result<std::unique_ptr<Database>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options{}); }
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &sql() { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion();
    // Whether the previous session on this file ended without closing it (crash, power cut);
    // quick_check already ran and passed when this is true.
    bool recoveredFromUncleanShutdown() const { return m_recovered; }
    // Crash detection without the check, for a caller that runs the check itself in the
    // background (the window, issue 13): removes the session locks on `path` whose process is
    // gone and says whether there was one. The caller then owes the file quickCheck(); open()
    // after this sees no stale lock and does not check again. WAL recovery is not affected:
    // SQLite replays or discards the log on the first open whatever happens here.
    static bool claimStaleSessions(const QString &path);
    // PRAGMA quick_check on its own read-only connection, so any thread may run it while other
    // connections read and write (a WAL reader blocks no writer). An error says what is damaged.
    // stop->stop() from another thread ends it at once (the window closing mid-check); a
    // stopped check returns an error whose kind is Refused.
    static Status quickCheck(const QString &path, QuickCheckStop *stop = nullptr);
    // Applies the migrations above the current version, up to `target` (-1 = newest).
    Status migrate(int target = -1);

    static int latestSchemaVersion();
    static QString defaultPath();  // QStandardPaths::AppDataLocation/postcounter.sqlite

private:
    Database() = default;
    Status configure();
    Status checkIsPostCounterFile();
    void restrictPermissions(bool fileExisted, bool folderExisted);
    Status checkAfterUncleanShutdown();
    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_session;
    bool m_recovered = false;
    QString m_migrationsDir;
};

}  // namespace pc
