// SIGTERM (logout, systemd, kill) and SIGINT (Ctrl-C) close the counter's database cleanly
// (issue 13): the window process leaves no session lock behind, so the next open does not take
// the crash path (quick_check over the whole file). A SIGKILL, which no process can catch, is
// the control: it must leave the lock and make the next open a recovery, or these tests prove
// nothing.
#include "CliRunner.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>

using namespace pc;
using namespace pc::test;

namespace {

QStringList sessionLocks(const QString &db)
{
    const QFileInfo info(db);
    return info.absoluteDir().entryList({info.fileName() + QStringLiteral(".session-*.lock")}, QDir::Files);
}

QString setUpDatabase(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("counter.sqlite"));
    const CliRun setup = runCliFixed(db, {QStringLiteral("setup"), QStringLiteral("--unit-id"), QStringLiteral("000.00.16.H56"),
                                          QStringLiteral("--unit-name"), QStringLiteral("Bưu điện xã Yên Định"),
                                          QStringLiteral("--counter"), QStringLiteral("1")});
    REQUIRE(setup.exitCode == 0);
    REQUIRE(sessionLocks(db).isEmpty());  // the CLI closed its own session
    return db;
}

// Starts the window on `db` and returns once it holds its session on the file, i.e. the
// database is open and the shutdown handlers (installed before it) are in place.
void startWindow(QProcess &window, const QString &db)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(env);
    window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    window.start(QStringLiteral(POSTCOUNTER_GUI), {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("vi")});
    REQUIRE(window.waitForStarted(10000));
    QDeadlineTimer deadline(20000);
    while (sessionLocks(db).isEmpty()) {
        INFO("the window did not open its database within 20 s");
        REQUIRE(!deadline.hasExpired());
        REQUIRE(window.state() == QProcess::Running);
        window.waitForFinished(20);  // a bounded poll tick; returns at once if the window died
    }
}

bool openedAsRecovery(const QString &db)
{
    auto reopened = Database::open(db);
    REQUIRE(reopened);
    return reopened.value()->recoveredFromUncleanShutdown();
}

}  // namespace

TEST_CASE("the window closes the database cleanly on SIGTERM and SIGINT", "[shutdown]")
{
    const int signalNumber = GENERATE(SIGTERM, SIGINT);
    INFO("signal " << signalNumber);
    QTemporaryDir dir;
    const QString db = setUpDatabase(dir);
    QProcess window;
    startWindow(window, db);

    REQUIRE(::kill(static_cast<pid_t>(window.processId()), signalNumber) == 0);
    INFO("the window did not end within 20 s of the signal");
    REQUIRE(window.waitForFinished(20000));
    CHECK(window.exitStatus() == QProcess::NormalExit);  // left the event loop, not killed by the signal
    CHECK(window.exitCode() == 0);
    CHECK(sessionLocks(db).isEmpty());
    CHECK_FALSE(openedAsRecovery(db));
}

TEST_CASE("a SIGKILLed window is still counted as a crash (control)", "[shutdown]")
{
    QTemporaryDir dir;
    const QString db = setUpDatabase(dir);
    QProcess window;
    startWindow(window, db);

    window.kill();  // SIGKILL: no handler runs
    REQUIRE(window.waitForFinished(20000));
    CHECK(window.exitStatus() == QProcess::CrashExit);
    CHECK_FALSE(sessionLocks(db).isEmpty());
    CHECK(openedAsRecovery(db));
}

TEST_CASE("a stop request ends the window even while the first-start setup dialog waits", "[shutdown]")
{
    // A fresh database: the window opens it, then asks for the counter's identity in a modal
    // dialog. quit() would leave that dialog waiting; the stop must end it and not start exec().
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("fresh.sqlite"));
    QProcess window;
    startWindow(window, db);

    REQUIRE(::kill(static_cast<pid_t>(window.processId()), SIGTERM) == 0);
    INFO("the window did not end within 20 s of SIGTERM");
    REQUIRE(window.waitForFinished(20000));
    CHECK(window.exitStatus() == QProcess::NormalExit);
    CHECK(window.exitCode() == 0);
    CHECK(sessionLocks(db).isEmpty());
}

namespace {
// One run of the window with bench/gui_start.sh's start-up probe: it renders the window once the
// event loop runs, prints the time and ends as after a normal close. Returns its stderr.
QString probeStart(const QString &db)
{
    QProcess window;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("POSTCOUNTER_STARTUP_PROBE"), QStringLiteral("1"));
    window.setProcessEnvironment(env);
    window.start(QStringLiteral(POSTCOUNTER_GUI), {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("vi")});
    REQUIRE(window.waitForStarted(10000));
    INFO("the probed window did not end within 30 s");
    REQUIRE(window.waitForFinished(30000));
    CHECK(window.exitStatus() == QProcess::NormalExit);
    CHECK(window.exitCode() == 0);
    return QString::fromUtf8(window.readAllStandardError());
}
}  // namespace

TEST_CASE("the start-up probe measures a clean start, and after a SIGKILL reports the start as unclean", "[shutdown][bench]")
{
    QTemporaryDir dir;
    const QString db = setUpDatabase(dir);
    REQUIRE(runCliFixed(db, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("an"), QStringLiteral("--role"),
                             QStringLiteral("clerk"), QStringLiteral("--name"), QStringLiteral("Nguyễn Văn An")},
                        "mat-khau-dai-1\n")
                .exitCode == 0);

    const QString clean = probeStart(db);
    INFO(clean.toStdString());
    CHECK(clean.contains(QStringLiteral("startup-probe: usable after ")));
    CHECK(clean.contains(QStringLiteral("(unclean shutdown: no)")));
    CHECK(sessionLocks(db).isEmpty());  // the probe ends like a normal close

    QProcess crashed;
    startWindow(crashed, db);
    crashed.kill();
    REQUIRE(crashed.waitForFinished(20000));
    REQUIRE(crashed.exitStatus() == QProcess::CrashExit);
    REQUIRE_FALSE(sessionLocks(db).isEmpty());  // the fault happened: a stale session lock is left

    const QString unclean = probeStart(db);
    INFO(unclean.toStdString());
    CHECK(unclean.contains(QStringLiteral("(unclean shutdown: yes)")));
}
