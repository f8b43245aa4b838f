#pragma once
// The SQLite online backup API on files (issue 12): a consistent copy of a database that other
// connections keep reading and writing meanwhile (WAL: the copy is one read snapshot).
#include "util/Result.h"

#include <QString>

namespace pc {

// Copies the database at `sourcePath` into a new file `targetPath` (journal mode DELETE, so
// the copy is one self-contained file) and fsyncs it. On failure nothing is left at
// `targetPath`; a full disk says so.
Status copyDatabaseOnline(const QString &sourcePath, const QString &targetPath);

// What a database file is, read without changing it (immutable open: no -wal or -shm made).
struct DatabaseFileCheck {
    int schemaVersion = 0;
    qint64 dossiers = 0;
    QStringList tables;
};
// integrity_check + PostCounter's application id + schema version no newer than this build.
Result<DatabaseFileCheck> checkDatabaseFile(const QString &path);

// Live sessions (the window, a CLI command) holding the database at `path` open right now.
int liveSessions(const QString &path);

}  // namespace pc
