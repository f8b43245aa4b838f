// Offscreen: the intake screen follows the reference data while it is open (issue 8 §6). A
// catalogue version and a holiday schedule published at the reference centre come down through
// the sync thread and change the appointment preview, without a restart and without losing the
// clerk's choice of procedure. Expected moments: see ReferenceFixtures.h (counted by hand).
#include "FakeSeams.h"
#include "MainWindow.h"
#include "ReferenceFixtures.h"
#include "SyncController.h"
#include "SyncHarness.h"
#include "TestSupport.h"
#include "intake/IntakePage.h"
#include "intake/ProcedurePicker.h"
#include "queue/QueuePage.h"
#include "storage/CatalogueRepository.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QTest>

using namespace pc;

class ReferenceUiTest : public QObject {
    Q_OBJECT
private slots:
    void previewFollowsWhatSyncBrings()
    {
        QTemporaryDir dir;
        test::Centre centre(dir.filePath(QStringLiteral("centre.sqlite")));
        const quint16 port = centre.start();
        test::TempCounter t;
        t.clock.setLocal(QDate(2027, 3, 8), QTime(9, 0));  // Monday
        QVERIFY(SyncService(t.services->syncParts()).enrol(test::supervisor(), QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port)),
                                               test::Pki::get().path(QStringLiteral("ca.pem")), QString(), centre.issueCode(QStringLiteral("000.00.16.H56"), 2)));
        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*t.services, presenter, prompts);
        w.show();
        IntakePage *page = w.intakePage();
        page->procedurePicker()->choose(test::kLiquorLicence);
        QVERIFY(page->appointmentLabel()->text().contains(QStringLiteral("09:00 18/03/2027")));
        const int before = t.services->catalogue()->version();

        const QString catalogueFile = dir.filePath(QStringLiteral("catalogue.json")), scheduleFile = dir.filePath(QStringLiteral("schedule.json"));
        QVERIFY(test::writeFile(catalogueFile, test::longerLiquorCatalogue(before + 1)));
        QVERIFY(test::writeFile(scheduleFile, test::friday19MarchOffSchedule2027()));
        centre.admin({QStringLiteral("publish-catalogue"), catalogueFile});
        centre.admin({QStringLiteral("publish-schedule"), scheduleFile});
        SyncController sync(t.dbPath(), t.clock, t.services->sharedReference());  // starts syncing at once
        w.attachSync(&sync);
        QTRY_VERIFY_WITH_TIMEOUT(page->appointmentLabel()->text().contains(QStringLiteral("09:00 25/03/2027")), 20000);
        QVERIFY(page->procedurePicker()->current());
        QCOMPARE(page->procedurePicker()->current()->code, test::kLiquorLicence);
        QCOMPARE(t.services->catalogue()->version(), before + 1);
    }

    void previewFollowsWhatAnotherProcessImports()
    {
        test::TempCounter t;
        // Thursday 11/03/2027 09:00 + 8 working days: 12, 15, 16, 17, 18, 19, 22, 23 → Tue 23/03;
        // with Friday 19/03 off: 12, 15, 16, 17, 18, 22, 23, 24 → Wed 24/03.
        t.clock.setLocal(QDate(2027, 3, 11), QTime(9, 0));
        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*t.services, presenter, prompts);
        w.show();
        IntakePage *page = w.intakePage();
        page->procedurePicker()->choose(test::kLiquorLicence);
        QVERIFY(page->appointmentLabel()->text().contains(QStringLiteral("09:00 23/03/2027")));
        t.services->reference().startWatching(50);
        // the CLI, a real second process, imports the schedule while the window is open
        const QString scheduleFile = t.dir.filePath(QStringLiteral("schedule.json"));
        QVERIFY(test::writeFile(scheduleFile, test::friday19MarchOffSchedule2027()));
        const test::CliRun cli = test::runCli(t.dbPath(), {QStringLiteral("calendar"), QStringLiteral("import"), scheduleFile});
        QCOMPARE(cli.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(page->appointmentLabel()->text().contains(QStringLiteral("09:00 24/03/2027")), 10000);
        QCOMPARE(page->procedurePicker()->current()->code, test::kLiquorLicence);
    }

    void aProcedureDroppedByTheNewCatalogueIsChosenAgain()
    {
        test::TempCounter t;
        t.clock.setLocal(QDate(2027, 3, 8), QTime(9, 0));
        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*t.services, presenter, prompts);
        w.show();
        IntakePage *page = w.intakePage();
        page->procedurePicker()->choose(test::kLiquorLicence);
        QVERIFY(page->procedurePicker()->current());
        test::FixedClock otherClock;  // another process's services, with their own owner
        auto other = CounterServices::open(t.dbPath(), otherClock);
        QVERIFY(other);
        QVERIFY(CatalogueRepository(other.value()->database().sql())
                    .import(test::catalogueWithoutLiquorLicence(t.services->catalogue()->version() + 1), QStringLiteral("import")));
        t.services->reference().checkForOutsideChanges();  // one poll, as the timer would
        QTRY_VERIFY_WITH_TIMEOUT(!page->procedurePicker()->current(), 5000);
        QVERIFY(page->messageLabel()->text().contains(QStringLiteral("không còn thủ tục 2.000620")));
        QVERIFY(page->appointmentLabel()->text().contains(QStringLiteral("Chọn thủ tục")));
    }

    void queueFieldFilterFollowsTheCatalogue()
    {
        test::TempCounter t;
        test::RecordingPresenter presenter;
        test::ScriptedPrompts prompts;
        MainWindow w(*t.services, presenter, prompts);
        QComboBox *fields = w.queuePage()->fieldBox();
        QVERIFY(fields->findText(QStringLiteral("Công Thương")) > 0);
        const QString renamed = QStringLiteral("Công Thương (tên mới)");
        QVERIFY(CatalogueRepository(t.services->database().sql())
                    .import(test::catalogueRenamingField(t.services->catalogue()->version() + 1, renamed), QStringLiteral("import")));
        QVERIFY(t.services->reloadCatalogue());
        QTRY_VERIFY_WITH_TIMEOUT(fields->findText(renamed) > 0, 5000);
        QCOMPARE(fields->findText(QStringLiteral("Công Thương")), -1);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ReferenceUiTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_reference_ui.moc"
