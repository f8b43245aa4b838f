// Offscreen: the window's sync state, with the sync thread talking to the reference centre.
#include "FakeSeams.h"
#include "MainWindow.h"
#include "SyncController.h"
#include "SyncHarness.h"
#include "TestSupport.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace pc;

class SyncUiTest : public QObject {
    Q_OBJECT
private slots:
    void statusBarFollowsTheSyncThread()
    {
        QTemporaryDir dir;
        test::Centre centre(dir.filePath(QStringLiteral("centre.sqlite")));
        const quint16 port = centre.start();
        test::TempCounter t;
        t.clock.now = test::centreNow();
        QVERIFY(t.services->intake().registerDossier(test::clerk(), test::completeDraft()));
        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*t.services, presenter, prompts);
        SyncController sync(t.dbPath(), t.clock);
        w.attachSync(&sync);
        w.show();
        auto statusTexts = [&w] {
            QStringList texts;
            for (QLabel *l : w.statusBar()->findChildren<QLabel *>())
                texts << l->text();
            return texts.join(u'|');
        };
        QTRY_VERIFY_WITH_TIMEOUT(statusTexts().contains(QStringLiteral("Chưa đăng ký với trung tâm")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(statusTexts().contains(QStringLiteral("Chờ đồng bộ: 1 sự kiện")), 10000);
        QSignalSpy enrolled(&sync, &SyncController::enrolled);
        sync.enrol(test::supervisor(), QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port)), test::Pki::get().path(QStringLiteral("ca.pem")), QString(),
                   centre.issueCode(QStringLiteral("000.00.16.H56"), 2));
        QTRY_COMPARE_WITH_TIMEOUT(enrolled.count(), 1, 20000);
        QVERIFY(enrolled.first().at(0).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(statusTexts().contains(QStringLiteral("Trực tuyến")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(statusTexts().contains(QStringLiteral("Chờ đồng bộ: 0 sự kiện")), 20000);
        QCOMPARE(centre.eventIds().size(), 1);
        // the centre goes away: the next attempt reports the counter offline, nothing is lost
        centre.kill();
        QVERIFY(t.services->intake().registerDossier(test::clerk(), test::completeDraft()));
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(statusTexts().contains(QStringLiteral("Ngoại tuyến")), 30000);
        QVERIFY(statusTexts().contains(QStringLiteral("Chờ đồng bộ: 1 sự kiện")));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    SyncUiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_sync_ui.moc"
