#pragma once
// The window's backups (issue 12): "Sao lưu ngay", the daily backup at closing time and the
// age of the last backup in the status bar. Each backup runs on its own thread with its own
// database connection (BackupService), so the clerk keeps registering meanwhile; the GUI thread
// never waits for the disk, except once at quit, when the window is already gone.
#include "calendar/WorkingHours.h"
#include "domain/Actor.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <memory>

class QTimer;

namespace pc {

// How the status bar shows the last backup's age: calm up to 2 days, amber after 2 days,
// red after 7 days or when there was never one.
struct BackupAgeView {
    enum class Tone { Fresh, Amber, Red };
    QString text;
    Tone tone = Tone::Red;
    QString styleSheet() const;
};
BackupAgeView describeBackupAge(const QDateTime &lastUtc, const QDateTime &nowUtc);

class BackupController : public QObject {
    Q_OBJECT
public:
    BackupController(QString dbPath, const Clock &clock, WorkingHours hours, QObject *parent = nullptr);
    ~BackupController() override;  // waits for a running backup: its file is then whole or absent

    QDateTime lastBackupAt() const { return m_last; }
    bool busy() const { return m_thread != nullptr; }
    QString databasePath() const { return m_dbPath; }
    // Whether the daily backup is due now: past closing time today, none since then.
    bool dueAt(const QDateTime &nowUtc) const;
    // The backup the window takes on its way out (no thread: nothing else runs any more).
    void backupAtQuit();

public slots:
    void backupNow() { backupNowAs(Actor::system()); }  // the scheduled one: no person acted
    // Starts one off the GUI thread for the clerk who asked (audit trail); ignored while one runs.
    void backupNowAs(const pc::Actor &actor);
    void tick();       // the minute timer: starts the daily backup when due

signals:
    void started();
    void finished(bool ok, const QString &messageOrPath);

private:
    void done(bool ok, const QString &message);
    QString m_dbPath;
    const Clock &m_clock;
    WorkingHours m_hours;
    QDateTime m_last;
    QThread *m_thread = nullptr;
    QTimer *m_timer;
};

}  // namespace pc
