// After an unclean shutdown the window opens first and quick_check runs behind it (issue 13):
// the check's result reaches the status bar, a damaged file is reported, and a check can be
// stopped when the window closes mid-way.
#include "FakeSeams.h"
#include "MainWindow.h"
#include "StartupCheck.h"
#include "TestSupport.h"
#include "storage/Database.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTest>

using namespace pc;

namespace {

// A lock file left by a process that no longer exists, as after kill -9 or a power cut.
void leaveCrashedSession(const QString &dbPath)
{
    QFile stale(dbPath + QStringLiteral(".session-deadbeef.lock"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("2147483000\npostcounter\n" + QSysInfo::machineHostName().toUtf8() + "\n");
}

}  // namespace

class StartupCheckTest : public QObject {
    Q_OBJECT
private slots:
    void windowOpensBeforeTheCheckAndShowsItsResult()
    {
        test::TempCounter t;
        const QString path = t.dbPath();
        t.services.reset();  // closed cleanly
        leaveCrashedSession(path);
        if (QTest::currentTestFailed())
            return;

        // What the window's main() does: claim the crashed session, open without the check.
        QVERIFY(Database::claimStaleSessions(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".session-deadbeef.lock")));
        auto services = CounterServices::open(path, t.clock);
        QVERIFY(services);
        QVERIFY(!services.value()->database().recoveredFromUncleanShutdown());  // open() did not check again

        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*services.value(), presenter, prompts);
        w.show();
        StartupCheck check(path);
        w.watchStartupCheck(&check);
        // The result can only arrive through this thread's event loop, which has not run yet:
        // the window is up while the check is still owed.
        QVERIFY(check.state() == StartupCheck::State::Running);
        QVERIFY(w.startupCheckLabel()->isVisibleTo(&w));
        QVERIFY(w.startupCheckLabel()->text().contains(QStringLiteral("Đang kiểm tra")));

        QTRY_VERIFY_WITH_TIMEOUT(check.state() != StartupCheck::State::Running, 20000);
        QVERIFY(check.state() == StartupCheck::State::Passed);
        QVERIFY(w.startupCheckLabel()->text().contains(QStringLiteral("không có lỗi")));
    }

    void aDamagedFileIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make-damaged"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size=4096")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)")));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX t_v ON t(v)")));
            QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<5000) "
                                          "INSERT INTO t(v) SELECT printf('row %d %s', i, hex(randomblob(20))) FROM n")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("make-damaged"));
        // Overwrite pages 5 to 8 (b-tree pages of the table or its index) with garbage.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 10 * 4096);
        QVERIFY(f.seek(4 * 4096));
        QVERIFY(f.write(QByteArray(4 * 4096, '\xA5')) == 4 * 4096);
        f.close();

        StartupCheck check(path);
        QTRY_VERIFY_WITH_TIMEOUT(check.state() != StartupCheck::State::Running, 20000);
        QVERIFY(check.state() == StartupCheck::State::Failed);
        QVERIFY(!check.message().isEmpty());
    }

    void aCancelledCheckSaysSo()
    {
        test::TempCounter t;
        QuickCheckStop stopped;
        stopped.stop();
        const Status r = Database::quickCheck(t.dbPath(), &stopped);
        QVERIFY(!r);
        QVERIFY(r.error().kind == Error::Kind::Refused);
        QVERIFY(Database::quickCheck(t.dbPath()));  // and the same file passes when not stopped
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    StartupCheckTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_startup_check.moc"
