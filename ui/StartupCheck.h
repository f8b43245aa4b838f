#pragma once
// The integrity check owed after an unclean shutdown, run in the background (issue 13): the
// window opens at once instead of waiting 6–105 s for PRAGMA quick_check over a large file.
// Intake stays allowed meanwhile; docs/architecture.md says why that is safe.
#include "storage/Database.h"

#include <QObject>
#include <QString>

class QThread;

namespace pc {

class StartupCheck final : public QObject {
    Q_OBJECT
public:
    enum class State { Running, Passed, Failed, Stopped };
    // Starts Database::quickCheck(dbPath) on a thread of its own and returns at once.
    explicit StartupCheck(const QString &dbPath, QObject *parent = nullptr);
    // Stops an unfinished check (it only reads) and joins its thread.
    ~StartupCheck() override;
    State state() const { return m_state; }
    QString message() const { return m_message; }  // what was found, when Failed

signals:
    void finished(pc::StartupCheck::State state, const QString &message);

private:
    QThread *m_thread = nullptr;
    QuickCheckStop m_stop;
    State m_state = State::Running;
    QString m_message;
};

}  // namespace pc
