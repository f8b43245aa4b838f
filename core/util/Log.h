#pragma once
// The diagnostic log (issue 12): one QLoggingCategory per area, written by a message handler
// to a size-capped, rotating file for the provincial IT team. No personal data, no tokens:
// every line goes through redactForLog() before it is written, and the code logs dossier
// codes and counts, never names or addresses.
#include <QLoggingCategory>
#include <QString>

namespace pc {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)  // "pc.storage": migrations, crash recovery, backups
Q_DECLARE_LOGGING_CATEGORY(lcPrint)    // "pc.print": printer failures
Q_DECLARE_LOGGING_CATEGORY(lcUi)       // "pc.ui"
// "pc.sync" is lcSync in sync/CentreClient.h.

// An identity number (CCCD 12 digits, CMND 9, any run of 9 to 13 digits, phone numbers
// included) keeps its first 3 and last 2 digits: "001089012345" -> "001*******45".
QString maskIdNumber(const QString &digits);
// Every such run of digits in `text` masked, and every bearer token or token=… value replaced
// by "***": what the log handler applies to each line.
QString redactForLog(const QString &text);

struct LogOptions {
    QString folder;               // where postcounter.log and its rotations go
    qint64 maxBytes = 1 << 20;    // one file's cap; then .1 … .4 (5 files in all)
    int files = 5;
    bool verbose = false;         // debug lines too (CLI --verbose), and echo to stderr
};
// Installs the handler for the process (GUI or CLI). Safe from any thread. Returns the path of
// the log file; the folder and the file are made on the first line written (a command that logs
// nothing leaves nothing behind). When they cannot be written, lines go to stderr instead and
// the program goes on.
QString installFileLog(const LogOptions &options);
// The log folder for a database: "logs" beside it (the counter's data folder).
QString logFolderFor(const QString &databasePath);
// The log file's path ("" when no log was installed).
QString currentLogFile();
// Flushes and restores Qt's default handler (tests, process end).
void uninstallFileLog();

}  // namespace pc
