#pragma once
// Making a written file durable before it replaces another (backups, restore, key files).
#include <QString>

class QFile;

namespace pc {

// fsync of an open file; false when the disk refused (full, unplugged).
bool syncFile(QFile &file);
// fsync of the folder holding `path`, so a rename into it survives a power cut (POSIX;
// no-op elsewhere).
void syncFolderOf(const QString &path);
// Owner-only access for a file PostCounter made (database, backup, log, key file): mode 0600
// on POSIX; on Windows a protected DACL granting the owner alone (PrivateAcl_win.cpp).
bool restrictToOwnerOnly(const QString &path);

}  // namespace pc

namespace pc {
// The same for a folder PostCounter owns (logs, default backups): 0700 on POSIX.
bool restrictToOwnerOnlyFolder(const QString &path);
}  // namespace pc
